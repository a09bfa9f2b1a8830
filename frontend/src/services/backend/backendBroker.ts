// The backend's paper broker behind the TradingView-shaped BrokerService: requests over REST,
// pushes from the broker WebSocket's account topics into the host.
import { ConnectionStatus } from '@trading-pro/contract';
import type { ApiClient } from '../../plugins/apiClient';
import {
  mapAccount,
  mapBracketsToBackend,
  mapBrokerConnection,
  mapEquity,
  mapExecution,
  mapLeverageInfo,
  mapLeveragePreview,
  mapOrder,
  mapOrderPreview,
  mapPosition,
  mapPreOrderToBackend,
} from '../../plugins/mappers';
import type { WsClient } from '../../plugins/wsClient';
import type { AccountMetainfo } from '../../types/broker';
import type { BrokerHost, BrokerService } from '../broker.service';
import { unwrap } from './apiResult';

export interface BackendBrokerDeps {
  api: ApiClient;
  ws: WsClient;
  /** The Idempotency-Key of a placement without a confirmId of its own. */
  idempotencyKey?: () => string;
  /** Waits between attempts to read the account; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

export interface BackendBroker extends BrokerService {
  /** Resolves once the account is known and its topics are subscribed. */
  ready: Promise<AccountMetainfo>;
}

export function createBackendBroker(host: BrokerHost, deps: BackendBrokerDeps): BackendBroker {
  const { api, ws } = deps;
  const newKey = deps.idempotencyKey ?? (() => globalThis.crypto.randomUUID());
  const stops: (() => void)[] = [];
  let destroyed = false;
  let account: AccountMetainfo | undefined;
  let status: ConnectionStatus = ConnectionStatus.Connecting;

  // The health probe can pass while the broker is still starting (or restarting behind a
  // gateway): keep asking, with backoff, until it answers or this broker is replaced.
  const retryDelays = deps.retryDelaysMs ?? [500, 1_000, 2_000, 4_000, 8_000];
  async function fetchAccount(): Promise<Parameters<typeof mapAccount>[0]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await unwrap(api.GET('/api/v1/broker/account'));
      } catch (cause) {
        if (destroyed) throw cause;
        const delay = retryDelays[Math.min(attempt, retryDelays.length - 1)] ?? 1_000;
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (destroyed) throw cause;
      }
    }
  }

  const ready = fetchAccount().then((answer) => {
    account = mapAccount(answer);
    if (destroyed) return account;
    const params = { accountId: account.id };
    const on = <T>(route: string, update: (data: T) => void) =>
      stops.push(ws.subscribe<T>(route, params, { update: (data) => destroyed || update(data) }));
    on<Parameters<typeof mapOrder>[0]>('orders', (o) => host.orderUpdate(mapOrder(o)));
    on<Parameters<typeof mapPosition>[0]>('positions', (p) => host.positionUpdate(mapPosition(p)));
    on<Parameters<typeof mapExecution>[0]>('executions', (e) =>
      host.executionUpdate(mapExecution(e)),
    );
    on<Parameters<typeof mapEquity>[0]>('equity', (e) => host.equityUpdate(mapEquity(e)));
    on<Parameters<typeof mapBrokerConnection>[0]>('broker-connection', (c) => {
      const info = mapBrokerConnection(c);
      status = info.status;
      host.connectionStatusUpdate(info);
    });
    return account;
  });
  // The caller learns of a failure through `ready`; this keeps it from being unhandled.
  ready.catch(() => undefined);

  const accountId = async () => (await ready).id;
  const done = (answer: Promise<unknown>) => answer.then(() => undefined);

  return {
    ready,
    connectionStatus: () => status,
    currentAccount: () => account?.id ?? '',
    accountsMetainfo: async () => [await ready],
    orders: async () => (await unwrap(api.GET('/api/v1/broker/orders'))).map(mapOrder),
    positions: async () => (await unwrap(api.GET('/api/v1/broker/positions'))).map(mapPosition),
    executions: async (symbol) => {
      const params = { path: { symbol } };
      return (await unwrap(api.GET('/api/v1/broker/executions/{symbol}', { params }))).map(
        mapExecution,
      );
    },
    equity: async () => mapEquity(await unwrap(api.GET('/api/v1/broker/equity'))),

    async placeOrder(order, confirmId) {
      await accountId();
      const body = mapPreOrderToBackend(order);
      const params = { header: { 'idempotency-key': confirmId ?? newKey() } };
      const answer = await unwrap(api.POST('/api/v1/broker/orders', { body, params }));
      return { orderId: answer.orderId };
    },
    previewOrder: async (order) =>
      mapOrderPreview(
        await unwrap(
          api.POST('/api/v1/broker/orders/preview', { body: mapPreOrderToBackend(order) }),
        ),
      ),
    modifyOrder: (orderId, order) =>
      done(
        unwrap(
          api.PUT('/api/v1/broker/orders/{id}', {
            params: { path: { id: orderId } },
            body: mapPreOrderToBackend(order),
          }),
        ),
      ),
    cancelOrder: (orderId) =>
      done(unwrap(api.DELETE('/api/v1/broker/orders/{id}', { params: { path: { id: orderId } } }))),
    closePosition: (positionId, amount) =>
      done(
        unwrap(
          api.DELETE('/api/v1/broker/positions/{id}', {
            params: {
              path: { id: positionId },
              ...(amount === undefined ? {} : { query: { amount: String(amount) } }),
            },
          }),
        ),
      ),
    editPositionBrackets: (positionId, brackets) =>
      done(
        unwrap(
          api.PUT('/api/v1/broker/positions/{id}/brackets', {
            params: { path: { id: positionId } },
            body: mapBracketsToBackend(brackets),
          }),
        ),
      ),
    leverageInfo: async (params) =>
      mapLeverageInfo(
        await unwrap(api.GET('/api/v1/broker/leverage/info', { params: { query: params } })),
      ),
    setLeverage: async (params) => {
      const answer = await unwrap(api.PUT('/api/v1/broker/leverage/set', { body: params }));
      return { leverage: answer.leverage };
    },
    previewLeverage: async (params) =>
      mapLeveragePreview(
        await unwrap(api.POST('/api/v1/broker/leverage/preview', { body: params })),
      ),

    destroy() {
      destroyed = true;
      for (const stop of stops.splice(0)) stop();
    },
  };
}
