import {
  ConnectionStatus,
  OrderStatus,
  OrderType,
  ParentType,
  Side,
  StopType,
} from '@trading-pro/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrokerRequestError, type BrokerService } from '../broker.service';
import type { Order, PreOrder } from '../../types/broker';
import { BROKER_STORAGE_KEY } from './brokerState';
import { createOfflineBroker, type OfflineBrokerOptions } from './offlineBroker';
import {
  manualFeed,
  memoryStorage,
  recordingHost,
  settle,
  type ManualFeed,
  type MemoryStorage,
  type RecordingHost,
} from './offlineTestKit';

const NOW = Date.UTC(2024, 4, 15, 13, 47, 23);

let now: number;
let feed: ManualFeed;
let host: RecordingHost;
let storage: MemoryStorage;
let broker: BrokerService;

function create(options: OfflineBrokerOptions = {}): BrokerService {
  return createOfflineBroker(host, feed, { clock: () => now, storage, ...options });
}

beforeEach(() => {
  now = NOW;
  feed = manualFeed();
  feed.setQuote('AAPL', 100, 100.1);
  feed.setQuote('MSFT', 400, 400.2);
  feed.setQuote('BTCUSD', 65000, 65010);
  feed.setQuote('EURUSD', 1.085, 1.08508);
  host = recordingHost();
  storage = memoryStorage();
  broker = create();
});

afterEach(() => broker.destroy());

const market = (side: Side, qty: number, extra: Partial<PreOrder> = {}): PreOrder => ({
  symbol: 'AAPL',
  type: OrderType.Market,
  side,
  qty,
  ...extra,
});
const buy = (qty: number, extra: Partial<PreOrder> = {}) => market(Side.Buy, qty, extra);
const sell = (qty: number, extra: Partial<PreOrder> = {}) => market(Side.Sell, qty, extra);

/** A quote tick for `symbol`, processed to the end. */
async function tick(symbol: string, bid: number, ask: number) {
  now += 1000;
  feed.setQuote(symbol, bid, ask);
  feed.tick();
  await settle();
}

async function order(id: string): Promise<Order> {
  const found = (await broker.orders()).find((o) => o.id === id);
  if (found === undefined) throw new Error(`no order ${id}`);
  return found;
}

async function position(symbol = 'AAPL') {
  return (await broker.positions()).find((p) => p.symbol === symbol);
}

async function rejection(promise: Promise<unknown>): Promise<BrokerRequestError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BrokerRequestError);
    return error as BrokerRequestError;
  }
  throw new Error('expected the request to be refused');
}

describe('account', () => {
  it('is connected from the start, as the offline demo account', async () => {
    expect(host.connections).toEqual([
      { status: ConnectionStatus.Connected, message: 'Offline demo account', timestamp: NOW },
    ]);
    expect(broker.connectionStatus()).toBe(ConnectionStatus.Connected);
    expect(await broker.accountsMetainfo()).toEqual([
      { id: 'offline-demo', name: 'Offline demo', currency: 'USD' },
    ]);
    expect(broker.currentAccount()).toBe('offline-demo');
    expect(await broker.equity()).toEqual({
      balance: 100000,
      equity: 100000,
      unrealizedPL: 0,
      realizedPL: 0,
      marginUsed: 0,
      marginAvailable: 100000,
    });
  });
});

describe('market orders', () => {
  it('buy at the ask, with commission, and mark the long at the bid', async () => {
    const { orderId } = await broker.placeOrder(buy(10));
    expect(orderId).toBe('1');
    expect(await order('1')).toMatchObject({
      status: OrderStatus.Filled,
      filledQty: 10,
      avgPrice: 100.1,
      updateTime: NOW,
    });
    const [execution] = await broker.executions('AAPL');
    expect(execution).toEqual({
      id: '1',
      orderId: '1',
      symbol: 'AAPL',
      price: 100.1,
      qty: 10,
      side: Side.Buy,
      time: NOW,
      commission: 0.5005,
    });
    expect(await position()).toEqual({
      id: 'AAPL',
      symbol: 'AAPL',
      qty: 10,
      side: Side.Buy,
      avgPrice: 100.1,
      unrealizedPl: -1,
    });
    const equity = await broker.equity();
    expect(equity).toEqual({
      balance: 99999.4995,
      equity: 99998.4995,
      unrealizedPL: -1,
      realizedPL: 0,
      marginUsed: 1000,
      marginAvailable: 98998.4995,
    });
    // The host heard every change once, in order.
    expect(host.orders.map((o) => o.status)).toEqual([OrderStatus.Filled]);
    expect(host.executions).toHaveLength(1);
    expect(host.positions.map((p) => p.qty)).toEqual([10]);
    expect(host.equities.at(-1)).toEqual(equity);
  });

  it('sell at the bid and mark the short at the ask', async () => {
    await broker.placeOrder(sell(4));
    expect((await broker.executions('AAPL'))[0]!.price).toBe(100);
    expect(await position()).toMatchObject({ qty: 4, side: Side.Sell, avgPrice: 100 });
    await tick('AAPL', 99, 99.5);
    expect((await position())!.unrealizedPl).toBe(2); // (100 − 99.5) × 4
  });

  it('fetch a quote first for a symbol not followed yet, then follow it', async () => {
    expect(feed.subscriptions()).toEqual([]);
    await broker.placeOrder(buy(1, { symbol: 'msft' }));
    expect((await broker.executions('MSFT'))[0]!.price).toBe(400.2);
    expect(feed.subscriptions()).toEqual([['MSFT']]);
  });
});

