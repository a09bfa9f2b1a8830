// The engine's orders (docs/broker.md#orders-and-fills): market, limit, stop and stop-limit orders against the quote,
// netting into one position per symbol, modify and cancel.
import { describe, expect, it } from 'vitest';
import { OrderStatus, OrderType, Side } from '../../../src/enums.js';
import { Ledger } from './kit.js';

const market = (symbol: string, side: number, qty: number) =>
  ({ symbol, type: OrderType.Market, side: side as Side, qty }) as const;

describe('market orders', () => {
  it('fill a buy at the ask and a sell at the bid, with commission in the account', () => {
    const t = new Ledger({ commissionRate: 0.001 });
    const buy = t.place(market('BTCUSD', Side.Buy, 2));
    expect(t.order(buy)).toMatchObject({
      status: OrderStatus.Filled,
      filledQty: 2,
      avgPrice: 100.1,
    });
    expect(t.fills('BTCUSD')).toEqual([
      expect.objectContaining({
        orderId: String(buy),
        price: 100.1,
        qty: 2,
        side: Side.Buy,
        commission: 0.2002,
      }),
    ]);
    t.market.set('BTCUSD', 110, 110.1);
    const sell = t.place(market('BTCUSD', Side.Sell, 2));
    expect(t.order(sell)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 110 });
    expect(t.positions()).toEqual([]);
    const e = t.equity();
    expect(e.realizedPL).toBeCloseTo(19.8, 8);
    expect(e.balance).toBeCloseTo(100_000 + 19.8 - 0.2002 - 0.22, 8);
    expect(e.equity).toBe(e.balance);
  });

  it('average when adding, realise when reducing, reverse at the fill price', () => {
    const t = new Ledger();
    t.place(market('BTCUSD', Side.Buy, 1));
    t.market.set('BTCUSD', 102, 102.1);
    t.place(market('BTCUSD', Side.Buy, 1));
    expect(t.position('BTCUSD')).toMatchObject({ qty: 2, side: Side.Buy, avgPrice: 101.1 });
    t.market.set('BTCUSD', 104, 104.1);
    t.place(market('BTCUSD', Side.Sell, 3));
    expect(t.position('BTCUSD')).toMatchObject({ qty: 1, side: Side.Sell, avgPrice: 104 });
    expect(t.equity().realizedPL).toBeCloseTo(2 * (104 - 101.1), 8);
  });

  it('mark a long at the bid and a short at the ask', () => {
    const t = new Ledger();
    t.place(market('BTCUSD', Side.Buy, 1));
    expect(t.position('BTCUSD').unrealizedPl).toBeCloseTo(100 - 100.1, 8);
    t.place(market('AAPL', Side.Sell, 10));
    expect(t.position('AAPL').unrealizedPl).toBeCloseTo((50 - 50.02) * 10, 8);
  });

  it('work outside the session and fill when it opens', () => {
    const t = new Ledger();
    t.market.set('AAPL', 50, 50.02, false);
    const id = t.place(market('AAPL', Side.Buy, 1));
    expect(t.status(id)).toBe(OrderStatus.Working);
    expect(t.tick('AAPL', 51, 51.02, false).empty).toBe(true);
    t.tick('AAPL', 52, 52.02, true);
    expect(t.order(id)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 52.02 });
  });
});

