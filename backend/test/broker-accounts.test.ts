// Paper accounts, durations and the change sequence (docs/broker.md#durations) over HTTP, on both databases:
// accounts are created, renamed, reset and deleted; every path acts on X-Account-Id; orders
// expire by their duration, also across a restart; the snapshot reads an account in one go.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlacedOrder } from '../src/models/broker/orders.js';
import {
  brokerStorage,
  startBrokerApp,
  type BrokerTestApp,
  type DatabaseKind,
} from './helpers/broker-app.js';
import { postgresAvailable } from './helpers/postgres.js';

const pgUp = await postgresAvailable();

const call = async <T>(
  t: BrokerTestApp,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  account?: string,
) => {
  const response = await t.app.inject({
    method,
    url: `/api/v1/broker${url}`,
    payload,
    headers: account === undefined ? {} : { 'x-account-id': account },
  });
  return {
    status: response.statusCode,
    body: response.body === '' ? undefined : response.json<T>(),
  };
};

const buy = (qty: number, extra: object = {}) => ({
  symbol: 'BTCUSD',
  type: OrderType.Market,
  side: Side.Buy,
  qty,
  ...extra,
});

describe.each<DatabaseKind>(['sqlite', 'postgres'])('accounts on %s', (kind) => {
  const skip = kind === 'postgres' && !pgUp;
  const open: BrokerTestApp[] = [];
  const start = async (options: Parameters<typeof startBrokerApp>[1] = {}) => {
    const t = await startBrokerApp(kind, options);
    open.push(t);
    return t;
  };
  afterEach(async () => {
    for (const t of open.splice(0).reverse()) await t.close();
  });

  it('starts with one paper account and creates more, each trading on its own', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    expect((await call(t, 'GET', '/accounts')).body).toEqual([
      { id: t.accountId, name: 'Paper account', currency: 'USD' },
    ]);
    const created = await call<{ id: string; name: string; currency: string }>(
      t,
      'POST',
      '/accounts',
      {
        name: 'Scalping',
        deposit: 5_000,
      },
    );
    expect(created).toMatchObject({ status: 201, body: { name: 'Scalping', currency: 'USD' } });
    const second = created.body!.id;
    expect((await call(t, 'GET', '/equity', undefined, second)).body).toMatchObject({
      balance: 5_000,
    });

    await call(t, 'POST', '/orders', buy(1), second);
    expect((await call<PlacedOrder[]>(t, 'GET', '/orders', undefined, second)).body).toHaveLength(
      1,
    );
    // The first account saw nothing of it; its order ids start at 1 too.
    expect((await call<PlacedOrder[]>(t, 'GET', '/orders')).body).toEqual([]);
    const first = await call<{ orderId: string }>(t, 'POST', '/orders', buy(2), t.accountId);
    expect(first.body).toEqual({ orderId: '1' });
    expect((await call(t, 'GET', '/positions', undefined, second)).body).toEqual([
      expect.objectContaining({ qty: 1 }),
    ]);
    expect((await call(t, 'GET', '/accounts')).body).toEqual([
      { id: t.accountId, name: 'Paper account', currency: 'USD' },
      { id: second, name: 'Scalping', currency: 'USD' },
    ]);
  });

  it('refuses bad accounts with 400 and unknown ones with 404, on every path', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    expect((await call(t, 'POST', '/accounts', { name: '' })).status).toBe(400);
    expect((await call(t, 'POST', '/accounts', { name: 'x', deposit: 0 })).status).toBe(400);
    expect((await call(t, 'POST', '/accounts', { name: 'x', deposit: 2e9 })).status).toBe(400);
    expect(await call(t, 'POST', '/accounts', { name: 'x', currency: 'XYZ' })).toMatchObject({
      status: 400,
      body: {
        message:
          'currency: XYZ is not a currency the catalogue converts (no XYZ/USD pair is listed)',
      },
    });
    expect((await call(t, 'POST', '/accounts', { name: 'Euro', currency: 'EUR' })).status).toBe(
      201,
    );
    for (const [method, url] of [
      ['GET', '/orders'],
      ['GET', '/positions'],
      ['GET', '/equity'],
      ['GET', '/account'],
      ['GET', '/snapshot'],
      ['GET', '/executions/BTCUSD'],
      ['DELETE', '/orders/1'],
    ] as const) {
      expect(
        await call(t, method, url, undefined, 'acc-missing'),
        `${method} ${url}`,
      ).toMatchObject({
        status: 404,
        body: { message: 'account acc-missing not found' },
      });
    }
    expect((await call(t, 'PATCH', '/accounts/acc-missing', { name: 'x' })).status).toBe(404);
    expect((await call(t, 'POST', '/accounts/acc-missing/reset')).status).toBe(404);
    expect((await call(t, 'DELETE', '/accounts/acc-missing')).status).toBe(404);
    expect((await call(t, 'GET', '/accounts')).body).toHaveLength(2);
  });

  it('renames, resets and deletes, never the last account', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    const renamed = await call(t, 'PATCH', `/accounts/${t.accountId}`, { name: 'Main' });
    expect(renamed.body).toEqual({ id: t.accountId, name: 'Main', currency: 'USD' });
    await call(t, 'POST', '/orders', buy(1, { stopLoss: 90 }));
    await call(t, 'POST', '/orders', {
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 50,
    });
    const reset = await call(t, 'POST', `/accounts/${t.accountId}/reset`);
    expect(reset.status).toBe(200);
    expect((await call(t, 'GET', '/orders')).body).toEqual([]);
    expect((await call(t, 'GET', '/positions')).body).toEqual([]);
    expect((await call(t, 'GET', '/executions/BTCUSD')).body).toEqual([]);
    expect((await call(t, 'GET', '/equity')).body).toMatchObject({
      balance: 100_000,
      realizedPL: 0,
    });
    // Ids go on after a reset: nothing is numbered twice.
    expect((await call(t, 'POST', '/orders', buy(1))).body).toEqual({ orderId: '4' });

    expect(await call(t, 'DELETE', `/accounts/${t.accountId}`)).toMatchObject({ status: 409 });
    const other = await call<{ id: string }>(t, 'POST', '/accounts', { name: 'Other' });
    expect((await call(t, 'DELETE', `/accounts/${t.accountId}`)).status).toBe(204);
    expect((await call(t, 'GET', '/accounts')).body).toEqual([
      { id: other.body!.id, name: 'Other', currency: 'USD' },
    ]);
    // Without X-Account-Id, requests act on the oldest remaining account.
    expect((await call(t, 'GET', '/account')).body).toMatchObject({ id: other.body!.id });
  });

  it('reads an account in one snapshot as of its change sequence', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    const empty = await call<{ seq: number }>(t, 'GET', '/snapshot');
    expect(empty.body).toMatchObject({ seq: 0, orders: [], positions: [], executions: [] });
    await call(t, 'POST', '/orders', buy(1));
    await call(t, 'POST', '/orders', {
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 50,
    });
    const snapshot = await call<Record<string, unknown[]> & { seq: number }>(t, 'GET', '/snapshot');
    expect(snapshot.body).toMatchObject({
      seq: 2,
      account: { id: t.accountId, name: 'Paper account', currency: 'USD' },
      orders: [expect.objectContaining({ id: '1' }), expect.objectContaining({ id: '2' })],
      positions: [expect.objectContaining({ symbol: 'BTCUSD', qty: 1 })],
      equity: expect.objectContaining({ balance: 100_000 }),
      executions: [expect.objectContaining({ orderId: '1' })],
    });
  });

  it('describes its durations and order types for a ticket', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    const { body } = await call<{ durations: { value: string; default?: boolean }[] }>(
      t,
      'GET',
      '/config',
    );
    expect(body!.durations.map((d) => d.value)).toEqual(['GTC', 'DAY', 'GTD', 'IOC', 'FOK']);
    expect(body!.durations.find((d) => d.default)?.value).toBe('GTC');
    expect(body).toMatchObject({
      supportsBrackets: true,
      supportsTrailingStop: true,
      supportsLeverage: true,
    });
  });

  it('expires a GTD order at its time, as expired, also when the broker was down then', async (ctx) => {
    if (skip) ctx.skip();
    const storage = await brokerStorage(kind);
    try {
      const first = await start({ storage });
      const at = Date.now() + 400;
      const soon = await call<{ orderId: string }>(first, 'POST', '/orders', {
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 1,
        limitPrice: 50,
        duration: { type: 'GTD', datetime: at },
      });
      const later = await call<{ orderId: string }>(first, 'POST', '/orders', {
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 1,
        limitPrice: 50,
        duration: { type: 'GTD', datetime: at + 600 },
      });
      const order = async (t: BrokerTestApp, id: string) =>
        (await call<PlacedOrder[]>(t, 'GET', '/orders')).body!.find((o) => o.id === id)!;
      await waitFor(
        async () => (await order(first, soon.body!.orderId)).status === OrderStatus.Canceled,
      );
      expect(await order(first, soon.body!.orderId)).toMatchObject({
        cancelReason: 'expired',
        expiresAt: at,
      });
      expect((await order(first, later.body!.orderId)).status).toBe(OrderStatus.Working);
      await first.app.close();
      open.splice(open.indexOf(first), 1);
      // Down past the second expiry: it expires as soon as the broker is back.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, at + 700 - Date.now())));
      const second = await start({ storage });
      await waitFor(
        async () => (await order(second, later.body!.orderId)).status === OrderStatus.Canceled,
      );
      expect(await order(second, later.body!.orderId)).toMatchObject({ cancelReason: 'expired' });
    } finally {
      await storage.drop();
    }
  });

  it('expires orders of many accounts due at one instant, more than one round of them', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    const accounts = [t.accountId];
    for (const name of ['B', 'C']) {
      accounts.push((await call<{ id: string }>(t, 'POST', '/accounts', { name })).body!.id);
    }
    // 750 orders: the expiry worker takes at most 300 in a round.
    const at = Date.now() + 4_000;
    await Promise.all(
      accounts.map(async (account) => {
        for (let n = 0; n < 250; n++) {
          const placed = await call(
            t,
            'POST',
            '/orders',
            {
              symbol: 'BTCUSD',
              type: OrderType.Limit,
              side: Side.Buy,
              qty: 0.01,
              limitPrice: 50,
              duration: { type: 'GTD', datetime: at },
            },
            account,
          );
          expect(placed.status).toBe(200);
        }
      }),
    );
    expect(Date.now()).toBeLessThan(at);
    const expired = async (account: string) =>
      (await call<PlacedOrder[]>(t, 'GET', '/orders', undefined, account)).body!.filter(
        (o) => o.status === OrderStatus.Canceled && o.cancelReason === 'expired',
      ).length;
    const counts = async () => Promise.all(accounts.map(expired));
    await waitFor(async () => (await counts()).every((count) => count === 250), 10_000);
    expect(await counts()).toEqual([250, 250, 250]);
  }, 30_000);

  it('cancels an IOC order that cannot fill at once, as unfilled', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    const ioc = await call<{ orderId: string }>(t, 'POST', '/orders', {
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 50,
      duration: { type: 'IOC' },
    });
    expect((await call<PlacedOrder[]>(t, 'GET', '/orders')).body![0]).toMatchObject({
      id: ioc.body!.orderId,
      status: OrderStatus.Canceled,
      cancelReason: 'unfilled',
    });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