describe('working orders', () => {
  it('a buy limit waits for the ask to reach it and fills at the ask', async () => {
    const { orderId } = await broker.placeOrder(buy(5, { type: OrderType.Limit, limitPrice: 99 }));
    expect((await order(orderId)).status).toBe(OrderStatus.Working);
    expect(feed.subscriptions()).toEqual([['AAPL']]);
    await tick('AAPL', 99.05, 99.15);
    expect((await order(orderId)).status).toBe(OrderStatus.Working);
    await tick('AAPL', 98.8, 98.9);
    expect(await order(orderId)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 98.9 });
  });

  it('a sell limit fills at the bid once the bid reaches it', async () => {
    const { orderId } = await broker.placeOrder(
      sell(5, { type: OrderType.Limit, limitPrice: 101 }),
    );
    await tick('AAPL', 100.9, 101);
    expect((await order(orderId)).status).toBe(OrderStatus.Working);
    await tick('AAPL', 101.2, 101.3);
    expect(await order(orderId)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 101.2 });
  });

  it('a limit through the market fills at once, at the better market price', async () => {
    const { orderId } = await broker.placeOrder(buy(1, { type: OrderType.Limit, limitPrice: 105 }));
    expect(await order(orderId)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 100.1 });
  });

  it('a buy stop fires when the ask reaches it and fills at the ask', async () => {
    const { orderId } = await broker.placeOrder(buy(2, { type: OrderType.Stop, stopPrice: 102 }));
    await tick('AAPL', 101.5, 101.6);
    expect((await order(orderId)).status).toBe(OrderStatus.Working);
    await tick('AAPL', 102.2, 102.3);
    expect(await order(orderId)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 102.3 });
  });

  it('a sell stop fires when the bid falls to it and fills at the bid, gaps included', async () => {
    const { orderId } = await broker.placeOrder(sell(2, { type: OrderType.Stop, stopPrice: 98 }));
    await tick('AAPL', 98.01, 98.11);
    expect((await order(orderId)).status).toBe(OrderStatus.Working);
    await tick('AAPL', 97.5, 97.6);
    expect(await order(orderId)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 97.5 });
  });

  it('a stop-limit becomes a limit when its stop fires, and the trigger survives a reload', async () => {
    const { orderId } = await broker.placeOrder(
      buy(3, { type: OrderType.StopLimit, stopPrice: 102, limitPrice: 102.5 }),
    );
    await tick('AAPL', 102.9, 103); // stop reached, but above the limit
    expect((await order(orderId)).status).toBe(OrderStatus.Working);
    await tick('AAPL', 101, 101.1); // back below the stop: a limit now, so it fills
    expect(await order(orderId)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 101.1 });

    const second = await broker.placeOrder(
      buy(1, { type: OrderType.StopLimit, stopPrice: 103, limitPrice: 103.2 }),
    );
    await tick('AAPL', 103.4, 103.5);
    broker.destroy();
    broker = create();
    await tick('AAPL', 103.1, 103.2);
    expect(await order(second.orderId)).toMatchObject({
      status: OrderStatus.Filled,
      avgPrice: 103.2,
    });
  });

  it('modify moves a working order; cancel ends it; neither touches a finished one', async () => {
    const { orderId } = await broker.placeOrder(buy(5, { type: OrderType.Limit, limitPrice: 95 }));
    await broker.modifyOrder(orderId, buy(6, { type: OrderType.Limit, limitPrice: 96 }));
    expect(await order(orderId)).toMatchObject({ qty: 6, limitPrice: 96 });
    await broker.cancelOrder(orderId);
    expect((await order(orderId)).status).toBe(OrderStatus.Canceled);
    expect(feed.subscriptions()).toEqual([]);

    const conflict = await rejection(broker.cancelOrder(orderId));
    expect(conflict.status).toBe(409);
    expect(conflict.message).toBe(`Order ${orderId} is Canceled, not Working`);
    expect((await rejection(broker.modifyOrder(orderId, buy(1)))).status).toBe(409);
    expect((await rejection(broker.cancelOrder('999'))).status).toBe(404);
    expect((await rejection(broker.modifyOrder('999', buy(1)))).status).toBe(404);
  });

  it('modify refuses to change side or type, and fills an order moved through the market', async () => {
    const { orderId } = await broker.placeOrder(buy(5, { type: OrderType.Limit, limitPrice: 95 }));
    const side = await rejection(
      broker.modifyOrder(orderId, sell(5, { type: OrderType.Limit, limitPrice: 95 })),
    );
    expect([side.status, side.message]).toEqual([400, "side: an order's side cannot change"]);
    expect((await rejection(broker.modifyOrder(orderId, buy(5)))).message).toMatch(/^type:/);
    await broker.modifyOrder(orderId, buy(5, { type: OrderType.Limit, limitPrice: 100.5 }));
    expect(await order(orderId)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 100.1 });
  });
});

