import { Side } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import {
  applyFill,
  commission,
  equityData,
  marginCheck,
  marginFor,
  unrealizedPL,
  type EquityData,
  type Fill,
  type MarginCheckInput,
  type MarkedPosition,
  type NetPosition,
} from '../../src/paper/accounting.js';

const buy = (qty: number, price: number): Fill => ({ side: Side.Buy, qty, price });
const sell = (qty: number, price: number): Fill => ({ side: Side.Sell, qty, price });
const pos = (qty: number, avgPrice: number): NetPosition => ({ qty, avgPrice });

describe('applyFill', () => {
  it.each<[string, NetPosition | undefined, Fill, NetPosition, number]>([
    ['opens a long from no position', undefined, buy(10, 100), pos(10, 100), 0],
    ['opens a short from no position', undefined, sell(10, 100), pos(-10, 100), 0],
    ['opens from a flat position', pos(0, 0), sell(5, 20), pos(-5, 20), 0],
    ['closes a long at a profit', pos(10, 100), sell(10, 110), pos(0, 0), 100],
    ['closes a long at a loss', pos(10, 100), sell(10, 95), pos(0, 0), -50],
    ['closes a short at a profit', pos(-10, 100), buy(10, 90), pos(0, 0), 100],
    ['closes a short at a loss', pos(-10, 100), buy(10, 104), pos(0, 0), -40],
    ['partially closes a long, keeping its average', pos(10, 100), sell(4, 110), pos(6, 100), 40],
    ['partially closes a long at a loss', pos(10, 100), sell(3, 90), pos(7, 100), -30],
    ['partially closes a short, keeping its average', pos(-10, 100), buy(4, 95), pos(-6, 100), 20],
    ['partially closes a short at a loss', pos(-10, 100), buy(2, 120), pos(-8, 100), -40],
    ['adds to a long, averaging by qty', pos(10, 100), buy(30, 110), pos(40, 107.5), 0],
    ['adds to a short, averaging by qty', pos(-10, 100), sell(10, 90), pos(-20, 95), 0],
    [
      'reverses a long into a short at the fill price',
      pos(10, 100),
      sell(15, 110),
      pos(-5, 110),
      100,
    ],
    [
      'reverses a short into a long at the fill price',
      pos(-10, 100),
      buy(25, 105),
      pos(15, 105),
      -50,
    ],
    ['rounds float noise out of realised P&L', pos(10, 1.1), sell(10, 1.3), pos(0, 0), 2],
  ])('%s', (_name, before, fill, after, realized) => {
    expect(applyFill(before, fill)).toEqual({ position: after, realizedPL: realized });
  });

  it('adds and closes fractional quantities without float noise', () => {
    let position = applyFill(undefined, buy(0.1, 50000)).position;
    position = applyFill(position, buy(0.2, 50000)).position;
    expect(position.qty).toBe(0.3);
    const closed = applyFill(position, sell(0.3, 51000));
    expect(closed).toEqual({ position: pos(0, 0), realizedPL: 300 });
  });

  it('opens at exactly the fill price and averages precisely', () => {
    expect(applyFill(undefined, { side: Side.Buy, qty: 3, price: 100.1 }).position).toEqual({
      qty: 3,
      avgPrice: 100.1,
    });
    const added = applyFill({ qty: 1, avgPrice: 100.1 }, { side: Side.Buy, qty: 1, price: 102.1 });
    expect(added.position.qty).toBe(2);
    expect(added.position.avgPrice).toBeCloseTo(101.1, 12);
    const same = applyFill({ qty: 7, avgPrice: 0.3 }, { side: Side.Buy, qty: 3, price: 0.3 });
    expect(same.position.avgPrice).toBe(0.3);
  });

  it('leaves the given position untouched', () => {
    const before = pos(10, 100);
    applyFill(before, sell(15, 110));
    expect(before).toEqual(pos(10, 100));
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a fill of qty %s', (qty) => {
    expect(() => applyFill(undefined, buy(qty, 100))).toThrow(RangeError);
  });
});

describe('commission', () => {
  it.each<[string, number, number, number, number]>([
    ['charges the rate on the traded value', 10, 100, 0.001, 1],
    ['charges a sell (negative qty) the same as a buy', -10, 100, 0.001, 1],
    ['charges nothing at a zero rate', 10, 100, 0, 0],
    ['rounds float noise out', 3, 0.1, 0.1, 0.03],
  ])('%s', (_name, qty, price, rate, expected) => {
    expect(commission(qty, price, rate)).toBe(expected);
  });
});

