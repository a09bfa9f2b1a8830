// The broker as an adapter around the shared engine (whose rules are tested in
// packages/contract/test/paper/engine): over HTTP, on the embedded database and on PostgreSQL —
// what is persisted and survives a restart, how refusals map to HTTP, that a quote reaching
// nothing commits nothing, and that a second writer on the same data can never fill an order
// twice.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { EquityData } from '../src/models/broker/account.js';
import type { Execution } from '../src/models/broker/executions.js';
import type { PlacedOrder } from '../src/models/broker/orders.js';
import type { Position } from '../src/models/broker/positions.js';
import {
  brokerStorage,
  startBrokerApp,
  type BrokerTestApp,
  type DatabaseKind,
} from './helpers/broker-app.js';
import { postgresAvailable } from './helpers/postgres.js';

const kinds: DatabaseKind[] = ['sqlite', 'postgres'];
const pgUp = await postgresAvailable();

const client = (t: BrokerTestApp) => {
  const api = async <T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
    headers?: Record<string, string>,
  ) => {
    const response = await t.app.inject({ method, url: `/api/v1/broker${url}`, payload, headers });
    return { status: response.statusCode, body: response.json<T>() };
  };
  return {
    api,
    place: (order: object, headers?: Record<string, string>) =>
      api<{ orderId: string; message?: string }>('POST', '/orders', order, headers),
    orders: async () => (await api<PlacedOrder[]>('GET', '/orders')).body,
    positions: async () => (await api<Position[]>('GET', '/positions')).body,
    equity: async () => (await api<EquityData>('GET', '/equity')).body,
    executions: async (symbol: string) =>
      (await api<Execution[]>('GET', `/executions/${symbol}`)).body,
  };
};