describe('brackets', () => {
  it('become a stop-loss Stop and a take-profit Limit on the position, one cancelling the other', async () => {
    await broker.placeOrder(buy(10, { stopLoss: 95, takeProfit: 110 }));
    const exits = (await broker.orders()).filter((o) => o.parentId === 'AAPL');
    expect(exits).toEqual([
      expect.objectContaining({
        type: OrderType.Limit,
        side: Side.Sell,
        qty: 10,
        limitPrice: 110,
        status: OrderStatus.Working,
        parentType: ParentType.Position,
      }),
      expect.objectContaining({
        type: OrderType.Stop,
        side: Side.Sell,
        qty: 10,
        stopPrice: 95,
        stopType: StopType.StopLoss,
        parentType: ParentType.Position,
      }),
    ]);
    expect(await position()).toMatchObject({ stopLoss: 95, takeProfit: 110 });

    await tick('AAPL', 110.2, 110.3);
    const [target, stop] = [await order(exits[0]!.id), await order(exits[1]!.id)];
    expect(target).toMatchObject({ status: OrderStatus.Filled, avgPrice: 110.2 });
    expect(stop.status).toBe(OrderStatus.Canceled);
    expect(await position()).toBeUndefined();
    expect(host.positions.at(-1)).toMatchObject({ id: 'AAPL', qty: 0 });
    expect((await broker.equity()).realizedPL).toBeCloseTo(101, 8); // (110.2 − 100.1) × 10
  });

  it('a stop-loss exit closes the position and cancels the take-profit', async () => {
    await broker.placeOrder(sell(4, { stopLoss: 103, takeProfit: 90 }));
    await tick('AAPL', 103, 103.1);
    const orders = await broker.orders();
    expect(orders.filter((o) => o.status === OrderStatus.Working)).toEqual([]);
    expect(orders.find((o) => o.type === OrderType.Stop)).toMatchObject({
      status: OrderStatus.Filled,
      side: Side.Buy,
      avgPrice: 103.1,
    });
    expect(await position()).toBeUndefined();
  });

  it("follow the position's quantity", async () => {
    await broker.placeOrder(buy(10, { stopLoss: 95 }));
    await broker.placeOrder(buy(5));
    const exitQty = async () =>
      (await broker.orders()).find((o) => o.parentId === 'AAPL' && o.status === OrderStatus.Working)
        ?.qty;
    expect(await exitQty()).toBe(15);
    await broker.closePosition('AAPL', 12);
    expect(await exitQty()).toBe(3);
  });

  it('are cancelled when the position reverses', async () => {
    await broker.placeOrder(buy(10, { stopLoss: 95, takeProfit: 110 }));
    await broker.placeOrder(sell(15));
    expect(await position()).toMatchObject({ qty: 5, side: Side.Sell });
    expect((await broker.orders()).filter((o) => o.status === OrderStatus.Working)).toEqual([]);
    const shown = await position();
    expect(shown?.stopLoss).toBeUndefined();
    expect(shown?.takeProfit).toBeUndefined();
  });

  it('a trailing stop follows the price up, never down, and fills when the bid falls to it', async () => {
    await broker.placeOrder(buy(1, { trailingStopPips: 50 })); // AAPL pip = 0.01 → 0.50
    const trailing = async () =>
      (await broker.orders()).find((o) => o.stopType === StopType.TrailingStop)!;
    expect((await trailing()).stopPrice).toBe(99.5);
    expect(await position()).toMatchObject({ trailingStopPips: 50 });
    await tick('AAPL', 101, 101.1);
    expect((await trailing()).stopPrice).toBe(100.5);
    await tick('AAPL', 100.8, 100.9);
    expect((await trailing()).stopPrice).toBe(100.5);
    await tick('AAPL', 100.4, 100.5);
    expect(await trailing()).toMatchObject({ status: OrderStatus.Filled, avgPrice: 100.4 });
    expect(await position()).toBeUndefined();
  });

  it('a forex trailing stop counts pips of ten ticks', async () => {
    await broker.placeOrder({ ...buy(1000, { trailingStopPips: 20 }), symbol: 'EURUSD' });
    const stop = (await broker.orders()).find((o) => o.stopType === StopType.TrailingStop)!;
    expect(stop.stopPrice).toBe(1.083); // bid 1.085 − 20 × 0.0001
  });

  it('editPositionBrackets replaces the whole set', async () => {
    await broker.placeOrder(buy(10, { stopLoss: 95, takeProfit: 110 }));
    await broker.editPositionBrackets('AAPL', { takeProfit: 112 });
    const working = (await broker.orders()).filter((o) => o.status === OrderStatus.Working);
    expect(working).toHaveLength(1);
    expect(working[0]).toMatchObject({ type: OrderType.Limit, limitPrice: 112, qty: 10 });
    expect(await position()).toMatchObject({ takeProfit: 112 });
    expect((await position())!.stopLoss).toBeUndefined();

    const wrong = await rejection(broker.editPositionBrackets('AAPL', { stopLoss: 100.5 }));
    expect(wrong.status).toBe(400);
    // The backend's rule, shared: a position's exits are judged like a market order's brackets.
    expect(wrong.message).toBe('stopLoss: 100.5 must be below 100.1 (the ask) for a buy');
    expect((await rejection(broker.editPositionBrackets('MSFT', {}))).status).toBe(404);
  });

  it('on the wrong side are refused, judged against the ask, the bid or the limit', async () => {
    const stop = await rejection(broker.placeOrder(buy(1, { stopLoss: 100.1 })));
    expect([stop.status, stop.message]).toEqual([
      400,
      'stopLoss: 100.1 must be below 100.1 (the ask) for a buy',
    ]);
    const target = await rejection(broker.placeOrder(sell(1, { takeProfit: 100 })));
    expect(target.message).toBe('takeProfit: 100 must be below 100 (the bid) for a sell');
    // A buy limit at 95: a stop at 96 is below the ask but above the entry.
    const limit = await rejection(
      broker.placeOrder(buy(1, { type: OrderType.Limit, limitPrice: 95, stopLoss: 96 })),
    );
    expect(limit.message).toBe('stopLoss: 96 must be below 95 (the limit price) for a buy');
    expect(await broker.orders()).toEqual([]);
  });
});

