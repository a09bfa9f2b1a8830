import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { BrokerConnectionInfo } from '../types/broker';
import type { BackendMode, EndpointName, EndpointStatus } from '../types/connection';

/** Where the data comes from and how each real-time link is doing. */
export const useConnectionStore = defineStore('connection', () => {
  const mode = ref<BackendMode>('checking');
  const endpoints = ref<Record<EndpointName, EndpointStatus>>({
    datafeed: 'connecting',
    broker: 'connecting',
  });
  /** What the broker itself last said about its connection. */
  const brokerInfo = ref<BrokerConnectionInfo | null>(null);

  function setMode(next: BackendMode): void {
    mode.value = next;
  }
  function setEndpoint(endpoint: EndpointName, status: EndpointStatus): void {
    endpoints.value = { ...endpoints.value, [endpoint]: status };
  }
  function setBrokerInfo(info: BrokerConnectionInfo): void {
    brokerInfo.value = info;
  }

  return { mode, endpoints, brokerInfo, setMode, setEndpoint, setBrokerInfo };
});