describe.each(kinds)('broker on %s', (kind) => {
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

  it('persists every change of a fill, and a restart finds the account as it was', async (ctx) => {
    if (skip) ctx.skip();
    const storage = await brokerStorage(kind);
    try {
      const first = await start({ storage, commissionRate: 0.001 });
      const api = client(first);
      const buy = await api.place({
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Buy,
        qty: 2,
        stopLoss: 90,
      });
      expect(buy.status).toBe(200);
      const limit = await api.place({
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 1,
        limitPrice: 95,
        duration: { type: 'GTD', datetime: Date.now() + 3_600_000 },
      });
      const before = {
        orders: await api.orders(),
        positions: await api.positions(),
        equity: await api.equity(),
        executions: await api.executions('BTCUSD'),
      };
      expect(before.orders.map((o) => o.status)).toEqual([
        OrderStatus.Filled,
        OrderStatus.Working,
        OrderStatus.Working,
      ]);
      expect(before.executions).toEqual([
        expect.objectContaining({
          orderId: buy.body.orderId,
          price: 100.1,
          qty: 2,
          commission: 0.2002,
        }),
      ]);
      await first.app.close();
      open.splice(open.indexOf(first), 1);

      const second = await start({ storage, commissionRate: 0.001 });
      const again = client(second);
      expect(second.accountId).toBe(first.accountId);
      expect(await again.orders()).toEqual(before.orders);
      expect(await again.positions()).toEqual(before.positions);
      expect(await again.equity()).toEqual(before.equity);
      expect(await again.executions('BTCUSD')).toEqual(before.executions);
      // The working limit came back into the book: the market reaching it fills it.
      second.market.set('BTCUSD', 94.8, 94.9);
      await second.app.idle();
      expect((await again.orders()).find((o) => o.id === limit.body.orderId)).toMatchObject({
        status: OrderStatus.Filled,
        avgPrice: 94.9,
      });
      // Ids go on from where they were, never reused.
      const next = await again.place({
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Sell,
        qty: 1,
      });
      expect(Number(next.body.orderId)).toBe(4);
    } finally {
      await storage.drop();
    }
  });

  it('commits nothing for a quote that reaches nothing', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    const api = client(t);
    const { body } = await api.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 50,
    });
    const orders = await api.orders();
    for (let i = 0; i < 20; i++) t.market.set('BTCUSD', 90 + i, 90.1 + i);
    await t.app.idle();
    expect(await api.orders()).toEqual(orders);
    expect((await api.orders()).find((o) => o.id === body.orderId)?.updateTime).toBe(
      orders[0]!.updateTime,
    );
  });

  it('maps refusals to 400, 404 and 409, and changes nothing', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    const api = client(t);
    const bad = await api.place({
      symbol: 'BTCUSD',
      type: OrderType.Stop,
      side: Side.Buy,
      qty: 1,
      stopPrice: 99,
    });
    expect(bad).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message:
          'stopPrice: 99 must be above the ask 100.1 for a buy stop (at or below it the order would fill at once)',
      },
    });
    const unknownField = await api.place({
      symbol: 'BTCUSD',
      type: OrderType.Market,
      side: Side.Buy,
      qty: 1,
      stopLos: 90,
    });
    expect(unknownField.status).toBe(400);
    expect(await api.orders()).toEqual([]);
    expect((await api.api('DELETE', '/orders/999')).status).toBe(404);
    const { body } = await api.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 90,
    });
    expect((await api.api('DELETE', `/orders/${body.orderId}`)).status).toBe(200);
    const again = await api.api<{ message: string }>('DELETE', `/orders/${body.orderId}`);
    expect(again).toMatchObject({
      status: 409,
      body: { message: `Order ${body.orderId} is Canceled, not Working` },
    });
    const other = await api.api<{ message: string }>('GET', '/orders', undefined, {
      'x-account-id': 'acc-nobody',
    });
    expect(other).toMatchObject({ status: 404, body: { message: 'account acc-nobody not found' } });
    expect((await api.api('DELETE', '/positions/BTCUSD?amount=x')).status).toBe(400);
    // JSON reads 1e400 as Infinity, which no numeric bound catches: refused by name.
    for (const [url, body] of [
      ['/orders', '{"symbol":"BTCUSD","type":2,"side":1,"qty":1e400}'],
      ['/accounts', '{"name":"Big","deposit":1e400}'],
    ] as const) {
      const infinite = await t.app.inject({
        method: 'POST',
        url: `/api/v1/broker${url}`,
        headers: { 'content-type': 'application/json' },
        payload: body,
      });
      expect(infinite.statusCode, url).toBe(400);
      expect(infinite.json<{ message: string }>().message).toMatch(/must be a finite number$/);
    }
  });

  it('answers a retry with the same Idempotency-Key with the first order, after a restart too', async (ctx) => {
    if (skip) ctx.skip();
    const storage = await brokerStorage(kind);
    try {
      const first = await start({ storage });
      const order = { symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 };
      const key = { 'idempotency-key': 'retry-1' };
      const placed = await client(first).place(order, key);
      expect(await client(first).place(order, key)).toEqual(placed);
      await first.app.close();
      open.splice(open.indexOf(first), 1);
      const second = await start({ storage });
      expect(await client(second).place(order, key)).toEqual(placed);
      expect(await client(second).orders()).toHaveLength(1);
    } finally {
      await storage.drop();
    }
  });

  it('never fills an order twice when another writer moved the account on', async (ctx) => {
    if (skip) ctx.skip();
    const storage = await brokerStorage(kind);
    try {
      const a = await start({ storage });
      const { body } = await client(a).place({
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 1,
        limitPrice: 95,
      });
      // A second broker on the same data: it read the same book, with the order working.
      const b = await start({ storage });
      a.market.set('BTCUSD', 94.8, 94.9);
      await a.app.idle();
      // B's book is stale: its fill of the same order must not be written.
      b.market.set('BTCUSD', 94, 94.1);
      await b.app.idle();
      const executions = await client(a).executions('BTCUSD');
      expect(executions).toEqual([expect.objectContaining({ orderId: body.orderId, price: 94.9 })]);
      // B re-read the account when its write was refused: it now agrees, and trades on.
      const held = async (x: BrokerTestApp) =>
        (await client(x).positions()).map(({ unrealizedPl: _, ...p }) => p);
      expect(await held(b)).toEqual(await held(a));
      const next = await client(b).place({
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Sell,
        qty: 1,
      });
      expect(next.status).toBe(200);
      expect(await client(a).executions('BTCUSD')).toHaveLength(2);
    } finally {
      await storage.drop();
    }
  });

  it('commits the other accounts of a quote when one of them moved on elsewhere', async (ctx) => {
    if (skip) ctx.skip();
    const storage = await brokerStorage(kind);
    try {
      const a = await start({ storage });
      const second = await client(a).api<{ id: string }>('POST', '/accounts', { name: 'Two' });
      const other = { 'x-account-id': second.body.id };
      const limit = {
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 1,
        limitPrice: 95,
      };
      await client(a).place(limit);
      const b = await start({ storage });
      // Placed after B read the books: B knows only the first account's order.
      await client(a).place(limit, other);
      // B fills the first account's order; A's book of that account is now stale.
      b.market.set('BTCUSD', 94.8, 94.9);
      await b.app.idle();
      // One quote reaches both accounts' orders in A: the batch fails, each goes on its own.
      a.market.set('BTCUSD', 94, 94.1);
      await a.app.idle();
      expect(await client(a).executions('BTCUSD')).toEqual([
        expect.objectContaining({ price: 94.9 }),
      ]);
      const secondFills = await client(a).api<Execution[]>(
        'GET',
        '/executions/BTCUSD',
        undefined,
        other,
      );
      expect(secondFills.body).toEqual([expect.objectContaining({ price: 94.1 })]);
    } finally {
      await storage.drop();
    }
  });

  it('previews with the engine and refuses without market data in reach', async (ctx) => {
    if (skip) ctx.skip();
    const t = await start();
    const preview = await client(t).api<{ errors: string[]; sections: unknown[] }>(
      'POST',
      '/orders/preview',
      {
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Buy,
        qty: 2,
      },
    );
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([]);
  });
});

describe('the stored layout', () => {
  it('keeps order ids per account, each account numbering its own changes', async (ctx) => {
    if (!pgUp) ctx.skip();
    const t = await startBrokerApp('postgres');
    try {
      await client(t).place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 });
      const db = new pg.Client({ connectionString: t.storage.databaseUrl });
      await db.connect();
      const { rows } = await db.query('select seq, next_order_id, next_execution_id from accounts');
      await db.end();
      expect(rows.map((r) => Object.values(r).map(Number))).toEqual([[1, 2, 2]]);
    } finally {
      await t.close();
    }
  });
});