describe('netting', () => {
  it('averages when adding, realises when reducing, reverses at the fill price', async () => {
    await broker.placeOrder(buy(10)); // @ 100.1
    await tick('AAPL', 102, 102.1);
    await broker.placeOrder(buy(10)); // @ 102.1
    expect(await position()).toMatchObject({ qty: 20, side: Side.Buy, avgPrice: 101.1 });

    await tick('AAPL', 103, 103.1);
    await broker.placeOrder(sell(5)); // @ 103: realises (103 − 101.1) × 5
    expect(await position()).toMatchObject({ qty: 15, avgPrice: 101.1 });
    expect((await broker.equity()).realizedPL).toBeCloseTo(9.5, 8);

    await tick('AAPL', 99, 99.1);
    await broker.placeOrder(sell(25)); // @ 99: realises (99 − 101.1) × 15, then short 10 @ 99
    expect(await position()).toMatchObject({ qty: 10, side: Side.Sell, avgPrice: 99 });
    expect((await broker.equity()).realizedPL).toBeCloseTo(9.5 - 31.5, 8);
  });

  it('closePosition closes all or part, never reverses, and checks the amount', async () => {
    await broker.placeOrder(buy(10));
    for (const amount of [0, -1, Number.NaN, 11]) {
      const error = await rejection(broker.closePosition('AAPL', amount));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/^amount: /);
    }
    expect((await rejection(broker.closePosition('MSFT'))).status).toBe(404);
    await broker.closePosition('AAPL', 4);
    expect(await position()).toMatchObject({ qty: 6, side: Side.Buy });
    await broker.closePosition('AAPL');
    expect(await position()).toBeUndefined();
    expect(host.positions.at(-1)).toMatchObject({ id: 'AAPL', qty: 0 });
    const closes = (await broker.orders()).slice(1);
    expect(closes.map((o) => [o.side, o.qty, o.avgPrice])).toEqual([
      [Side.Sell, 4, 100],
      [Side.Sell, 6, 100],
    ]);
    expect(feed.subscriptions()).toEqual([]);
  });
});

