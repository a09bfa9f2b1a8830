// Quotes agree with the bars: the last trade is the forming bar's close, the day's range and
// volume are the day's bars so far, and the previous close is yesterday's daily bar.
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../catalogue/catalogue.js';
import { barsOfDay } from './bar-history.js';
import { MarketSimulator } from './market-simulator.js';
import { quoteValues, tickPrices, tickQuote } from './quote-builder.js';
import { DAY_MS } from './sessions.js';

const catalogue = new Catalogue();
const get = (ticker: string) => catalogue.find(ticker)!;
/** Wednesday 2026-11-18, 10:00:30.5 in New York: AAPL is trading. */
const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);
const WEDNESDAY = Math.floor(NOW / DAY_MS);

describe('tickQuote', () => {
  const sim = new MarketSimulator(20240101);

  it('agrees with the bars: last = forming close, day high/low/volume = the day so far', () => {
    const aapl = get('AAPL');
    const quote = tickQuote(sim, aapl, NOW);
    const bars = barsOfDay(sim, aapl, '1', WEDNESDAY, NOW);
    expect(quote.last).toBe(bars.at(-1)!.close);
    expect(quote.dayOpen).toBe(bars[0]!.open);
    expect(quote.dayHigh).toBe(Math.max(...bars.map((b) => b.high)));
    expect(quote.dayLow).toBe(Math.min(...bars.map((b) => b.low)));
    expect(quote.volume).toBe(bars.reduce((s, b) => s + b.volume, 0));
    expect(quote.ask - quote.bid).toBeGreaterThanOrEqual(1);
    expect(quote.bid).toBeLessThanOrEqual(quote.last);
    expect(quote.ask).toBeGreaterThanOrEqual(quote.last);
    const previous = sim.day(aapl, WEDNESDAY - 1)!;
    expect(quote.previousClose).toBe(previous.close[previous.count - 1]);
    expect(quote.open).toBe(true);
  });

  it('show the last session’s prices while the market is closed', () => {
    const aapl = get('AAPL');
    const saturday = Date.UTC(2026, 10, 21, 12);
    const quote = tickQuote(sim, aapl, saturday);
    const friday = sim.dailyBar(aapl, WEDNESDAY + 2)!;
    expect(quote.open).toBe(false);
    expect(quote).toMatchObject({
      last: friday.close,
      dayOpen: friday.open,
      dayHigh: friday.high,
      dayLow: friday.low,
      volume: friday.volume,
    });
  });
});

describe('quoteValues', () => {
  it('says a change too small to show is 0 %, never −0 %', () => {
    const eurusd = get('EURUSD');
    const flat = {
      last: 108_111,
      bid: 108_107,
      ask: 108_115,
      dayOpen: 108_112,
      dayHigh: 108_112,
      dayLow: 108_111,
      previousClose: 108_112,
      volume: 1,
      open: true,
    };
    const values = quoteValues(eurusd, flat);
    expect(values.ch).toBe(-0.00001);
    expect(Object.is(values.chp, 0)).toBe(true);
  });

  it('states the quote in the instrument’s currency, on its tick grid', () => {
    const eurusd = get('EURUSD');
    const quote = {
      last: 108_412,
      bid: 108_408,
      ask: 108_416,
      dayOpen: 108_000,
      dayHigh: 108_500,
      dayLow: 107_900,
      previousClose: 108_112,
      volume: 151_234,
      open: true,
    };
    expect(quoteValues(eurusd, quote)).toEqual({
      ch: 0.003,
      chp: 0.28,
      short_name: 'EURUSD',
      exchange: 'FX',
      description: 'Euro / US Dollar',
      lp: 1.08412,
      ask: 1.08416,
      bid: 1.08408,
      spread: 0.00008,
      open_price: 1.08,
      high_price: 1.085,
      low_price: 1.079,
      prev_close_price: 1.08112,
      volume: 151_234,
    });
  });
});

describe('tickPrices', () => {
  it('is the quote’s own last, bid, ask and session, at every step of a day', () => {
    const simulator = new MarketSimulator();
    for (const ticker of ['BTCUSD', 'AAPL', 'EURUSD']) {
      const instrument = get(ticker);
      for (let t = Date.UTC(2026, 10, 18); t < Date.UTC(2026, 10, 19); t += 7 * 60_000 + 250) {
        const { last, bid, ask, open } = tickQuote(simulator, instrument, t);
        expect(tickPrices(simulator, instrument, t)).toEqual({ last, bid, ask, open });
      }
    }
  });
});