describe('unrealizedPL', () => {
  const quote = { bid: 110, ask: 112 };
  it.each<[string, NetPosition, number]>([
    ['marks a long at the bid', pos(10, 100), 100],
    ['marks a short at the ask', pos(-10, 100), -120],
    ['marks a short in profit at the ask', pos(-10, 115), 30],
    ['is zero for a flat position', pos(0, 0), 0],
  ])('%s', (_name, position, expected) => {
    expect(unrealizedPL(position, quote)).toBe(expected);
  });
});

describe('marginFor', () => {
  it.each<[string, number, number, number, number]>([
    ['divides the notional by the leverage', 10, 100, 10, 100],
    ['uses the absolute notional of a short', -10, 100, 5, 200],
    ['rounds float noise out', 3, 0.1, 1, 0.3],
  ])('%s', (_name, qty, price, leverage, expected) => {
    expect(marginFor(qty, price, leverage)).toBe(expected);
  });

  it.each([0, -2])('rejects leverage %s', (leverage) => {
    expect(() => marginFor(1, 100, leverage)).toThrow(RangeError);
  });
});

describe('equityData', () => {
  const totals = { deposit: 10_000, realizedPL: 250, commissions: 12.5 };
  const aaplLong: MarkedPosition = {
    symbol: 'AAPL',
    position: pos(10, 100),
    quote: { bid: 110, ask: 111 },
    leverage: 10,
  };
  const btcShort: MarkedPosition = {
    symbol: 'BTCUSD',
    position: pos(-2, 50_000),
    quote: { bid: 49_000, ask: 49_010 },
    leverage: 5,
  };
  const unquotedLong: MarkedPosition = {
    symbol: 'EURUSD',
    position: pos(1000, 1.1),
    quote: undefined,
    leverage: 1,
  };
  const flat: MarkedPosition = {
    symbol: 'SPX',
    position: pos(0, 0),
    quote: undefined,
    leverage: 1,
  };

  it.each<[string, readonly MarkedPosition[], EquityData]>([
    [
      'equals the balance with no positions',
      [],
      {
        balance: 10_237.5,
        equity: 10_237.5,
        unrealizedPL: 0,
        realizedPL: 250,
        marginUsed: 0,
        marginAvailable: 10_237.5,
      },
    ],
    [
      'marks a long at the bid, for P&L and margin',
      [aaplLong],
      {
        balance: 10_237.5,
        equity: 10_337.5,
        unrealizedPL: 100,
        realizedPL: 250,
        marginUsed: 110,
        marginAvailable: 10_227.5,
      },
    ],
    [
      'marks a short at the ask, for P&L and margin',
      [btcShort],
      {
        balance: 10_237.5,
        equity: 12_217.5,
        unrealizedPL: 1980,
        realizedPL: 250,
        marginUsed: 19_604,
        marginAvailable: -7386.5,
      },
    ],
    [
      'counts no P&L and margin at the average price for a position without a quote',
      [unquotedLong],
      {
        balance: 10_237.5,
        equity: 10_237.5,
        unrealizedPL: 0,
        realizedPL: 250,
        marginUsed: 1100,
        marginAvailable: 9137.5,
      },
    ],
    [
      'sums longs, shorts, unquoted and flat positions',
      [aaplLong, btcShort, unquotedLong, flat],
      {
        balance: 10_237.5,
        equity: 12_317.5,
        unrealizedPL: 2080,
        realizedPL: 250,
        marginUsed: 20_814,
        marginAvailable: -8496.5,
      },
    ],
  ])('%s', (_name, positions, expected) => {
    expect(equityData(totals, positions)).toEqual(expected);
  });

  it('keeps float noise out of the balance', () => {
    const noisy = equityData({ deposit: 0.1, realizedPL: 0.2, commissions: 0 }, []);
    expect(noisy.balance).toBe(0.3);
  });
});

