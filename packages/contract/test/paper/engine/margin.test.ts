// Margin and leverage (docs/broker.md#accounting): an order that would leave negative margin available is Rejected
// with the reason; leverage per symbol within the policy's range; a lowering into a shortfall is
// refused, a raise out of one allowed.
import { describe, expect, it } from 'vitest';
import { OrderStatus, OrderType, Side } from '../../../src/enums.js';
import { Ledger } from './kit.js';

describe('margin', () => {
  it('rejects an order that would leave margin available negative, with the reason', () => {
    const t = new Ledger();
    // 100,000 of equity at leverage 10 carries 1,000,000 of BTC at 100.1: 9,990 BTC at most.
    const id = t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 10_000 });
    expect(t.order(id)).toMatchObject({
      status: OrderStatus.Rejected,
      rejectReason: 'Insufficient margin: order needs 100,100.00 USD, 100,000.00 available',
    });
    expect(t.positions()).toEqual([]);
    expect(t.equity().marginUsed).toBe(0);
  });

  it('never refuses an order that only reduces a position', () => {
    const t = new Ledger();
    t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 9_000 });
    t.market.set('BTCUSD', 50, 50.1);
    const id = t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Sell, qty: 4_000 });
    expect(t.status(id)).toBe(OrderStatus.Filled);
  });

  it('rejects a working order at its fill when the account can no longer afford it', () => {
    const t = new Ledger();
    const limit = t.place({
      symbol: 'AAPL',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 15_000,
      limitPrice: 49,
    });
    t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 5_000 });
    t.tick('AAPL', 48.9, 49);
    expect(t.order(limit)).toMatchObject({
      status: OrderStatus.Rejected,
      rejectReason: expect.stringMatching(/^Insufficient margin/),
    });
  });

  it('follows the leverage set for the symbol', () => {
    const t = new Ledger();
    t.leverage('BTCUSD', 2);
    t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 10 });
    expect(t.equity().marginUsed).toBeCloseTo((10 * 100) / 2, 8);
    expect(t.refusal(() => t.leverage('BTCUSD', 0))).toBe(
      'invalid: leverage: 0 must be a whole number from 1 to 100',
    );
    expect(t.refusal(() => t.leverage('BTCUSD', 2.5))).toMatch(/must be a whole number/);
    expect(t.refusal(() => t.leverage('BTCUSD', 101))).toMatch(/from 1 to 100/);
  });

  it('uses the policy default, and a leverage set to the same value changes nothing', () => {
    const t = new Ledger();
    expect(t.previewLeverage('BTCUSD', 10).infos?.[0]).toBe('Leverage of BTCUSD: 10 → 10');
    const before = t.book.account.seq;
    t.leverage('BTCUSD', 10);
    expect(t.book.account.seq).toBe(before);
  });

  it('refuses a lowering that leaves margin available negative, and allows a raise out of it', () => {
    const t = new Ledger();
    t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 9_000 });
    expect(t.refusal(() => t.leverage('BTCUSD', 5))).toBe(
      'invalid: leverage: 5 would need 180,000.00 USD of margin, more than the equity of 99,100.00',
    );
    expect(t.previewLeverage('BTCUSD', 5).errors).toHaveLength(1);
    t.leverage('BTCUSD', 20);
    expect(t.equity().marginUsed).toBeCloseTo((9_000 * 100) / 20, 6);
    expect(t.previewLeverage('BTCUSD', 50)).toMatchObject({
      warnings: ['Leverage above 20 magnifies losses as much as gains'],
      errors: [],
    });
  });
});

describe('instruments quoted in another currency', () => {
  it('books commission, margin and P&L in the account currency', () => {
    const t = new Ledger({ commissionRate: 0.001 });
    // USDJPY in yen: 1 JPY = 1 / mid(USDJPY) USD.
    t.place({ symbol: 'USDJPY', type: OrderType.Market, side: Side.Buy, qty: 10_000 });
    const mid = (150 + 150.02) / 2;
    expect(t.fills('USDJPY')[0]!.commission).toBeCloseTo((10_000 * 150.02 * 0.001) / mid, 6);
    expect(t.equity().marginUsed).toBeCloseTo((10_000 * 150) / 10 / mid, 4);
    t.market.set('USDJPY', 151, 151.02);
    const pl = ((151 - 150.02) * 10_000) / ((151 + 151.02) / 2);
    expect(t.position('USDJPY').unrealizedPl).toBeCloseTo(pl, 4);
  });

  it('converts a stock in euros through EURUSD', () => {
    const t = new Ledger();
    t.place({ symbol: 'SAP', type: OrderType.Market, side: Side.Buy, qty: 10 });
    expect(t.equity().marginUsed).toBeCloseTo((10 * 200 * 1.10001) / 10, 4);
  });

  it('refuses an instrument whose currency no listed pair converts, and changes nothing', () => {
    const t = new Ledger();
    expect(
      t.refusal(() => t.place({ symbol: 'NESN', type: OrderType.Market, side: Side.Buy, qty: 1 })),
    ).toBe(
      'invalid: Prices in CHF cannot be converted to the account currency USD: no CHF/USD rate is listed',
    );
    expect(t.committed).toEqual([]);
  });
});
