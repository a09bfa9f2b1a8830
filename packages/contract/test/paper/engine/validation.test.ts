// What the engine refuses (docs/contract.md#rest, docs/broker.md#orders-and-fills): each with a 400 that names the field, changing nothing.
import { describe, expect, it } from 'vitest';
import { OrderType, Side } from '../../../src/enums.js';
import type { OrderRequest } from '../../../src/paper/index.js';
import { Ledger, T0 } from './kit.js';

const base = { symbol: 'BTCUSD', side: Side.Buy, qty: 1 } as const;

const cases: [string, OrderRequest, string][] = [
  [
    'a limit without limitPrice',
    { ...base, type: OrderType.Limit },
    'limitPrice: required for a limit or stop-limit order',
  ],
  [
    'a stop without stopPrice',
    { ...base, type: OrderType.Stop },
    'stopPrice: required for a stop or stop-limit order',
  ],
  [
    'an unknown symbol',
    { ...base, symbol: 'NOPE', type: OrderType.Market },
    'symbol: unknown symbol "NOPE"',
  ],
  [
    'a price off the tick grid',
    { ...base, type: OrderType.Limit, limitPrice: 99.005 },
    'limitPrice: 99.005 is not a multiple of the tick size 0.01',
  ],
  [
    'a quantity off the step',
    { ...base, type: OrderType.Market, qty: 0.00005 },
    'qty: 0.00005 is below the minimum 0.0001 for BTCUSD',
  ],
  [
    'a fractional share',
    { ...base, symbol: 'AAPL', type: OrderType.Market, qty: 1.5 },
    'qty: 1.5 is not a multiple of the step 1 for AAPL',
  ],
  [
    'a quantity above the maximum',
    { ...base, symbol: 'AAPL', type: OrderType.Market, qty: 2e6 },
    'qty: 2000000 is above the maximum 1000000 for AAPL',
  ],
  [
    'a negative quantity',
    { ...base, type: OrderType.Market, qty: -1 },
    'qty: must be greater than 0, got -1',
  ],
  [
    'a quantity that is not a number',
    { ...base, type: OrderType.Market, qty: Number.NaN },
    'qty: must be greater than 0, got NaN',
  ],
  [
    'a buy stop below the ask',
    { ...base, type: OrderType.Stop, stopPrice: 99 },
    'stopPrice: 99 must be above the ask 100.1 for a buy stop (at or below it the order would fill at once)',
  ],
  [
    'a buy stop at the ask',
    { ...base, type: OrderType.Stop, stopPrice: 100.1 },
    'stopPrice: 100.1 must be above the ask 100.1 for a buy stop (at or below it the order would fill at once)',
  ],
  [
    'a sell stop above the bid',
    { ...base, side: Side.Sell, type: OrderType.Stop, stopPrice: 101 },
    'stopPrice: 101 must be below the bid 100 for a sell stop (at or above it the order would fill at once)',
  ],
  [
    'a sell stop-limit above the bid',
    { ...base, side: Side.Sell, type: OrderType.StopLimit, stopPrice: 101, limitPrice: 100.5 },
    'stopPrice: 101 must be below the bid 100 for a sell stop (at or above it the order would fill at once)',
  ],
  [
    'a take-profit below a buy limit',
    { ...base, type: OrderType.Limit, limitPrice: 90, takeProfit: 89 },
    'takeProfit: 89 must be above 90 (the limit price) for a buy',
  ],
  [
    'a GTD in the past',
    { ...base, type: OrderType.Limit, limitPrice: 90, duration: { type: 'GTD', datetime: T0 - 1 } },
    'duration.datetime: 2026-01-05T14:59:59.999Z is not in the future',
  ],
  [
    'a GTD without its datetime',
    { ...base, type: OrderType.Limit, limitPrice: 90, duration: { type: 'GTD' } },
    'duration.datetime: required for a GTD order (Unix milliseconds)',
  ],
  [
    'a datetime on a GTC',
    { ...base, type: OrderType.Limit, limitPrice: 90, duration: { type: 'GTC', datetime: T0 + 1 } },
    'duration.datetime: only a GTD order has a datetime',
  ],
  [
    'an unknown duration',
    { ...base, type: OrderType.Limit, limitPrice: 90, duration: { type: 'WEEK' as 'GTC' } },
    'duration.type: must be one of GTC, DAY, GTD, IOC, FOK, got WEEK',
  ],
];

describe('refused requests', () => {
  it.each(cases)(
    'refuses %s with a message naming the field, changing nothing',
    (_name, pre, message) => {
      const t = new Ledger();
      expect(t.refusal(() => t.place(pre))).toBe(`invalid: ${message}`);
      expect(t.committed).toEqual([]);
      expect(t.book.account).toMatchObject({ seq: 0, nextOrderId: 1 });
    },
  );

  it('a sell stop below the bid and a buy stop above the ask are fine', () => {
    const t = new Ledger();
    t.place({ ...base, side: Side.Sell, type: OrderType.Stop, stopPrice: 99.99 });
    t.place({ ...base, type: OrderType.Stop, stopPrice: 100.11 });
    expect(t.working()).toHaveLength(2);
  });

  it('does not check the stop of a triggered stop-limit when it is modified', () => {
    const t = new Ledger();
    const id = t.place({ ...base, type: OrderType.StopLimit, stopPrice: 102, limitPrice: 101 });
    t.tick('BTCUSD', 102.9, 103);
    expect(t.book.order(id)?.triggered).toBe(true);
    t.modify(id, { ...base, type: OrderType.StopLimit, stopPrice: 102, limitPrice: 100.5 });
    expect(t.book.order(id)?.limitPrice).toBe(100.5);
  });

  it('closes a position all or part, never more, by a positive amount on the grid', () => {
    const t = new Ledger();
    t.place({ ...base, type: OrderType.Market, qty: 3 });
    expect(t.refusal(() => t.close('BTCUSD', 4))).toBe(
      "invalid: amount: 4 exceeds the position's quantity 3",
    );
    expect(t.refusal(() => t.close('BTCUSD', 0))).toBe(
      'invalid: amount: must be a number above 0, got 0',
    );
    expect(t.refusal(() => t.close('BTCUSD', 0.00001))).toBe(
      'invalid: amount: 0.00001 is not a multiple of the step 0.0001 for BTCUSD',
    );
    expect(t.refusal(() => t.close('AAPL'))).toBe('not-found: No open position in "AAPL"');
    expect(t.close('BTCUSD', 1).filled).toBe(true);
    expect(t.position('BTCUSD').qty).toBe(2);
    t.close('BTCUSD');
    expect(t.positions()).toEqual([]);
  });

  it('refuses an order when the market gives no quote, as unavailable', () => {
    const t = new Ledger();
    const market = t.market;
    market.quote = () => undefined;
    expect(t.refusal(() => t.place({ ...base, type: OrderType.Market }))).toBe(
      'unavailable: Market data is unavailable: no quote for BTCUSD reaches the broker',
    );
  });
});