describe('marginCheck', () => {
  const base = (marginAvailable: number, rest: Partial<MarginCheckInput>): MarginCheckInput => ({
    equity: { marginAvailable },
    position: undefined,
    side: Side.Buy,
    qty: 50,
    price: 100,
    leverage: 1,
    commissionRate: 0,
    ...rest,
  });
  const rejected = (needs: string, available: string) => ({
    ok: false,
    reason: `Insufficient margin: order needs ${needs} USD, ${available} available`,
  });

  it.each<[string, MarginCheckInput, ReturnType<typeof marginCheck>]>([
    ['allows an opening order the margin covers', base(6000, {}), { ok: true }],
    [
      'rejects an opening order beyond the margin',
      base(1234.56, {}),
      rejected('5,000.00', '1,234.56'),
    ],
    ['divides the need by the leverage', base(1000, { leverage: 5 }), { ok: true }],
    ['allows an order needing exactly the margin available', base(5000, {}), { ok: true }],
    [
      'allows the boundary with the commission included',
      base(5005, { commissionRate: 0.001 }),
      { ok: true },
    ],
    [
      'rejects a cent below the boundary with the commission included',
      base(5004.99, { commissionRate: 0.001 }),
      rejected('5,005.00', '5,004.99'),
    ],
    [
      'rejects a short opened beyond the margin',
      base(100, { side: Side.Sell, leverage: 10 }),
      rejected('500.00', '100.00'),
    ],
    [
      'rejects adding to a long beyond the margin',
      base(100, { position: pos(10, 100), qty: 20, leverage: 10 }),
      rejected('200.00', '100.00'),
    ],
    [
      'allows reducing a long even when margin is short',
      base(-5000, { position: pos(10, 100), side: Side.Sell, qty: 4 }),
      { ok: true },
    ],
    [
      'allows closing a short even when margin is short',
      base(-5000, { position: pos(-10, 100), side: Side.Buy, qty: 10, commissionRate: 0.01 }),
      { ok: true },
    ],
    [
      'charges the new leg of a reversal net of the margin the closed part frees',
      base(999.99, { position: pos(10, 100), side: Side.Sell, qty: 30 }),
      rejected('1,000.00', '999.99'),
    ],
    [
      'allows a reversal whose new leg the margin covers',
      base(1000, { position: pos(10, 100), side: Side.Sell, qty: 30 }),
      { ok: true },
    ],
    [
      'names the account currency in the reason',
      base(0, { currency: 'EUR', qty: 1 }),
      { ok: false, reason: 'Insufficient margin: order needs 100.00 EUR, 0.00 available' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(marginCheck(input)).toEqual(expected);
  });
});

describe('in another currency than the account', () => {
  // USDJPY: prices in JPY; 1 JPY = 1/150 USD.
  const fx = 1 / 150;

  it('realises P&L converted at the fill', () => {
    const { realizedPL } = applyFill(pos(10_000, 150), sell(10_000, 151.5), fx);
    expect(realizedPL).toBe(100); // 15,000 JPY
  });

  it('charges commission, marks the position and takes margin in the account currency', () => {
    expect(commission(10_000, 150, 0.001, fx)).toBe(10);
    expect(unrealizedPL(pos(10_000, 150), { bid: 148.5, ask: 148.6 }, fx)).toBe(-100);
    expect(marginFor(10_000, 150, 10, fx)).toBe(1_000);
  });

  it('sums the account with each position at its own rate', () => {
    const data = equityData({ deposit: 10_000, realizedPL: 0, commissions: 0 }, [
      {
        symbol: 'USDJPY',
        position: pos(10_000, 150),
        quote: { bid: 151.5, ask: 151.6 },
        leverage: 10,
        fx: 1 / 151.55,
      },
      { symbol: 'AAPL', position: pos(10, 100), quote: { bid: 110, ask: 110.1 }, leverage: 1 },
    ]);
    expect(data.unrealizedPL).toBeCloseTo(15_000 / 151.55 + 100, 6);
    expect(data.marginUsed).toBeCloseTo((10_000 * 151.5) / 151.55 / 10 + 1_100, 6);
  });

  it('checks the margin of an order in the account currency', () => {
    const input: MarginCheckInput = {
      equity: { marginAvailable: 1_000 },
      position: undefined,
      side: Side.Buy,
      qty: 10_000,
      price: 150,
      leverage: 10,
      commissionRate: 0,
      fx,
    };
    expect(marginCheck(input)).toEqual({ ok: true }); // needs exactly 1,000 USD
    expect(marginCheck({ ...input, fx: 1 })).toEqual({
      ok: false,
      reason: 'Insufficient margin: order needs 150,000.00 USD, 1,000.00 available',
    });
  });
});
