// The backend's two real-time endpoints and its REST client, created together for one online
// session. Each endpoint reports its own connection status; after any reconnect (not only after
// the server dropped us for lagging) the caller is told to re-read state, because updates sent
// while the socket was down are gone.
import { createApiClient, type ApiClient } from './apiClient';
import { WsClient, type ConnectionStatus, type SocketLike } from './wsClient';

import type { EndpointName } from '../types/connection';

export type { EndpointName } from '../types/connection';

export interface BackendEndpoints {
  api: ApiClient;
  ws: Record<EndpointName, WsClient>;
  /** The server answers again: sockets waiting to retry try now. */
  reconnectNow(): void;
  close(): void;
}

export interface BackendEndpointsOptions {
  onStatus(endpoint: EndpointName, status: ConnectionStatus): void;
  /** The endpoint is back after a drop: updates may have been missed. */
  onResync(endpoint: EndpointName): void;
  /** Defaults to the page's origin. */
  origin?: string;
  createSocket?: (url: string) => SocketLike;
  fetch?: (request: Request) => Promise<Response>;
}

export function webSocketUrl(origin: string, endpoint: EndpointName): string {
  const url = new URL(`/api/v1/${endpoint}/ws`, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export function createBackendEndpoints(options: BackendEndpointsOptions): BackendEndpoints {
  const origin = options.origin ?? globalThis.location.origin;
  const api = createApiClient({
    baseUrl: origin,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const endpoint = (name: EndpointName): WsClient =>
    new WsClient({
      url: webSocketUrl(origin, name),
      ...(options.createSocket ? { createSocket: options.createSocket } : {}),
      initialBackoffMs: 500,
      maxBackoffMs: 10_000,
      onStatus: (status) => options.onStatus(name, status),
      onResync: () => options.onResync(name),
    });
  const ws = { datafeed: endpoint('datafeed'), broker: endpoint('broker') };
  return {
    api,
    ws,
    reconnectNow() {
      ws.datafeed.reconnectNow();
      ws.broker.reconnectNow();
    },
    close() {
      ws.datafeed.close();
      ws.broker.close();
    },
  };
}