describe('working orders', () => {
  it('a buy limit waits for the ask to reach it and fills at the ask', () => {
    const t = new Ledger();
    const id = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 99,
    });
    expect(t.tick('BTCUSD', 99.5, 99.6).empty).toBe(true);
    expect(t.status(id)).toBe(OrderStatus.Working);
    t.tick('BTCUSD', 98.8, 98.9);
    expect(t.order(id)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 98.9 });
  });

  it('a sell limit fills at the bid once the bid reaches it', () => {
    const t = new Ledger();
    const id = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Sell,
      qty: 1,
      limitPrice: 101,
    });
    t.tick('BTCUSD', 100.9, 101);
    expect(t.status(id)).toBe(OrderStatus.Working);
    t.tick('BTCUSD', 101.2, 101.3);
    expect(t.order(id)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 101.2 });
  });

  it('a limit through the market fills at once, at the better market price', () => {
    const t = new Ledger();
    const id = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 105,
    });
    expect(t.order(id)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 100.1 });
  });

  it('a buy stop fires when the ask rises to it and fills at the ask', () => {
    const t = new Ledger();
    const id = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Stop,
      side: Side.Buy,
      qty: 1,
      stopPrice: 102,
    });
    t.tick('BTCUSD', 101.8, 101.9);
    expect(t.status(id)).toBe(OrderStatus.Working);
    t.tick('BTCUSD', 102.5, 102.6);
    expect(t.order(id)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 102.6 });
  });

  it('a sell stop fires when the bid falls to it and fills at the bid, gaps included', () => {
    const t = new Ledger();
    const id = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Stop,
      side: Side.Sell,
      qty: 1,
      stopPrice: 95,
    });
    t.tick('BTCUSD', 90, 90.1);
    expect(t.order(id)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 90 });
  });

  it('a stop-limit becomes a limit when its stop fires; the trigger is a change of its own', () => {
    const t = new Ledger();
    const id = t.place({
      symbol: 'BTCUSD',
      type: OrderType.StopLimit,
      side: Side.Buy,
      qty: 1,
      stopPrice: 102,
      limitPrice: 102.5,
    });
    // Through the stop but past the limit: triggered, not filled — and persisted as such.
    const trigger = t.tick('BTCUSD', 102.9, 103);
    expect(trigger.orders).toEqual([
      expect.objectContaining({ id, triggered: true, status: OrderStatus.Working }),
    ]);
    expect(t.book.order(id)?.triggered).toBe(true);
    // Back below the stop: a triggered stop-limit is a limit now, and fills at the ask.
    t.tick('BTCUSD', 101.3, 101.4);
    expect(t.order(id)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 101.4 });
  });

  it('can be modified and cancelled while working, and not after', () => {
    const t = new Ledger();
    const id = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 90,
    });
    t.modify(id, {
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 2,
      limitPrice: 91,
    });
    expect(t.order(id)).toMatchObject({ qty: 2, limitPrice: 91, status: OrderStatus.Working });
    // The index follows the new price: 91 fills, the old 90 would not have.
    t.tick('BTCUSD', 90.9, 91);
    expect(t.status(id)).toBe(OrderStatus.Filled);
    expect(t.refusal(() => t.cancel(id))).toBe('conflict: Order 1 is Filled, not Working');
    expect(t.refusal(() => t.cancel(99))).toBe('not-found: Unknown order 99');
    const other = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 80,
    });
    t.cancel(other);
    expect(t.status(other)).toBe(OrderStatus.Canceled);
    expect(t.tick('BTCUSD', 70, 70.1).empty).toBe(true);
  });

  it('modify refuses to change symbol, side or type, and fills an order moved through the market', () => {
    const t = new Ledger();
    const id = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 90,
    });
    const base = {
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 90,
    } as const;
    expect(t.refusal(() => t.modify(id, { ...base, side: Side.Sell }))).toBe(
      "invalid: side: an order's side cannot change",
    );
    expect(
      t.refusal(() => t.modify(id, { ...base, type: OrderType.Stop, stopPrice: 120 })),
    ).toMatch(/^invalid: type: an order's type cannot change/);
    expect(t.refusal(() => t.modify(id, { ...base, symbol: 'AAPL' }))).toBe(
      "invalid: symbol: an order's symbol cannot change (BTCUSD)",
    );
    t.modify(id, { ...base, limitPrice: 101 });
    expect(t.order(id)).toMatchObject({ status: OrderStatus.Filled, avgPrice: 100.1 });
  });

  it('evaluates the orders a quote reaches in placement order', () => {
    const t = new Ledger();
    const first = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 95,
    });
    const second = t.place({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 99,
    });
    const changes = t.tick('BTCUSD', 94, 94.1);
    expect(changes.executions.map((e) => e.orderId)).toEqual([first, second]);
    expect(changes.seq).toBe(t.book.account.seq);
  });
});