describe('accounting', () => {
  it('keeps balance, equity, P&L and margin consistent through any sequence of trades', async () => {
    const symbols = ['AAPL', 'MSFT', 'EURUSD'] as const;
    const qtys = { AAPL: [3, 7, 12, 5], MSFT: [1, 4, 2], EURUSD: [1000, 2500, 700] };
    await broker.setLeverage({
      symbol: 'MSFT',
      orderType: OrderType.Market,
      side: Side.Buy,
      leverage: 4,
    });
    const leverage = { AAPL: 1, MSFT: 4, EURUSD: 1 };
    const quotes = {
      AAPL: { bid: 100, ask: 100.1 },
      MSFT: { bid: 400, ask: 400.2 },
      EURUSD: { bid: 1.085, ask: 1.08508 },
    };
    let step = 0;
    for (let round = 0; round < 12; round++) {
      for (const symbol of symbols) {
        step++;
        const mid = { AAPL: 100, MSFT: 400, EURUSD: 1.085 }[symbol];
        const tickSize = symbol === 'EURUSD' ? 0.00001 : 0.01;
        const move = Math.round(Math.sin(step * 1.7) * 300) * tickSize;
        const bid = Number((mid + move).toFixed(5));
        const ask = Number((bid + tickSize * 3).toFixed(5));
        await tick(symbol, bid, ask);
        quotes[symbol] = { bid, ask };
        const list = qtys[symbol];
        const qty = list[step % list.length]!;
        await broker.placeOrder({ ...(step % 5 < 2 ? sell(qty) : buy(qty)), symbol });

        const equity = await broker.equity();
        const positions = await broker.positions();
        const executions = (await Promise.all(symbols.map((s) => broker.executions(s)))).flat();
        const commissions = executions.reduce((sum, e) => sum + e.commission, 0);
        expect(equity.balance).toBeCloseTo(100000 + equity.realizedPL - commissions, 6);
        expect(equity.equity).toBeCloseTo(equity.balance + equity.unrealizedPL, 6);
        expect(equity.unrealizedPL).toBeCloseTo(
          positions.reduce((sum, p) => sum + p.unrealizedPl, 0),
          6,
        );
        expect(equity.marginAvailable).toBeCloseTo(equity.equity - equity.marginUsed, 6);
        // Margin: |qty × mark| / leverage, longs marked at the bid and shorts at the ask.
        const margin = positions.reduce((sum, p) => {
          const s = p.symbol as (typeof symbols)[number];
          const mark = p.side === Side.Buy ? quotes[s].bid : quotes[s].ask;
          return sum + (p.qty * mark) / leverage[s];
        }, 0);
        expect(equity.marginUsed).toBeCloseTo(margin, 6);
        for (const s of symbols) {
          const net = executions
            .filter((e) => e.symbol === s)
            .reduce((sum, e) => sum + e.side * e.qty, 0);
          const p = positions.find((x) => x.symbol === s);
          expect(p === undefined ? 0 : p.side * p.qty).toBeCloseTo(net, 8);
        }
      }
    }
    expect((await broker.positions()).length).toBeGreaterThan(0);
    expect((await broker.equity()).realizedPL).not.toBe(0);
  });

  it('pushes equity on every tick while a position is open', async () => {
    await broker.placeOrder(buy(10));
    await settle(); // the new quote subscription's first push
    const before = host.equities.length;
    await tick('AAPL', 100.5, 100.6);
    await tick('AAPL', 100.7, 100.8);
    expect(host.equities.length).toBe(before + 2);
    expect(host.equities.at(-1)).toMatchObject({ unrealizedPL: 6, marginUsed: 1007 });
    expect(host.positions.at(-1)).toMatchObject({ unrealizedPl: 6 });
  });
});

