// The headline path with the real market (no stand-in for it): a limit order placed over REST
// rests while the simulated price stays above it and fills when the simulator's own future path
// reaches it — chosen from that path, so the test is deterministic — and a WebSocket client hears
// the order, the execution, the position and the equity in causal order.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import {
  DEFAULT_MARKET_SEED,
  MarketSimulator,
  findInstrument,
  tickQuote,
  ticksToPrice,
} from '@trading-pro/market';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { buildTestApp, testConfig } from './helpers/test-app.js';
import { TestClient } from './helpers/ws-client.js';

/** A Tuesday noon: BTCUSD trades around the clock anyway. */
const T0 = Date.UTC(2026, 0, 6, 12);
const STEP_MS = 250;

/** The simulator's ask of BTCUSD at `t`, as the broker will see it. */
function askAt(t: number): number {
  const btc = findInstrument('BTCUSD')!;
  return ticksToPrice(btc, tickQuote(new MarketSimulator(DEFAULT_MARKET_SEED), btc, t).ask);
}

/** The lowest ask in (T0, T0 + 40 s] and the first instant it is reached. */
function futureLow(): { price: number; at: number } {
  let low = { price: Infinity, at: T0 };
  for (let t = T0 + STEP_MS; t <= T0 + 40_000; t += STEP_MS) {
    const ask = askAt(t);
    if (ask < low.price) low = { price: ask, at: t };
  }
  return low;
}

describe('a limit order on the simulated market', () => {
  let now = T0;
  let app: TypedApp;
  let client: TestClient;
  let dataDir: string;
  const quotesReceived = () => app.moduleStats().broker!.quotesReceived!;

  /** Moves the market's clock and waits until the broker has seen a quote of that instant. */
  async function moveTo(t: number): Promise<void> {
    now = t;
    const seen = quotesReceived();
    const deadline = Date.now() + 5_000;
    // Two quotes: the first may have been computed just before the clock moved.
    while (quotesReceived() < seen + 2) {
      if (Date.now() > deadline) throw new Error('no quote reached the broker');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await app.idle();
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-market-'));
    app = await buildTestApp({
      config: testConfig({ dataDir }),
      enabledModules: ['broker', 'datafeed'],
      clock: () => new Date(now),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    client = await TestClient.connect(
      `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/broker/ws`,
    );
  });
  afterAll(async () => {
    client.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('rests until the market reaches it, then fills, told in causal order', async () => {
    const low = futureLow();
    expect(askAt(T0)).toBeGreaterThan(low.price);
    const account = (await app.inject({ method: 'GET', url: '/api/v1/broker/account' })).json<{
      id: string;
    }>();
    for (const route of ['orders', 'executions', 'positions', 'equity']) {
      expect((await client.subscribe(route, { accountId: account.id })).payload.status).toBe('ok');
    }
    const placed = await app.inject({
      method: 'POST',
      url: '/api/v1/broker/orders',
      payload: {
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 0.01,
        limitPrice: low.price,
      },
    });
    expect(placed.statusCode).toBe(200);
    const { orderId } = placed.json<{ orderId: string }>();
    const order = async () =>
      (await app.inject({ method: 'GET', url: '/api/v1/broker/orders' }))
        .json<{ id: string; status: number; avgPrice: number }[]>()
        .find((o) => o.id === orderId)!;

    // Just before the market gets there: still working (after the engine went idle, not a sleep).
    await moveTo(low.at - STEP_MS);
    expect((await order()).status).toBe(OrderStatus.Working);

    await moveTo(low.at);
    expect(await order()).toMatchObject({ status: OrderStatus.Filled, avgPrice: low.price });
    await client.until(
      () => client.updates('equity').some((f) => Number(f.payload.seq) >= 2),
      3_000,
    );

    // Causal order: placing (change 1), then the fill (change 2) — its order, execution and
    // position frames — and an equity valued after it.
    const frames = client.frames
      .filter((f) => f.type.endsWith('.update'))
      .map((f) => ({
        route: f.type.split('.')[0],
        seq: Number(f.payload.seq),
        data: f.payload.payload,
      }));
    const seqs = frames.filter((f) => f.route !== 'equity').map((f) => f.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const fill = frames.filter((f) => f.seq === 2 && f.route !== 'equity').map((f) => f.route);
    expect(fill).toEqual(['orders', 'executions', 'positions']);
    expect(frames.find((f) => f.route === 'orders' && f.seq === 1)?.data).toMatchObject({
      id: orderId,
      status: OrderStatus.Working,
    });
    const executionAt = frames.findIndex((f) => f.route === 'executions');
    const equityAfter = frames.findIndex(
      (f, i) => f.route === 'equity' && f.seq >= 2 && i > executionAt,
    );
    expect(equityAfter).toBeGreaterThan(executionAt);
    expect(frames[equityAfter]!.data).toMatchObject({ marginUsed: expect.any(Number) });
  });
});
