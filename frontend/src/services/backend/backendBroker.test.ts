// @vitest-environment node
import { ConnectionStatus, OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../plugins/apiClient';
import { WsClient } from '../../plugins/wsClient';
import { backendError, routedFetch, type Route } from '../../testing/fakeApi';
import { jsonResponse } from '../../testing/fakeFetch';
import { fakeSockets } from '../../testing/fakeSocket';
import type { Order, PreOrder } from '../../types/broker';
import { BrokerRequestError, type BrokerHost } from '../broker.service';
import { createBackendBroker } from './backendBroker';

const ACCOUNT = { id: 'acc-1', name: 'Paper', currency: 'USD' };
const SECOND = { id: 'acc-2', name: 'Swing', currency: 'USD' };
const TOPIC_PARAMS = { accountId: 'acc-1' };
const ROUTES = ['orders', 'positions', 'executions', 'equity', 'broker-connection'];
const extra = { addedByNewerBackend: true };

const order: Order = {
  id: '7',
  symbol: 'AAPL',
  type: OrderType.Limit,
  side: Side.Buy,
  qty: 10,
  limitPrice: 190,
  status: OrderStatus.Working,
  filledQty: 0,
  avgPrice: 0,
  updateTime: 1_700_000_000_000,
};
const position = {
  id: 'AAPL',
  symbol: 'AAPL',
  qty: 5,
  side: Side.Buy,
  avgPrice: 190,
  unrealizedPl: 3,
};
const execution = {
  id: '3',
  orderId: '7',
  symbol: 'AAPL',
  price: 190,
  qty: 5,
  side: Side.Buy,
  time: 1_700_000_000_500,
  commission: 1,
};
const equity = {
  balance: 100_000,
  equity: 100_003,
  unrealizedPL: 3,
  realizedPL: 0,
  marginUsed: 950,
  marginAvailable: 99_053,
};
const preOrder: PreOrder = { symbol: 'AAPL', type: OrderType.Market, side: Side.Buy, qty: 2 };
const ok = () => jsonResponse({ success: true, message: 'done' });

function fakeHost() {
  return {
    orderUpdate: vi.fn(),
    positionUpdate: vi.fn(),
    executionUpdate: vi.fn(),
    equityUpdate: vi.fn(),
    connectionStatusUpdate: vi.fn(),
    fullUpdate: vi.fn(),
  } satisfies BrokerHost;
}

let clients: WsClient[] = [];
afterEach(() => {
  for (const client of clients) client.close();
  clients = [];
});

function setup(routes: Record<string, Route> = {}, remembered?: string) {
  const api = routedFetch({
    'GET /api/v1/broker/accounts': () => jsonResponse([{ ...ACCOUNT, ...extra }, SECOND]),
    ...routes,
  });
  const sockets = fakeSockets();
  const ws = new WsClient({
    url: 'ws://backend.test/api/v1/broker/ws',
    createSocket: sockets.createSocket,
  });
  clients.push(ws);
  const host = fakeHost();
  const saved: string[] = [];
  let key = 0;
  const broker = createBackendBroker(host, {
    api: createApiClient({ baseUrl: 'http://backend.test', fetch: api.fetch }),
    ws,
    idempotencyKey: () => `key-${++key}`,
    retryDelaysMs: [1],
    rememberedAccount: { load: () => remembered, save: (id) => saved.push(id) },
  });
  const request = (index: number) => api.requests[index]!;
  const lastRequest = () => api.requests.at(-1)!;
  return { broker, host, api, request, lastRequest, saved, ...sockets };
}

/** The broker is ready and the server accepted its account topics. */
async function live(routes: Record<string, Route> = {}, remembered?: string) {
  const context = setup(routes, remembered);
  await context.broker.ready;
  context.last().open();
  context.last().confirmAll();
  return context;
}

describe('backend broker: account and pushes', () => {
  it('ready reads the accounts, then subscribes every topic of the oldest', async () => {
    const { broker, sockets, last, saved } = setup();
    expect(sockets).toHaveLength(0); // nothing is subscribed before the account is known
    await expect(broker.ready).resolves.toEqual(ACCOUNT);
    last().open();
    expect(last().frames('subscribe')).toEqual(
      ROUTES.map((route) => ({ route, params: TOPIC_PARAMS })),
    );
    expect(broker.currentAccount()).toBe('acc-1');
    expect(saved).toEqual(['acc-1']);
    await expect(broker.accountsMetainfo()).resolves.toEqual([ACCOUNT, SECOND]);
  });

  it('starts on the account traded last time, when it still exists', async () => {
    const { broker } = await live({}, 'acc-2');
    expect(broker.currentAccount()).toBe('acc-2');
    const gone = await live({}, 'acc-gone');
    expect(gone.broker.currentAccount()).toBe('acc-1');
  });

  it('names the current account on every request, and follows a switch', async () => {
    const { broker, host, last, lastRequest } = await live({
      'GET /api/v1/broker/equity': () => jsonResponse(equity),
    });
    await broker.equity();
    expect(lastRequest().headers.get('x-account-id')).toBe('acc-1');
    await broker.setCurrentAccount('acc-2');
    expect(host.fullUpdate).toHaveBeenCalledTimes(1);
    expect(broker.currentAccount()).toBe('acc-2');
    await broker.equity();
    expect(lastRequest().headers.get('x-account-id')).toBe('acc-2');
    // Its topics replace the first account's; the first account's pushes reach nobody.
    expect(
      last()
        .frames('unsubscribe')
        .every((f) => (f.params as { accountId: string }).accountId === 'acc-1'),
    ).toBe(true);
    last().confirmAll();
    last().push('orders', TOPIC_PARAMS, order, 9);
    expect(host.orderUpdate).not.toHaveBeenCalled();
    last().push('orders', { accountId: 'acc-2' }, order, 3);
    expect(host.orderUpdate).toHaveBeenCalledExactlyOnceWith(order, 3);
    await expect(broker.setCurrentAccount('acc-gone')).rejects.toMatchObject({ status: 404 });
  });

  it('creates, renames, resets and deletes accounts, and reads the snapshot and config', async () => {
    const snapshot = {
      seq: 4,
      account: ACCOUNT,
      orders: [order],
      positions: [position],
      equity,
      executions: [execution],
    };
    const config = {
      durations: [{ name: 'Good till cancelled', value: 'GTC', default: true }],
      orderTypes: [{ name: 'Market', value: 2 }],
      supportsBrackets: true,
      supportsTrailingStop: true,
      supportsLeverage: true,
      leverage: { min: 1, max: 100, step: 1, default: 10 },
      commissionRate: 0,
    };
    let accounts = [ACCOUNT, SECOND];
    const { broker, api, lastRequest, host } = await live({
      'GET /api/v1/broker/accounts': () => jsonResponse(accounts),
      'POST /api/v1/broker/accounts': () =>
        jsonResponse({ id: 'acc-3', name: 'New', currency: 'USD' }, 201),
      'PATCH /api/v1/broker/accounts/acc-2': () => jsonResponse({ ...SECOND, name: 'Renamed' }),
      'POST /api/v1/broker/accounts/acc-2/reset': () => jsonResponse(SECOND),
      'DELETE /api/v1/broker/accounts/acc-1': () => {
        accounts = [SECOND];
        return new Response(null, { status: 204 });
      },
      'GET /api/v1/broker/snapshot': () => jsonResponse({ ...snapshot, ...extra }),
      'GET /api/v1/broker/config': () => jsonResponse(config),
    });
    await expect(broker.createAccount({ name: 'New', deposit: 5_000 })).resolves.toEqual({
      id: 'acc-3',
      name: 'New',
      currency: 'USD',
    });
    expect(lastRequest().body).toEqual({ name: 'New', deposit: 5_000 });
    await expect(broker.renameAccount('acc-2', 'Renamed')).resolves.toMatchObject({
      name: 'Renamed',
    });
    await broker.resetAccount('acc-2');
    await expect(broker.snapshot()).resolves.toStrictEqual(snapshot);
    expect(lastRequest().headers.get('x-account-id')).toBe('acc-1');
    await expect(broker.config()).resolves.toStrictEqual(config);
    await broker.config();
    expect(api.requests.filter((r) => r.url.pathname.endsWith('/config'))).toHaveLength(1);
    // Deleting the current account moves to the oldest one left.
    await broker.deleteAccount('acc-1');
    expect(broker.currentAccount()).toBe('acc-2');
    expect(host.fullUpdate).toHaveBeenCalled();
  });

  it('does not subscribe while the account request is pending', async () => {
    let answer: (response: Response) => void = () => undefined;
    const { broker, sockets, last } = setup({
      'GET /api/v1/broker/accounts': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    await flushPromises();
    expect(sockets).toHaveLength(0);
    expect(broker.currentAccount()).toBe('');
    answer(jsonResponse([ACCOUNT]));
    await broker.ready;
    last().open();
    expect(last().frames('subscribe')).toHaveLength(ROUTES.length);
  });

  it('pushes each mapped update to the matching host method', async () => {
    const { host, last } = await live();
    last().push('orders', TOPIC_PARAMS, { ...order, ...extra }, 5);
    last().push('positions', TOPIC_PARAMS, { ...position, ...extra }, 5);
    last().push('executions', TOPIC_PARAMS, { ...execution, ...extra }, 5);
    last().push('equity', TOPIC_PARAMS, { ...equity, ...extra }, 6);
    expect(host.orderUpdate).toHaveBeenCalledExactlyOnceWith(order, 5);
    expect(host.positionUpdate).toHaveBeenCalledExactlyOnceWith(position, 5);
    expect(host.executionUpdate).toHaveBeenCalledExactlyOnceWith(execution, 5);
    expect(host.equityUpdate).toHaveBeenCalledExactlyOnceWith(equity, 6);
    expect(host.fullUpdate).not.toHaveBeenCalled();
  });

  it('tracks the broker connection status from its topic', async () => {
    const { broker, host, last } = await live();
    expect(broker.connectionStatus()).toBe(ConnectionStatus.Connecting);
    const info = { status: ConnectionStatus.Connected, timestamp: 1_700_000_000_000 };
    last().push('broker-connection', TOPIC_PARAMS, { ...info, ...extra });
    expect(host.connectionStatusUpdate).toHaveBeenCalledExactlyOnceWith(info);
    expect(broker.connectionStatus()).toBe(ConnectionStatus.Connected);
  });

  it('destroy() unsubscribes every topic and pushes nothing more', async () => {
    const { broker, host, last } = await live();
    broker.destroy();
    expect(
      last()
        .frames('unsubscribe')
        .map((f) => f.route)
        .sort(),
    ).toEqual([...ROUTES].sort());
    last().push('orders', TOPIC_PARAMS, order);
    last().push('equity', TOPIC_PARAMS, equity);
    expect(host.orderUpdate).not.toHaveBeenCalled();
    expect(host.equityUpdate).not.toHaveBeenCalled();
  });

  it('destroy() before the account is known never subscribes', async () => {
    const { broker, sockets } = setup();
    broker.destroy();
    await broker.ready;
    expect(sockets).toHaveLength(0);
  });

  it('keeps asking for the accounts while the broker is starting, then becomes ready', async () => {
    let refusals = 3;
    const { broker, api } = setup({
      'GET /api/v1/broker/accounts': () =>
        refusals-- > 0
          ? backendError(503, 'Service Unavailable', 'database is starting')
          : jsonResponse([ACCOUNT]),
    });
    await expect(broker.ready).resolves.toEqual(ACCOUNT);
    expect(api.requests.filter((r) => r.url.pathname.endsWith('/accounts'))).toHaveLength(4);
  });

  it("rejects ready with the backend's message once the broker is replaced", async () => {
    const { broker } = setup({
      'GET /api/v1/broker/accounts': () =>
        backendError(503, 'Service Unavailable', 'database is starting'),
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    broker.destroy();
    await expect(broker.ready).rejects.toMatchObject({
      message: 'database is starting',
      status: 503,
    });
    await expect(broker.placeOrder(preOrder)).rejects.toThrow('database is starting');
  });

  it('sends the confirmId as the Idempotency-Key, so a retry places nothing new', async () => {
    const { broker, lastRequest } = await live({
      'POST /api/v1/broker/orders': () => jsonResponse({ orderId: '7' }),
    });
    await broker.placeOrder(preOrder, 'preview-AAPL-1-abc');
    expect(lastRequest().headers.get('idempotency-key')).toBe('preview-AAPL-1-abc');
  });
});

describe('backend broker: requests', () => {
  it('orders, positions, executions and equity are read and mapped', async () => {
    const { broker, lastRequest } = await live({
      'GET /api/v1/broker/orders': () => jsonResponse([{ ...order, ...extra }]),
      'GET /api/v1/broker/positions': () => jsonResponse([{ ...position, ...extra }]),
      'GET /api/v1/broker/executions/AAPL': () => jsonResponse([{ ...execution, ...extra }]),
      'GET /api/v1/broker/equity': () => jsonResponse({ ...equity, ...extra }),
    });
    await expect(broker.orders()).resolves.toStrictEqual([order]);
    await expect(broker.positions()).resolves.toStrictEqual([position]);
    await expect(broker.executions('AAPL')).resolves.toStrictEqual([execution]);
    expect(lastRequest().url.pathname).toBe('/api/v1/broker/executions/AAPL');
    await expect(broker.equity()).resolves.toStrictEqual(equity);
  });

  it('placeOrder posts the mapped order with a fresh Idempotency-Key each time', async () => {
    const { broker, api } = await live({
      'POST /api/v1/broker/orders': () => jsonResponse({ orderId: '42', ...extra }),
    });
    const withExtra = { ...preOrder, takeProfit: 200, notAnOrderField: 1 } as PreOrder;
    await expect(broker.placeOrder(withExtra)).resolves.toStrictEqual({ orderId: '42' });
    await broker.placeOrder(preOrder);
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.url.pathname)).toEqual([
      '/api/v1/broker/orders',
      '/api/v1/broker/orders',
    ]);
    expect(posts[0]!.body).toStrictEqual({ ...preOrder, takeProfit: 200 });
    expect(posts.map((r) => r.headers.get('Idempotency-Key'))).toEqual(['key-1', 'key-2']);
  });

  it('placeOrder refused by the backend throws its message and status', async () => {
    const { broker } = await live({
      'POST /api/v1/broker/orders': () =>
        backendError(400, 'Bad Request', 'stopLoss: 200 must be below 190.12 (the ask) for a buy'),
    });
    const error = await broker.placeOrder(preOrder).catch((cause: unknown) => cause);
    expect(error).toBeInstanceOf(BrokerRequestError);
    expect(error).toMatchObject({
      message: 'stopLoss: 200 must be below 190.12 (the ask) for a buy',
      status: 400,
    });
  });

  it('previewOrder posts to /orders/preview without a key and maps the preview', async () => {
    const preview = {
      sections: [{ header: 'Order', rows: [{ title: 'Price', value: '190.12' }] }],
      warnings: ['w'],
    };
    const { broker, lastRequest } = await live({
      'POST /api/v1/broker/orders/preview': () => jsonResponse({ ...preview, ...extra }),
    });
    await expect(broker.previewOrder(preOrder)).resolves.toStrictEqual(preview);
    expect(lastRequest().body).toStrictEqual(preOrder);
    expect(lastRequest().headers.get('Idempotency-Key')).toBeNull();
  });

  it('modifyOrder puts the order to /orders/{id}', async () => {
    const { broker, lastRequest } = await live({ 'PUT /api/v1/broker/orders/42': ok });
    const changed = { ...preOrder, type: OrderType.Limit, limitPrice: 189 };
    await expect(broker.modifyOrder('42', changed)).resolves.toBeUndefined();
    expect(lastRequest().method).toBe('PUT');
    expect(lastRequest().body).toStrictEqual(changed);
  });

  it('cancelOrder deletes /orders/{id} and reports a 409 with its message', async () => {
    const { broker, api } = await live({
      'DELETE /api/v1/broker/orders/42': ok,
      'DELETE /api/v1/broker/orders/43': () => backendError(409, 'Conflict', 'Order 43 is Filled'),
    });
    await expect(broker.cancelOrder('42')).resolves.toBeUndefined();
    await expect(broker.cancelOrder('43')).rejects.toMatchObject({
      message: 'Order 43 is Filled',
      status: 409,
    });
    expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.pathname)).toEqual([
      '/api/v1/broker/orders/42',
      '/api/v1/broker/orders/43',
    ]);
  });

  it('closePosition sends amount only for a partial close', async () => {
    const { broker, lastRequest } = await live({ 'DELETE /api/v1/broker/positions/AAPL': ok });
    await broker.closePosition('AAPL');
    expect(lastRequest().url.search).toBe('');
    await broker.closePosition('AAPL', 2.5);
    expect(lastRequest().url.searchParams.get('amount')).toBe('2.5');
    expect(lastRequest().url.pathname).toBe('/api/v1/broker/positions/AAPL');
  });

  it('editPositionBrackets puts only the brackets that are set', async () => {
    const { broker, lastRequest } = await live({
      'PUT /api/v1/broker/positions/AAPL/brackets': ok,
    });
    await broker.editPositionBrackets('AAPL', { stopLoss: 180, takeProfit: undefined });
    expect(lastRequest().body).toStrictEqual({ stopLoss: 180 });
  });

  it('leverage info, set and preview use their routes', async () => {
    const info = { title: 'AAPL', leverage: 2, min: 1, max: 5, step: 1 };
    const { broker, api } = await live({
      'GET /api/v1/broker/leverage/info': () => jsonResponse({ ...info, ...extra }),
      'PUT /api/v1/broker/leverage/set': () => jsonResponse({ leverage: 3 }),
      'POST /api/v1/broker/leverage/preview': () => jsonResponse({ warnings: ['high'], ...extra }),
    });
    const params = { symbol: 'AAPL', orderType: OrderType.Market, side: Side.Sell };
    await expect(broker.leverageInfo(params)).resolves.toStrictEqual(info);
    const get = api.requests.at(-1)!;
    expect(Object.fromEntries(get.url.searchParams)).toEqual({
      symbol: 'AAPL',
      orderType: '2',
      side: '-1',
    });
    await expect(broker.setLeverage({ ...params, leverage: 3 })).resolves.toStrictEqual({
      leverage: 3,
    });
    expect(api.requests.at(-1)!.body).toEqual({ ...params, leverage: 3 });
    await expect(broker.previewLeverage({ ...params, leverage: 3 })).resolves.toStrictEqual({
      warnings: ['high'],
    });
  });
});