describe('margin', () => {
  it('rejects an order that would leave negative margin available, with the reason', async () => {
    broker.destroy();
    broker = create({ initialDeposit: 1000, storage: null });
    const { orderId } = await broker.placeOrder(buy(100));
    const rejected = await order(orderId);
    expect(rejected.status).toBe(OrderStatus.Rejected);
    expect(rejected.rejectReason).toBe(
      'Insufficient margin: order needs 10,015.01 USD, 1,000.00 available',
    );
    expect(await broker.executions('AAPL')).toEqual([]);
    expect(host.orders.at(-1)).toMatchObject({ id: orderId, status: OrderStatus.Rejected });

    // With leverage 20 the same order needs 500.50 + 5.01 commission.
    await broker.setLeverage({
      symbol: 'AAPL',
      orderType: OrderType.Market,
      side: Side.Buy,
      leverage: 20,
    });
    const accepted = await broker.placeOrder(buy(100));
    expect((await order(accepted.orderId)).status).toBe(OrderStatus.Filled);
    expect((await broker.equity()).marginUsed).toBe(500);

    // Reducing is always allowed, even when the account is under water.
    await tick('AAPL', 80, 80.1);
    expect((await broker.equity()).marginAvailable).toBeLessThan(0);
    await broker.closePosition('AAPL', 50);
    expect(await position()).toMatchObject({ qty: 50 });
  });

  it('rejects a working order at fill time when the account can no longer afford it', async () => {
    broker.destroy();
    broker = create({ initialDeposit: 1000, storage: null });
    const { orderId } = await broker.placeOrder(buy(9, { type: OrderType.Limit, limitPrice: 99 }));
    await broker.placeOrder(buy(1, { symbol: 'MSFT' })); // 400.2 of margin used elsewhere
    await tick('AAPL', 98.9, 99);
    expect(await order(orderId)).toMatchObject({
      status: OrderStatus.Rejected,
      rejectReason: expect.stringMatching(/^Insufficient margin/),
    });
  });

  it('leverage: 1 by default, 1–20 in steps of 1, crypto at most 5', async () => {
    const params = { orderType: OrderType.Market, side: Side.Buy };
    expect(await broker.leverageInfo({ ...params, symbol: 'AAPL' })).toEqual({
      title: 'Leverage for AAPL',
      leverage: 1,
      min: 1,
      max: 20,
      step: 1,
    });
    expect((await broker.leverageInfo({ ...params, symbol: 'BTCUSD' })).max).toBe(5);
    const tooHigh = await rejection(
      broker.setLeverage({ ...params, symbol: 'BTCUSD', leverage: 10 }),
    );
    expect([tooHigh.status, tooHigh.message]).toEqual([
      400,
      'leverage: 10 must be a whole number from 1 to 5 for BTCUSD',
    ]);
    expect(
      (await rejection(broker.setLeverage({ ...params, symbol: 'AAPL', leverage: 1.5 }))).status,
    ).toBe(400);
    expect(await broker.setLeverage({ ...params, symbol: 'AAPL', leverage: 10 })).toEqual({
      leverage: 10,
    });
    expect((await broker.leverageInfo({ ...params, symbol: 'AAPL' })).leverage).toBe(10);
    expect(await broker.previewLeverage({ ...params, symbol: 'AAPL', leverage: 15 })).toEqual({
      infos: ['Leverage of AAPL: 10 → 15'],
      warnings: ['Leverage above 10 magnifies losses as much as gains'],
      errors: [],
    });
    expect(
      (await broker.previewLeverage({ ...params, symbol: 'AAPL', leverage: 0 })).errors,
    ).toHaveLength(1);
  });
});

describe('leverage and margin', () => {
  it('refuses a lowering that leaves negative margin available, and allows a raise out of a shortfall', async () => {
    broker.destroy();
    broker = create({ initialDeposit: 1_000 });
    const params = { orderType: OrderType.Market, side: Side.Buy, symbol: 'AAPL' };
    await broker.setLeverage({ ...params, leverage: 10 });
    await broker.placeOrder(buy(90)); // 9,009 USD of AAPL on about 900 of margin
    const lower = await rejection(broker.setLeverage({ ...params, leverage: 1 }));
    expect([lower.status, lower.message]).toEqual([
      400,
      expect.stringMatching(
        /^leverage: 1 would need 9,000\.00 USD of margin, more than the equity of/,
      ),
    ]);
    await tick('AAPL', 92, 92.1); // a loss: margin available goes below 0
    expect((await broker.equity()).marginAvailable).toBeLessThan(0);
    expect(await broker.setLeverage({ ...params, leverage: 20 })).toEqual({ leverage: 20 });
  });
});

