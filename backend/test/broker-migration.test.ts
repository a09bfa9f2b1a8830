// A data directory (or PostgreSQL schema) written by the broker before accounts numbered their
// own changes keeps everything: its orders, executions, positions, balance and idempotency keys
// become the first account's, and ids go on after the highest one.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/shared/db/database.js';
import { migrate } from '../src/shared/db/migrations.js';
import { initial } from '../src/modules/broker/migrations/0001-initial.js';
import { brokerStorage, startBrokerApp, type DatabaseKind } from './helpers/broker-app.js';
import { postgresAvailable } from './helpers/postgres.js';

const pgUp = await postgresAvailable();

/** The first layout's tables, loosely typed: this test writes them as that version did. */
type FirstLayout = Record<
  'accounts' | 'counters' | 'orders' | 'executions' | 'positions' | 'leverage' | 'idempotency_keys',
  Record<string, unknown>
>;

/** The rows of a session of trading as the first layout stored them. */
async function writeFirstLayout(db: Kysely<FirstLayout>): Promise<void> {
  await db
    .insertInto('accounts')
    .values({
      id: 'DEMO-ACCOUNT',
      name: 'Demo Trading Account',
      currency: 'USD',
      deposit: 100_000,
      realized_pl: 25,
      commissions: 1.5,
      created_at: 1_700_000_000_000,
    })
    .execute();
  await db
    .insertInto('counters')
    .values([
      { name: 'orders', value: 3 },
      { name: 'executions', value: 2 },
    ])
    .execute();
  const order = (id: number, status: number, extra: object = {}) => ({
    id,
    account_id: 'DEMO-ACCOUNT',
    symbol: 'BTCUSD',
    type: OrderType.Market,
    side: Side.Buy,
    qty: 2,
    status,
    filled_qty: status === OrderStatus.Filled ? 2 : 0,
    avg_price: status === OrderStatus.Filled ? 100.1 : 0,
    triggered: 0,
    created_at: 1_700_000_000_000 + id,
    updated_at: 1_700_000_000_000 + id,
    ...extra,
  });
  await db
    .insertInto('orders')
    .values([
      order(1, OrderStatus.Filled),
      order(2, OrderStatus.Filled, { side: Side.Sell, qty: 1, filled_qty: 1, avg_price: 125.1 }),
      order(3, OrderStatus.Working, { type: OrderType.Limit, limit_price: 90 }),
    ])
    .execute();
  await db
    .insertInto('executions')
    .values([
      {
        id: 1,
        account_id: 'DEMO-ACCOUNT',
        order_id: 1,
        symbol: 'BTCUSD',
        price: 100.1,
        qty: 2,
        side: Side.Buy,
        time: 1,
        commission: 1,
      },
      {
        id: 2,
        account_id: 'DEMO-ACCOUNT',
        order_id: 2,
        symbol: 'BTCUSD',
        price: 125.1,
        qty: 1,
        side: Side.Sell,
        time: 2,
        commission: 0.5,
      },
    ])
    .execute();
  await db
    .insertInto('positions')
    .values({
      account_id: 'DEMO-ACCOUNT',
      symbol: 'BTCUSD',
      qty: 1,
      avg_price: 100.1,
      updated_at: 2,
    })
    .execute();
  await db
    .insertInto('leverage')
    .values({ account_id: 'DEMO-ACCOUNT', symbol: 'BTCUSD', leverage: 5 })
    .execute();
  await db
    .insertInto('idempotency_keys')
    .values({ account_id: 'DEMO-ACCOUNT', key: 'k-1', order_id: 1, created_at: 1 })
    .execute();
}

describe.each<DatabaseKind>(['sqlite', 'postgres'])('the first layout on %s', (kind) => {
  it('becomes the first account, with nothing lost', async (ctx) => {
    if (kind === 'postgres' && !pgUp) ctx.skip();
    const storage = await brokerStorage(kind);
    try {
      const database = await openDatabase({
        dataDir: storage.dataDir,
        databaseUrl: storage.databaseUrl,
      });
      await migrate(database, 'broker', { '0001-initial': initial });
      await writeFirstLayout(database.db as Kysely<FirstLayout>);
      await database.close();

      const t = await startBrokerApp(kind, { storage });
      try {
        const get = async (url: string) =>
          (await t.app.inject({ method: 'GET', url: `/api/v1/broker${url}` })).json();
        expect(t.accountId).toBe('DEMO-ACCOUNT');
        expect(
          (await get('/orders')).map((o: { id: string; status: number }) => [o.id, o.status]),
        ).toEqual([
          ['1', OrderStatus.Filled],
          ['2', OrderStatus.Filled],
          ['3', OrderStatus.Working],
        ]);
        expect(await get('/executions/BTCUSD')).toHaveLength(2);
        expect(await get('/positions')).toEqual([
          expect.objectContaining({ symbol: 'BTCUSD', qty: 1, avgPrice: 100.1 }),
        ]);
        expect(await get('/equity')).toMatchObject({ balance: 100_000 + 25 - 1.5, realizedPL: 25 });
        expect(await get('/leverage/info?symbol=BTCUSD')).toMatchObject({ leverage: 5 });
        // The working limit is in the book again; ids go on after the highest.
        t.market.set('BTCUSD', 89.9, 90);
        await t.app.idle();
        expect((await get('/orders'))[2]).toMatchObject({
          status: OrderStatus.Filled,
          avgPrice: 90,
        });
        const placed = await t.app.inject({
          method: 'POST',
          url: '/api/v1/broker/orders',
          payload: { symbol: 'BTCUSD', type: OrderType.Market, side: Side.Sell, qty: 1 },
          headers: { 'idempotency-key': 'k-1' },
        });
        // The old key still answers its first order.
        expect(placed.json()).toEqual({ orderId: '1' });
        const fresh = await t.app.inject({
          method: 'POST',
          url: '/api/v1/broker/orders',
          payload: { symbol: 'BTCUSD', type: OrderType.Market, side: Side.Sell, qty: 1 },
        });
        expect(fresh.json()).toEqual({ orderId: '4' });
        expect((await get('/executions/BTCUSD')).at(-1)).toMatchObject({ id: '4', orderId: '4' });
      } finally {
        await t.close();
      }
    } finally {
      await storage.drop();
    }
  });
});
