// The broker's streams over a real socket (docs/contract.md#websocket): updates after each commit, per account.
import { ConnectionStatus, OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrokerApp, type BrokerTestApp } from './helpers/broker-app.js';
import { buildTestApp, testConfig } from './helpers/test-app.js';
import { TestClient } from './helpers/ws-client.js';

let ACCOUNT: { accountId: string };
let t: BrokerTestApp;
let client: TestClient;
beforeAll(async () => {
  t = await startBrokerApp('sqlite');
  ACCOUNT = {
    accountId: (await t.app.inject({ method: 'GET', url: '/api/v1/broker/account' })).json<{
      id: string;
    }>().id,
  };
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  client = await TestClient.connect(
    `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/v1/broker/ws`,
  );
  for (const route of ['orders', 'positions', 'executions', 'equity', 'broker-connection']) {
    expect((await client.subscribe(route, ACCOUNT)).payload.status, route).toBe('ok');
  }
});
afterAll(async () => {
  client.close();
  await t.close();
});

const place = (order: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/broker/orders', payload: order });
const payloads = (route: string) =>
  client.updates(route).map((f) => f.payload.payload as Record<string, unknown>);

describe('broker streams', () => {
  it('report Connected while quotes reach the broker', async () => {
    const status = await client.nextOf('broker-connection.update');
    expect(status.payload.payload).toMatchObject({ status: ConnectionStatus.Connected });
  });

  it('send the equity at once on subscribing', async () => {
    const first = await client.nextOf('equity.update');
    expect(first.payload.payload).toMatchObject({ balance: 100_000, equity: 100_000 });
  });

  it('announce a fill as an order, an execution, a position and a new equity', async () => {
    const equityBefore = client.updates('equity').length;
    const response = await place({
      symbol: 'BTCUSD',
      type: OrderType.Market,
      side: Side.Buy,
      qty: 3,
    });
    const { orderId } = response.json<{ orderId: string }>();
    await client.until(
      () => payloads('executions').some((e) => e.orderId === orderId),
      2_000,
      'execution',
    );
    expect(payloads('orders').find((o) => o.id === orderId)).toMatchObject({
      status: OrderStatus.Filled,
      filledQty: 3,
    });
    expect(payloads('executions').find((e) => e.orderId === orderId)).toMatchObject({
      qty: 3,
      price: 100.1,
      side: Side.Buy,
    });
    expect(payloads('positions').at(-1)).toMatchObject({
      id: 'BTCUSD',
      qty: 3,
      side: Side.Buy,
      avgPrice: 100.1,
    });
    await client.until(
      () => client.updates('equity').length > equityBefore,
      2_000,
      'equity update',
    );
    expect(payloads('equity').at(-1)).toMatchObject({
      marginUsed: expect.closeTo((3 * 100) / 10, 6),
    });
  });

  it('announce a closed position with qty 0', async () => {
    await t.app.inject({ method: 'DELETE', url: '/api/v1/broker/positions/BTCUSD' });
    await client.until(() => payloads('positions').at(-1)?.qty === 0, 2_000, 'closed position');
  });

  it('push an open position again as its price moves its P&L, at most four times a second', async () => {
    await place({ symbol: 'AAPL', type: OrderType.Market, side: Side.Buy, qty: 10 });
    const aapl = () => payloads('positions').filter((p) => p.symbol === 'AAPL');
    await client.until(() => aapl().length > 0, 2_000, 'AAPL position');
    expect(aapl().at(-1)).toMatchObject({ qty: 10, avgPrice: 50.02 });

    // A burst of ticks: the P&L follows the bid (long), and reaches the client within ~250 ms.
    const before = aapl().length;
    const started = Date.now();
    for (let bid = 51; bid <= 55; bid++) t.market.set('AAPL', bid, bid + 0.02);
    await client.until(
      () => aapl().at(-1)?.unrealizedPl === Math.round((55 - 50.02) * 10 * 100) / 100,
      2_000,
      'marked to the last bid',
    );
    const pushes = aapl().length - before;
    expect(pushes).toBeGreaterThanOrEqual(1);
    expect(pushes).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 250) + 1);

    // A tick that leaves the P&L as it is pushes nothing.
    const settled = aapl().length;
    t.market.set('AAPL', 55, 55.05);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(aapl().length).toBe(settled);

    await t.app.inject({ method: 'DELETE', url: '/api/v1/broker/positions/AAPL' });
    await client.until(() => aapl().at(-1)?.qty === 0, 2_000, 'AAPL closed');
    t.market.set('AAPL', 50, 50.02);
  });

  it('keep the order of one topic’s events', async () => {
    const before = payloads('orders').length;
    for (let i = 0; i < 20; i++)
      await place({
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 1,
        limitPrice: 50 + i,
      });
    await client.until(() => payloads('orders').length >= before + 20, 2_000, '20 orders');
    const ids = payloads('orders')
      .slice(before)
      .map((o) => Number(o.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('refuse another account’s streams', async () => {
    const response = await client.subscribe('orders', { accountId: 'SOMEONE-ELSE' });
    expect(response.payload).toMatchObject({
      status: 'error',
      message: 'account SOMEONE-ELSE not found',
    });
  });
});

describe('quote subscriptions', () => {
  it('follow working orders and open positions, and end with them', async () => {
    expect(t.market.subscribers('AAPL')).toBe(0);
    const response = await place({
      symbol: 'AAPL',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 40,
    });
    const { orderId } = response.json<{ orderId: string }>();
    expect(t.market.subscribers('AAPL')).toBe(1);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/broker/orders/${orderId}` });
    expect(t.market.subscribers('AAPL')).toBe(0);
  });
});

describe('without market data in the process', () => {
  it('reports Disconnected with the reason, and refuses orders with 503', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-broker-alone-'));
    const alone = await buildTestApp({
      config: testConfig({ dataDir }),
      enabledModules: ['broker'],
    });
    try {
      await alone.listen({ port: 0, host: '127.0.0.1' });
      const ws = await TestClient.connect(
        `ws://127.0.0.1:${(alone.server.address() as AddressInfo).port}/api/v1/broker/ws`,
      );
      const own = (await alone.inject({ method: 'GET', url: '/api/v1/broker/account' })).json<{
        id: string;
      }>();
      await ws.subscribe('broker-connection', { accountId: own.id });
      const status = await ws.nextOf('broker-connection.update');
      expect(status.payload.payload).toMatchObject({
        status: ConnectionStatus.Disconnected,
        message: 'No market data reaches the broker: orders cannot be filled',
      });
      ws.close();
      const refused = await alone.inject({
        method: 'POST',
        url: '/api/v1/broker/orders',
        payload: { symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 },
      });
      expect(refused.statusCode).toBe(503);
      expect(refused.json()).toMatchObject({
        message: expect.stringMatching(/^Market data is unavailable/),
      });
      expect((await alone.inject({ method: 'GET', url: '/api/v1/broker/orders' })).json()).toEqual(
        [],
      );
    } finally {
      await alone.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('per account, in sequence', () => {
  it('number every push with its account’s change, and keep accounts apart', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/broker/accounts',
      payload: { name: 'Second' },
    });
    const second = { accountId: created.json<{ id: string }>().id };
    const other = await TestClient.connect(
      `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/v1/broker/ws`,
    );
    try {
      for (const route of ['orders', 'positions', 'executions', 'equity']) {
        expect((await other.subscribe(route, second)).payload.status).toBe('ok');
      }
      const firstEquity = await other.nextOf('equity.update');
      expect(firstEquity.payload).toMatchObject({ seq: 0 });
      const headers = { 'x-account-id': second.accountId };
      const placed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/broker/orders',
        payload: { symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1, stopLoss: 90 },
        headers,
      });
      const { orderId } = placed.json<{ orderId: string }>();
      await other.until(() => other.updates('executions').length > 0, 2_000, 'execution');
      // One change: its order, exit order, execution and position frames share seq 1.
      const frames = ['orders', 'executions', 'positions'].flatMap((r) => other.updates(r));
      expect(new Set(frames.map((f) => f.payload.seq))).toEqual(new Set([1]));
      expect(other.updates('orders').map((f) => (f.payload.payload as { id: string }).id)).toEqual([
        orderId,
        '2',
      ]);
      await other.until(
        () => other.updates('equity').some((f) => f.payload.seq === 1),
        2_000,
        'equity at seq 1',
      );
      // The first account's client heard nothing of the second account.
      expect(
        client.frames.filter((f) => String(f.payload.topic).includes(second.accountId)),
      ).toEqual([]);

      // A reset is change 2: the exit Canceled as reset, the position flat.
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/broker/accounts/${second.accountId}/reset`,
      });
      await other.until(
        () => other.updates('positions').some((f) => f.payload.seq === 2),
        2_000,
        'reset pushes',
      );
      expect(other.updates('orders').at(-1)!.payload).toMatchObject({
        seq: 2,
        payload: { id: '2', status: OrderStatus.Canceled, cancelReason: 'reset' },
      });
      expect(other.updates('positions').at(-1)!.payload).toMatchObject({
        seq: 2,
        payload: { qty: 0 },
      });
    } finally {
      other.close();
    }
  });
});
