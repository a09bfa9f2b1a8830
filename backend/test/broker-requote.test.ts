// A quote that crosses an order while the order's placement is being committed: the order was
// decided Working on the quote before, and the crossing quote found it not yet in the trigger
// board. It must fill on that quote once committed, not wait for a later one at another price.
// PostgreSQL holds the placement's transaction on a row lock the test takes, so the quote arrives
// exactly in that window, every run.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startBrokerApp } from './helpers/broker-app.js';
import { postgresAvailable } from './helpers/postgres.js';

const pgUp = await postgresAvailable();

describe.skipIf(!pgUp)('a quote arriving while an order is being committed', () => {
  it('fills the order on that quote once its placement commits', async () => {
    const broker = await startBrokerApp('postgres');
    const lock = new pg.Client({ connectionString: broker.storage.databaseUrl });
    await lock.connect();
    try {
      const { app, market, accountId } = broker;
      market.set('BTCUSD', 100, 101);
      const place = (payload: object) =>
        app.inject({ method: 'POST', url: '/api/v1/broker/orders', payload });
      // A resting order far away, so that the broker follows BTCUSD's quotes.
      expect(
        (
          await place({
            symbol: 'BTCUSD',
            side: Side.Buy,
            type: OrderType.Limit,
            qty: 1,
            limitPrice: 50,
          })
        ).statusCode,
      ).toBe(200);

      await lock.query('BEGIN');
      await lock.query('SELECT id FROM accounts WHERE id = $1 FOR UPDATE', [accountId]);
      // Decided Working on ask 101, then held on the account's row.
      const placing = place({
        symbol: 'BTCUSD',
        side: Side.Buy,
        type: OrderType.Limit,
        qty: 1,
        limitPrice: 100,
      });
      await expect
        .poll(async () => {
          const { rows } = await lock.query<{ n: string }>(
            "SELECT count(*) AS n FROM pg_locks WHERE NOT granted AND locktype = 'transactionid'",
          );
          return Number(rows[0]!.n);
        })
        .toBeGreaterThan(0);
      market.set('BTCUSD', 99, 99.5);
      await lock.query('COMMIT');
      const response = await placing;
      expect(response.statusCode, response.body).toBe(200);
      const { orderId } = response.json<{ orderId: string }>();

      await expect
        .poll(async () => {
          const orders = (await app.inject({ method: 'GET', url: '/api/v1/broker/orders' })).json<
            { id: string; status: number; avgPrice?: number }[]
          >();
          return orders.find((o) => o.id === orderId);
        })
        .toMatchObject({ status: OrderStatus.Filled, avgPrice: 99.5 });
    } finally {
      await lock.end();
      await broker.close();
    }
  });
});
