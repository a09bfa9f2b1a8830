// The backend's paper broker behind the TradingView-shaped BrokerService: requests over REST on
// the current account (its id in `X-Account-Id`), pushes from that account's WebSocket topics
// into the host, each with the account change it reflects (`seq`).
import { ConnectionStatus } from '@trading-pro/contract';
import type { ApiClient } from '../../plugins/apiClient';
import {
  mapAccount,
  mapBracketsToBackend,
  mapBrokerConfig,
  mapBrokerConnection,
  mapEquity,
  mapExecution,
  mapLeverageInfo,
  mapLeveragePreview,
  mapOrder,
  mapOrderPreview,
  mapPosition,
  mapPreOrderToBackend,
  mapSnapshot,
} from '../../plugins/mappers';
import type { WsClient } from '../../plugins/wsClient';
import type { AccountMetainfo, BrokerConfig } from '../../types/broker';
import type { BrokerHost, BrokerService } from '../broker.service';
import { BrokerRequestError } from '../broker.service';
import { succeed, unwrap } from './apiResult';

export interface BackendBrokerDeps {
  api: ApiClient;
  ws: WsClient;
  /** The Idempotency-Key of a placement without a confirmId of its own. */
  idempotencyKey?: () => string;
  /** Waits between attempts to read the accounts; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** The account traded on last time, to start on it again; told of every switch. */
  rememberedAccount?: { load(): string | undefined; save(accountId: string): void };
}

export interface BackendBroker extends BrokerService {
  /** Resolves once the current account is known and its topics are subscribed. */
  ready: Promise<AccountMetainfo>;
}