describe('validation', () => {
  const cases: [string, PreOrder, RegExp][] = [
    ['zero qty', buy(0), /^qty: /],
    ['negative qty', buy(-1), /^qty: /],
    ['NaN qty', buy(Number.NaN), /^qty: /],
    ['infinite qty', buy(Number.POSITIVE_INFINITY), /^qty: /],
    ['limit without limitPrice', buy(1, { type: OrderType.Limit }), /^limitPrice: required/],
    ['stop without stopPrice', buy(1, { type: OrderType.Stop }), /^stopPrice: required/],
    [
      'stop-limit without prices',
      buy(1, { type: OrderType.StopLimit }),
      /^limitPrice: required.*; stopPrice: required/,
    ],
    ['unknown symbol', buy(1, { symbol: 'NOPE' }), /^symbol: unknown symbol "NOPE"/],
    [
      'off-grid price',
      buy(1, { type: OrderType.Limit, limitPrice: 99.123 }),
      /^limitPrice: 99.123 is not a multiple/,
    ],
    ['bad side', { ...buy(1), side: 2 as Side }, /^side: /],
    ['bad type', { ...buy(1), type: 9 as OrderType }, /^type: /],
    ['negative stop-loss', buy(1, { stopLoss: -5 }), /^stopLoss: /],
  ];
  it.each(cases)('refuses %s with 400 naming the field', async (_name, pre, message) => {
    const error = await rejection(broker.placeOrder(pre));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
    expect(await broker.orders()).toEqual([]);
  });

  it('preview reports instead of refusing', async () => {
    const ok = await broker.previewOrder(buy(10));
    expect(ok.errors).toEqual([]);
    expect(ok.confirmId).toBeDefined();
    expect(ok.sections[0]!.header).toBe('Buy 10 AAPL');
    expect(ok.sections[0]!.rows).toEqual([
      { title: 'Order type', value: 'Market' },
      { title: 'Estimated price', value: '100.10 USD' },
      { title: 'Estimated value', value: '1,001.00 USD' },
      { title: 'Commission', value: '0.50 USD' },
      { title: 'Margin (leverage 1)', value: '1,001.00 USD' },
      { title: 'Margin available', value: '100,000.00 USD' },
    ]);
    const bad = await broker.previewOrder(buy(1, { type: OrderType.Limit }));
    expect(bad.errors).toEqual(['limitPrice: required for a limit or stop-limit order']);
    expect(bad.confirmId).toBeUndefined();
    expect((await broker.previewOrder(buy(10_000))).errors).toEqual([
      expect.stringMatching(/^Insufficient margin/),
    ]);
    expect((await broker.previewOrder(buy(1, { symbol: 'NOPE' }))).errors).toEqual([
      'symbol: unknown symbol "NOPE"',
    ]);
    expect(
      (await broker.previewOrder({ ...buy(1), symbol: 'EURUSD' })).sections[0]!.rows[1],
    ).toEqual({
      title: 'Estimated price',
      value: '1.08508 USD',
    });
  });
});

