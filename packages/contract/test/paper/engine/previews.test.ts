// Previews (docs/contract.md#rest): what an order or a leverage change would do, reported rather than thrown.
import { describe, expect, it } from 'vitest';
import { OrderType, Side } from '../../../src/enums.js';
import { Ledger } from './kit.js';

const rows = (preview: { sections: { rows: { title: string; value: string }[] }[] }) =>
  Object.fromEntries(preview.sections[0]!.rows.map((row) => [row.title, row.value]));

describe('order previews', () => {
  it('price a market buy and show the margin it adds', () => {
    const t = new Ledger({ commissionRate: 0.001 });
    const preview = t.preview({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 2 });
    expect(rows(preview)).toEqual({
      'Order type': 'Market',
      'Estimated price': '100.10 USD',
      'Estimated value': '200.20 USD',
      Commission: '0.20 USD',
      'Margin (leverage 10)': '20.02 USD',
      'Margin available': '100,000.00 USD',
    });
    expect(preview.errors).toEqual([]);
    expect(preview.confirmId).toBeDefined();
  });

  it('need no margin for an order that only reduces, and only the part beyond zero of a reversal', () => {
    const t = new Ledger();
    t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 5 });
    const closing = t.preview({
      symbol: 'BTCUSD',
      type: OrderType.Market,
      side: Side.Sell,
      qty: 5,
    });
    expect(rows(closing)['Margin (leverage 10)']).toBe('0.00 USD');
    const reversal = t.preview({
      symbol: 'BTCUSD',
      type: OrderType.Market,
      side: Side.Sell,
      qty: 8,
    });
    expect(rows(reversal)['Margin (leverage 10)']).toBe('30.00 USD');
    expect(reversal.warnings).toContain(
      'This order closes your long position of 5 BTCUSD and opens the opposite one',
    );
  });

  it('list the brackets with what is at risk and what the target pays', () => {
    const t = new Ledger();
    const preview = t.preview({
      symbol: 'BTCUSD',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 2,
      limitPrice: 100,
      stopLoss: 95,
      takeProfit: 110,
    });
    expect(rows(preview)).toMatchObject({
      'Stop-loss': '95.00 (risk 10.00 USD)',
      'Take-profit': '110.00 (reward 20.00 USD)',
    });
  });

  it('warn when the price moved since the trader saw it, and outside the session', () => {
    const t = new Ledger();
    t.market.set('AAPL', 50, 50.02, false);
    const preview = t.preview({
      symbol: 'AAPL',
      type: OrderType.Market,
      side: Side.Buy,
      qty: 1,
      seenPrice: 49.5,
    });
    expect(preview.warnings).toEqual([
      'AAPL is outside its trading session; the order will work when the market opens',
      'The price moved from 49.50 to 50.02 since you saw it',
    ]);
  });

  it('say the duration, and report what placing would refuse', () => {
    const t = new Ledger();
    const preview = t.preview({
      symbol: 'BTCUSD',
      type: OrderType.Stop,
      side: Side.Buy,
      qty: 0.00001,
      stopPrice: 99,
      duration: { type: 'DAY' },
    });
    expect(rows(preview).Duration).toBe('Day, until 2026-01-05 21:00 UTC');
    expect(preview.errors).toEqual([
      'qty: 0.00001 is below the minimum 0.0001 for BTCUSD',
      'stopPrice: 99 must be above the ask 100.1 for a buy stop (at or below it the order would fill at once)',
    ]);
    expect(preview.confirmId).toBeUndefined();
    expect(t.committed).toEqual([]);
  });

  it('answer an unknown symbol with an error, not a throw', () => {
    const t = new Ledger();
    expect(t.preview({ symbol: 'NOPE', type: OrderType.Market, side: Side.Buy, qty: 1 })).toEqual({
      sections: [],
      warnings: [],
      errors: ['symbol: unknown symbol "NOPE"'],
    });
  });
});

describe('the quote the client saw', () => {
  it('warns from currentQuotes when no seenPrice is given: the ask for a buy, the bid for a sell', () => {
    const t = new Ledger();
    const buy = t.preview({
      symbol: 'BTCUSD',
      type: OrderType.Market,
      side: Side.Buy,
      qty: 1,
      currentQuotes: { bid: 99.9, ask: 100 },
    });
    expect(buy.warnings).toEqual(['The price moved from 100.00 to 100.10 since you saw it']);
    const sell = t.preview({
      symbol: 'BTCUSD',
      type: OrderType.Market,
      side: Side.Sell,
      qty: 1,
      currentQuotes: { bid: 100, ask: 100.2 },
    });
    expect(sell.warnings).toEqual([]);
  });
});
