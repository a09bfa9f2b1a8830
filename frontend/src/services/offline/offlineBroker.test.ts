// The offline demo's broker as an adapter around the shared engine (whose rules are tested in
// packages/contract/test/paper/engine): it keeps what the engine decides in Web Storage, tells
// the host with each push's seq, runs the market on a quarter-second tick, keeps several
// accounts and answers refusals with the backend's statuses.
import { ConnectionStatus, OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrokerRequestError } from '../broker.service';
import { createOfflineBroker, OFFLINE_ACCOUNT_NAME } from './offlineBroker';
import { LEDGER_STORAGE_KEY, V1_STORAGE_KEY } from './offlineLedger';
import { manualMarket, memoryStorage, recordingHost } from './offlineTestKit';

const NOW = Date.UTC(2026, 0, 5, 15);
beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => vi.useRealTimers());

const start = (options: Parameters<typeof createOfflineBroker>[1] = {}) => {
  const host = recordingHost();
  const market = manualMarket();
  const storage = memoryStorage();
  const broker = createOfflineBroker(host, { market, storage, ...options });
  return { host, market, storage, broker };
};
const buy = (qty: number, extra: object = {}) =>
  ({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty, ...extra }) as const;

describe('the offline demo broker', () => {
  it('is connected from the start, on its own account', async () => {
    const { host, broker } = start();
    expect(host.connections).toEqual([
      expect.objectContaining({
        status: ConnectionStatus.Connected,
        message: OFFLINE_ACCOUNT_NAME,
      }),
    ]);
    expect(await broker.accountsMetainfo()).toEqual([
      { id: 'offline-demo', name: OFFLINE_ACCOUNT_NAME, currency: 'USD' },
    ]);
    expect(await broker.equity()).toMatchObject({ balance: 100_000, equity: 100_000 });
  });

  it('tells the host what a command changed, each push with the change’s seq', async () => {
    const { host, broker } = start();
    const { orderId } = await broker.placeOrder(buy(2, { stopLoss: 90 }));
    expect(host.orders.map((o) => [o.id, o.status])).toEqual([
      [orderId, OrderStatus.Filled],
      ['2', OrderStatus.Working],
    ]);
    expect(host.executions).toEqual([expect.objectContaining({ orderId, price: 100.1, qty: 2 })]);
    expect(host.positions).toEqual([
      expect.objectContaining({ symbol: 'BTCUSD', qty: 2, stopLoss: 90 }),
    ]);
    expect(host.equities.at(-1)).toMatchObject({ marginUsed: 20 });
    expect(new Set(host.seqs)).toEqual(new Set([1]));
  });

  it('fills a working order when the market reaches it, on its tick', async () => {
    const { host, market, broker } = start();
    const { orderId } = await broker.placeOrder({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 95,
    });
    vi.advanceTimersByTime(1_000);
    expect(host.executions).toEqual([]);
    market.set('BTCUSD', 94.8, 94.9);
    vi.advanceTimersByTime(250);
    expect(host.orders.at(-1)).toMatchObject({
      id: orderId,
      status: OrderStatus.Filled,
      avgPrice: 94.9,
    });
    // Open positions are revalued as the price moves: the P&L is pushed again.
    const pushed = host.positions.length;
    market.set('BTCUSD', 99, 99.1);
    vi.advanceTimersByTime(250);
    expect(host.positions.length).toBe(pushed + 1);
    expect(host.positions.at(-1)!.unrealizedPl).toBeCloseTo(99 - 94.9, 8);
  });

  it('refuses as the backend does: 400 invalid, 404 unknown, 409 finished', async () => {
    const { broker } = start();
    const refusal = async (promise: Promise<unknown>) => {
      const error = await promise.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BrokerRequestError);
      return [(error as BrokerRequestError).status, (error as Error).message];
    };
    expect(await refusal(broker.placeOrder(buy(Number.NaN)))).toEqual([
      400,
      'qty: must be greater than 0, got NaN',
    ]);
    expect(await refusal(broker.cancelOrder('9'))).toEqual([404, 'Unknown order 9']);
    const { orderId } = await broker.placeOrder(buy(1));
    expect(await refusal(broker.cancelOrder(orderId))).toEqual([
      409,
      'Order 1 is Filled, not Working',
    ]);
    expect(await refusal(broker.closePosition('AAPL'))).toEqual([
      404,
      'No open position in "AAPL"',
    ]);
    expect(await broker.previewOrder(buy(0.00001))).toMatchObject({
      errors: ['qty: 0.00001 is below the minimum 0.0001 for BTCUSD'],
    });
  });

  it('answers a placement retried with its confirmation id with the first order', async () => {
    const { broker } = start();
    const first = await broker.placeOrder(buy(1), 'confirm-1');
    expect(await broker.placeOrder(buy(1), 'confirm-1')).toEqual(first);
    expect(await broker.orders()).toHaveLength(1);
  });

  it('saves after every change and restores everything on creation', async () => {
    const { broker, storage, market } = start();
    await broker.placeOrder(buy(1, { stopLoss: 90 }));
    await broker.placeOrder({
      symbol: 'AAPL',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 40,
    });
    broker.destroy();
    const again = createOfflineBroker(recordingHost(), { market, storage });
    expect(await again.snapshot()).toEqual(await broker.snapshot());
    // The restored working order is in the book: the market reaching it fills it.
    market.set('AAPL', 39.9, 40);
    vi.advanceTimersByTime(250);
    expect((await again.orders()).find((o) => o.symbol === 'AAPL')?.status).toBe(
      OrderStatus.Filled,
    );
  });

  it('starts afresh over a corrupt saved value, and keeps trading when storage refuses', async () => {
    const corrupt = memoryStorage({
      [LEDGER_STORAGE_KEY]: '{"version":2,"current":"x","accounts":[]}',
    });
    const fresh = createOfflineBroker(recordingHost(), {
      market: manualMarket(),
      storage: corrupt,
    });
    expect(await fresh.equity()).toMatchObject({ balance: 100_000 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const broker = createOfflineBroker(recordingHost(), {
      market: manualMarket(),
      storage: refusing,
    });
    await broker.placeOrder(buy(1));
    await broker.placeOrder(buy(1));
    expect(await broker.positions()).toEqual([expect.objectContaining({ qty: 2 })]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('carries over the first version’s account', async () => {
    const storage = memoryStorage({
      [V1_STORAGE_KEY]: JSON.stringify({
        version: 1,
        nextOrderId: 3,
        nextExecutionId: 2,
        deposit: 50_000,
        realizedPL: 12,
        commissions: 1,
        orders: [
          {
            id: '1',
            symbol: 'BTCUSD',
            type: 2,
            side: 1,
            qty: 1,
            status: 2,
            filledQty: 1,
            avgPrice: 100,
            updateTime: 5,
          },
          {
            id: '2',
            symbol: 'BTCUSD',
            type: 1,
            side: 1,
            qty: 1,
            status: 6,
            filledQty: 0,
            avgPrice: 0,
            updateTime: 6,
            limitPrice: 80,
          },
        ],
        positions: { BTCUSD: { qty: 1, avgPrice: 100 } },
        executions: [
          {
            id: '1',
            orderId: '1',
            symbol: 'BTCUSD',
            price: 100,
            qty: 1,
            side: 1,
            time: 5,
            commission: 1,
          },
        ],
        leverage: {},
      }),
    });
    const broker = createOfflineBroker(recordingHost(), { market: manualMarket(), storage });
    const snapshot = await broker.snapshot();
    expect(snapshot.orders.map((o) => [o.id, o.status])).toEqual([
      ['1', OrderStatus.Filled],
      ['2', OrderStatus.Working],
    ]);
    expect(snapshot.positions).toEqual([expect.objectContaining({ qty: 1, avgPrice: 100 })]);
    expect(snapshot.equity.balance).toBe(50_000 + 12 - 1);
    expect((await broker.placeOrder(buy(1))).orderId).toBe('3');
  });

  it('keeps several accounts: each trades, only the current one pushes', async () => {
    const { broker, host, market } = start();
    const second = await broker.createAccount({ name: 'Swing', deposit: 10_000 });
    await broker.placeOrder({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 95,
    });
    await broker.setCurrentAccount(second.id);
    expect(host.fullUpdates).toBe(1);
    expect(broker.currentAccount()).toBe(second.id);
    expect(await broker.equity()).toMatchObject({ balance: 10_000 });
    const before = host.orders.length;
    // The first account's limit still fills while another is shown — silently.
    market.set('BTCUSD', 94.8, 94.9);
    vi.advanceTimersByTime(250);
    expect(host.orders.length).toBe(before);
    await broker.setCurrentAccount('offline-demo');
    expect((await broker.orders())[0]).toMatchObject({ status: OrderStatus.Filled });

    expect(await broker.renameAccount(second.id, 'Swing trades')).toMatchObject({
      name: 'Swing trades',
    });
    await broker.resetAccount('offline-demo');
    expect(await broker.snapshot()).toMatchObject({ orders: [], positions: [], executions: [] });
    await broker.deleteAccount('offline-demo');
    expect(broker.currentAccount()).toBe(second.id);
    await expect(broker.deleteAccount(second.id)).rejects.toMatchObject({ status: 409 });
  });

  it('describes its ticket from the shared policy', async () => {
    const { broker } = start();
    const config = await broker.config();
    expect(config.durations.map((d) => d.value)).toEqual(['GTC', 'DAY', 'GTD', 'IOC', 'FOK']);
    expect(config.leverage).toEqual({ min: 1, max: 100, step: 1, default: 10 });
  });

  it('stops pushing once destroyed', async () => {
    const { broker, host, market } = start();
    await broker.placeOrder({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 95,
    });
    broker.destroy();
    const before = host.orders.length;
    market.set('BTCUSD', 94, 94.1);
    vi.advanceTimersByTime(1_000);
    expect(host.orders.length).toBe(before);
    await expect(broker.placeOrder(buy(1))).rejects.toMatchObject({ status: 409 });
  });
});
