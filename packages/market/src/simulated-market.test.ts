// The engine's view of the simulated market: the quote is the simulator's at the clock's
// instant, the instrument carries its grids, a DAY order ends at its session's close.
import { describe, expect, it } from 'vitest';
import { findInstrument } from './catalogue/catalogue.js';
import { MarketSimulator } from './simulator/market-simulator.js';
import { ticksToPrice } from './simulator/prices.js';
import { tickQuote } from './simulator/quote-builder.js';
import { simulatedMarket } from './simulated-market.js';

const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);

describe('simulatedMarket', () => {
  it('quotes what the simulator quotes at the clock’s instant', () => {
    const simulator = new MarketSimulator();
    let now = NOW;
    const market = simulatedMarket(simulator, () => now);
    const btc = findInstrument('BTCUSD')!;
    const expected = tickQuote(simulator, btc, NOW);
    expect(market.quote('BTCUSD')).toEqual({
      bid: ticksToPrice(btc, expected.bid),
      ask: ticksToPrice(btc, expected.ask),
      inSession: true,
    });
    now = NOW + 60_000;
    expect(market.quote('BTCUSD')).toEqual(market.quoteAt('BTCUSD', NOW + 60_000));
    expect(market.quote('NOPE')).toBeUndefined();
  });

  it('describes instruments by their ticker with their tick and quantity grids', () => {
    const market = simulatedMarket(new MarketSimulator(), () => NOW);
    expect(market.instrument('nasdaq:aapl')).toMatchObject({
      symbol: 'AAPL',
      type: 'stock',
      currency: 'USD',
      tickSize: 0.01,
      qty: { min: 1, step: 1 },
    });
    expect(market.sessionClose('AAPL', NOW)).toBe(Date.UTC(2026, 10, 18, 21));
    expect(market.sessionClose('NOPE', NOW)).toBeUndefined();
  });
});
