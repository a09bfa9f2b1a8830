import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { BrokerConnectionInfo } from '../types/broker';
import type { BackendMode, EndpointName, EndpointStatus, Reachability } from '../types/connection';

/** Why a trading control is disabled while `tradingPaused`. */
export const TRADING_PAUSED_TEXT =
  'Trading is paused while the connection to the server is lost; it resumes once it is back.';

/** Where the data comes from, how each real-time link is doing, and how fresh the screen is. */
export const useConnectionStore = defineStore('connection', () => {
  const mode = ref<BackendMode>('checking');
  const reachability = ref<Reachability>('checking');
  const endpoints = ref<Record<EndpointName, EndpointStatus>>({
    datafeed: 'connecting',
    broker: 'connecting',
  });
  /** What the broker itself last said about its connection. */
  const brokerInfo = ref<BrokerConnectionInfo | null>(null);
  /** When data last arrived (a quote, an account change, a re-read); null before any. */
  const lastUpdateAt = ref<number | null>(null);

  /**
   * Orders are not sent while what is on screen may be stale or a fill would go unseen: the
   * server unreachable, or the broker's live link not open (yet, or any more). The demo account
   * trades locally.
   */
  const tradingPaused = computed(
    () =>
      mode.value === 'checking' ||
      mode.value === 'disconnected' ||
      (mode.value === 'online' && endpoints.value.broker !== 'connected'),
  );

  function setMode(next: BackendMode): void {
    mode.value = next;
  }
  function setReachability(next: Reachability): void {
    reachability.value = next;
  }
  function setEndpoint(endpoint: EndpointName, status: EndpointStatus): void {
    endpoints.value = { ...endpoints.value, [endpoint]: status };
  }
  function setBrokerInfo(info: BrokerConnectionInfo): void {
    brokerInfo.value = info;
  }
  function markUpdate(at = Date.now()): void {
    lastUpdateAt.value = at;
  }

  return {
    mode,
    reachability,
    endpoints,
    brokerInfo,
    lastUpdateAt,
    tradingPaused,
    setMode,
    setReachability,
    setEndpoint,
    setBrokerInfo,
    markUpdate,
  };
});