export function createBackendBroker(host: BrokerHost, deps: BackendBrokerDeps): BackendBroker {
  const { api, ws } = deps;
  const newKey = deps.idempotencyKey ?? (() => globalThis.crypto.randomUUID());
  let stops: (() => void)[] = [];
  let destroyed = false;
  let account: AccountMetainfo | undefined;
  let config: Promise<BrokerConfig> | undefined;
  let status: ConnectionStatus = ConnectionStatus.Connecting;

  const listAccounts = async () =>
    (await unwrap(api.GET('/api/v1/broker/accounts'))).map(mapAccount);

  // The health probe can pass while the broker is still starting (or restarting behind a
  // gateway): keep asking, with backoff, until it answers or this broker is replaced.
  const retryDelays = deps.retryDelaysMs ?? [500, 1_000, 2_000, 4_000, 8_000];
  async function firstAccounts(): Promise<AccountMetainfo[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await listAccounts();
      } catch (cause) {
        if (destroyed) throw cause;
        const delay = retryDelays[Math.min(attempt, retryDelays.length - 1)] ?? 1_000;
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (destroyed) throw cause;
      }
    }
  }

  /** Listens to the account's topics (and only its), dropping those of the previous one. */
  function follow(next: AccountMetainfo): void {
    for (const stop of stops.splice(0)) stop();
    account = next;
    deps.rememberedAccount?.save(next.id);
    if (destroyed) return;
    const params = { accountId: next.id };
    const on = <T>(route: string, update: (data: T, seq: number) => void) =>
      stops.push(
        ws.subscribe<T>(route, params, {
          update: (data, seq) => destroyed || account?.id !== next.id || update(data, seq ?? 0),
        }),
      );
    on<Parameters<typeof mapOrder>[0]>('orders', (o, seq) => host.orderUpdate(mapOrder(o), seq));
    on<Parameters<typeof mapPosition>[0]>('positions', (p, seq) =>
      host.positionUpdate(mapPosition(p), seq),
    );
    on<Parameters<typeof mapExecution>[0]>('executions', (e, seq) =>
      host.executionUpdate(mapExecution(e), seq),
    );
    on<Parameters<typeof mapEquity>[0]>('equity', (e, seq) => host.equityUpdate(mapEquity(e), seq));
    on<Parameters<typeof mapBrokerConnection>[0]>('broker-connection', (c) => {
      const info = mapBrokerConnection(c);
      status = info.status;
      host.connectionStatusUpdate(info);
    });
  }

  const ready = firstAccounts().then((accounts) => {
    const remembered = deps.rememberedAccount?.load();
    const chosen = accounts.find((a) => a.id === remembered) ?? accounts[0];
    if (chosen === undefined) throw new BrokerRequestError('The broker holds no account', 503);
    follow(chosen);
    return chosen;
  });
  // The caller learns of a failure through `ready`; this keeps it from being unhandled.
  ready.catch(() => undefined);

  /** The header naming the current account, once it is known. */
  const on = async () => ({ 'x-account-id': (await ready, account!.id) });
  const done = (answer: Promise<unknown>) => answer.then(() => undefined);

  return {
    ready,
    connectionStatus: () => status,
    currentAccount: () => account?.id ?? '',
    accountsMetainfo: async () => {
      await ready;
      return listAccounts();
    },
    async setCurrentAccount(accountId) {
      await ready;
      const next = (await listAccounts()).find((a) => a.id === accountId);
      if (next === undefined) throw new BrokerRequestError(`account ${accountId} not found`, 404);
      follow(next);
      if (!destroyed) host.fullUpdate();
    },
    createAccount: async (request) =>
      mapAccount(await unwrap(api.POST('/api/v1/broker/accounts', { body: request }))),
    renameAccount: async (accountId, name) => {
      const renamed = mapAccount(
        await unwrap(
          api.PATCH('/api/v1/broker/accounts/{id}', {
            params: { path: { id: accountId } },
            body: { name },
          }),
        ),
      );
      if (account?.id === accountId) account = renamed;
      return renamed;
    },
    resetAccount: async (accountId) =>
      mapAccount(
        await unwrap(
          api.POST('/api/v1/broker/accounts/{id}/reset', { params: { path: { id: accountId } } }),
        ),
      ),
    async deleteAccount(accountId) {
      await succeed(
        api.DELETE('/api/v1/broker/accounts/{id}', { params: { path: { id: accountId } } }),
      );
      if (account?.id !== accountId) return;
      // The current account is gone: trade on the oldest one left.
      const first = (await listAccounts())[0];
      if (first === undefined) return;
      follow(first);
      if (!destroyed) host.fullUpdate();
    },
    snapshot: async () =>
      mapSnapshot(
        await unwrap(api.GET('/api/v1/broker/snapshot', { params: { header: await on() } })),
      ),
    config: () => {
      config ??= unwrap(api.GET('/api/v1/broker/config')).then(mapBrokerConfig);
      config.catch(() => (config = undefined));
      return config;
    },
    orders: async () =>
      (await unwrap(api.GET('/api/v1/broker/orders', { params: { header: await on() } }))).map(
        mapOrder,
      ),
    positions: async () =>
      (await unwrap(api.GET('/api/v1/broker/positions', { params: { header: await on() } }))).map(
        mapPosition,
      ),
    executions: async (symbol) =>
      (
        await unwrap(
          api.GET('/api/v1/broker/executions/{symbol}', {
            params: { path: { symbol }, header: await on() },
          }),
        )
      ).map(mapExecution),
    equity: async () =>
      mapEquity(await unwrap(api.GET('/api/v1/broker/equity', { params: { header: await on() } }))),

    async placeOrder(order, confirmId) {
      const header = { ...(await on()), 'idempotency-key': confirmId ?? newKey() };
      const body = mapPreOrderToBackend(order);
      const answer = await unwrap(api.POST('/api/v1/broker/orders', { body, params: { header } }));
      return { orderId: answer.orderId };
    },
    previewOrder: async (order) =>
      mapOrderPreview(
        await unwrap(
          api.POST('/api/v1/broker/orders/preview', {
            body: mapPreOrderToBackend(order),
            params: { header: await on() },
          }),
        ),
      ),
    modifyOrder: async (orderId, order) =>
      done(
        unwrap(
          api.PUT('/api/v1/broker/orders/{id}', {
            params: { path: { id: orderId }, header: await on() },
            body: mapPreOrderToBackend(order),
          }),
        ),
      ),
    cancelOrder: async (orderId) =>
      done(
        unwrap(
          api.DELETE('/api/v1/broker/orders/{id}', {
            params: { path: { id: orderId }, header: await on() },
          }),
        ),
      ),
    closePosition: async (positionId, amount) =>
      done(
        unwrap(
          api.DELETE('/api/v1/broker/positions/{id}', {
            params: {
              path: { id: positionId },
              header: await on(),
              ...(amount === undefined ? {} : { query: { amount: String(amount) } }),
            },
          }),
        ),
      ),
    editPositionBrackets: async (positionId, brackets) =>
      done(
        unwrap(
          api.PUT('/api/v1/broker/positions/{id}/brackets', {
            params: { path: { id: positionId }, header: await on() },
            body: mapBracketsToBackend(brackets),
          }),
        ),
      ),
    leverageInfo: async (params) =>
      mapLeverageInfo(
        await unwrap(
          api.GET('/api/v1/broker/leverage/info', {
            params: { query: params, header: await on() },
          }),
        ),
      ),
    setLeverage: async (params) => {
      const answer = await unwrap(
        api.PUT('/api/v1/broker/leverage/set', { body: params, params: { header: await on() } }),
      );
      return { leverage: answer.leverage };
    },
    previewLeverage: async (params) =>
      mapLeveragePreview(
        await unwrap(
          api.POST('/api/v1/broker/leverage/preview', {
            body: params,
            params: { header: await on() },
          }),
        ),
      ),

    destroy() {
      destroyed = true;
      for (const stop of stops) stop();
      stops = [];
    },
  };
}