describe('instruments quoted in another currency', () => {
  // USDJPY's prices are in yen; the account is in dollars: 1 JPY = 1 / mid(USDJPY) USD.
  const jpy = (bid: number, ask: number) => 2 / (bid + ask);
  beforeEach(() => feed.setQuote('USDJPY', 150, 150.02));

  it('books commission, margin and P&L in the account currency, as the backend does', async () => {
    await broker.setLeverage({
      symbol: 'USDJPY',
      orderType: OrderType.Market,
      side: Side.Buy,
      leverage: 10,
    });
    await broker.placeOrder(buy(10_000, { symbol: 'USDJPY' }));
    const [fill] = await broker.executions('USDJPY');
    expect(fill!.price).toBe(150.02);
    // 0.05 % of 10,000 USD: about 5 USD, not 750 "USD" of yen.
    expect(fill!.commission).toBeCloseTo(10_000 * 150.02 * 0.0005 * jpy(150, 150.02), 8);
    expect((await broker.equity()).marginUsed).toBeCloseTo(
      (10_000 * 150 * jpy(150, 150.02)) / 10,
      6,
    );

    await tick('USDJPY', 151.5, 151.52);
    const marked = (151.5 - 150.02) * 10_000 * jpy(151.5, 151.52);
    expect((await position('USDJPY'))!.unrealizedPl).toBeCloseTo(marked, 6);
    expect((await broker.equity()).unrealizedPL).toBeCloseTo(marked, 6);

    await broker.placeOrder(sell(10_000, { symbol: 'USDJPY' }));
    expect((await broker.equity()).realizedPL).toBeCloseTo(marked, 6);
  });

  it('previews a leverage change with the margin in USD', async () => {
    await broker.placeOrder(buy(10_000, { symbol: 'USDJPY' }));
    const preview = await broker.previewLeverage({
      symbol: 'USDJPY',
      orderType: OrderType.Market,
      side: Side.Buy,
      leverage: 5,
    });
    expect(preview.infos).toEqual([
      'Leverage of USDJPY: 1 → 5',
      // Valued at the bid (150.00 yen) and 1 / 150.01 USD a yen, as the account counts it.
      'Margin of the open position: 9,999.33 USD → 1,999.87 USD',
    ]);
  });

  it('previews with the conversion, and commission and margin in USD', async () => {
    const preview = await broker.previewOrder(buy(10_000, { symbol: 'USDJPY' }));
    expect(Object.fromEntries(preview.sections[0]!.rows.map((r) => [r.title, r.value]))).toEqual({
      'Order type': 'Market',
      'Estimated price': '150.020 JPY',
      'Estimated value': '1,500,200.00 JPY',
      Conversion: '1 JPY = 0.0066662 USD',
      Commission: '5.00 USD',
      'Margin (leverage 1)': '10,000.67 USD',
      'Margin available': '100,000.00 USD',
    });
  });
});

describe('persistence', () => {
  it('saves after every change and restores everything on creation', async () => {
    await broker.placeOrder(buy(10, { stopLoss: 95 }));
    await broker.placeOrder(sell(1, { type: OrderType.Limit, limitPrice: 120 }));
    await broker.setLeverage({
      symbol: 'AAPL',
      orderType: OrderType.Market,
      side: Side.Buy,
      leverage: 5,
    });
    expect(storage.items.has(BROKER_STORAGE_KEY)).toBe(true);
    const orders = await broker.orders();
    const equity = await broker.equity();
    const executions = await broker.executions('AAPL');
    broker.destroy();

    host = recordingHost();
    feed = manualFeed();
    feed.setQuote('AAPL', 100, 100.1);
    broker = create();
    expect(await broker.orders()).toEqual(orders);
    expect(await broker.executions('AAPL')).toEqual(executions);
    await settle();
    expect(await broker.equity()).toEqual(equity);
    expect((await broker.positions())[0]).toMatchObject({ qty: 10, stopLoss: 95 });
    expect(feed.subscriptions()).toEqual([['AAPL']]);
    // Ids continue where they left off.
    expect((await broker.placeOrder(buy(1))).orderId).toBe('4');
    expect((await broker.executions('AAPL')).at(-1)!.id).toBe('2');
  });

  it('starts afresh over a corrupt or foreign saved value', async () => {
    for (const saved of [
      'not json',
      '[]',
      JSON.stringify({ version: 1, nextOrderId: 'x' }),
      JSON.stringify({ version: 2 }),
    ]) {
      broker.destroy();
      storage = memoryStorage({ [BROKER_STORAGE_KEY]: saved });
      broker = create();
      expect(await broker.orders()).toEqual([]);
      expect((await broker.equity()).balance).toBe(100000);
      await broker.placeOrder(buy(1));
      expect((await broker.orders())[0]!.id).toBe('1');
    }
  });

  it('keeps working without storage, or with storage that refuses to save', async () => {
    broker.destroy();
    broker = create({ storage: null });
    await broker.placeOrder(buy(1));
    expect(storage.items.size).toBe(0);
    broker.destroy();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    broker = create({ storage: full });
    await broker.placeOrder(buy(1));
    await broker.placeOrder(buy(1));
    expect((await position())!.qty).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('destroy', () => {
  it('unsubscribes and stops pushing', async () => {
    await broker.placeOrder(buy(10));
    expect(feed.subscriptions()).toHaveLength(1);
    const pushes = host.equities.length + host.positions.length;
    broker.destroy();
    expect(feed.subscriptions()).toEqual([]);
    await tick('AAPL', 101, 101.1);
    expect(host.equities.length + host.positions.length).toBe(pushes);
    expect((await rejection(broker.placeOrder(buy(1)))).status).toBe(409);
  });
});
