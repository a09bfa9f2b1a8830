// The minute bars of the market: a pure function of (seed, ticker, time), on the tick grid, with
// coherent OHLC, positive volumes, a U-shaped day, and a quarter-second path inside each minute.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../catalogue/catalogue.js';
import type { Instrument } from '../catalogue/instrument.js';
import { historyBars } from './bar-history.js';
import { STEPS_PER_MINUTE } from './instrument-model.js';
import { MarketSimulator } from './market-simulator.js';
import { ticksToPrice } from './prices.js';
import { DAY_MS } from './sessions.js';

const catalogue = new Catalogue();
const get = (ticker: string) => catalogue.find(ticker)!;
const SEED = 20240101;
/** Wednesday 2026-11-18, 10:00:30.5 in New York: AAPL is trading, minute 30, step 2. */
const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);
const WEDNESDAY = Math.floor(NOW / DAY_MS);

describe('determinism', () => {
  it('gives the same history to two simulators with the same seed', () => {
    for (const ticker of ['AAPL', 'BTCUSD', 'EURUSD']) {
      const range = { from: NOW - 3 * DAY_MS, to: NOW };
      const a = historyBars(new MarketSimulator(SEED), get(ticker), '5', range, NOW);
      const b = historyBars(new MarketSimulator(SEED), get(ticker), '5', range, NOW);
      expect(a.bars.length).toBeGreaterThan(50);
      expect(a).toEqual(b);
    }
  });

  it('gives another history with another seed', () => {
    const a = new MarketSimulator(SEED).day(get('AAPL'), WEDNESDAY)!;
    const b = new MarketSimulator(SEED + 1).day(get('AAPL'), WEDNESDAY)!;
    expect(a.close).not.toEqual(b.close);
    expect(new MarketSimulator(SEED).dailyBar(get('AAPL'), WEDNESDAY)).not.toEqual(
      new MarketSimulator(SEED + 1).dailyBar(get('AAPL'), WEDNESDAY),
    );
  });

  it('does not depend on what was computed before (no hidden state)', () => {
    const fresh = new MarketSimulator(SEED);
    const warmed = new MarketSimulator(SEED);
    for (let d = WEDNESDAY - 30; d < WEDNESDAY; d++) warmed.day(get('NVDA'), d);
    warmed.dailyBar(get('NVDA'), WEDNESDAY + 40);
    expect(warmed.day(get('NVDA'), WEDNESDAY)).toEqual(fresh.day(get('NVDA'), WEDNESDAY));
    expect(warmed.dailyBar(get('NVDA'), WEDNESDAY - 3)).toEqual(
      new MarketSimulator(SEED).dailyBar(get('NVDA'), WEDNESDAY - 3),
    );
  });

  it('uses the built-in seed when none is given', () => {
    expect(new MarketSimulator().seed).toBe(SEED);
  });
});

describe('minute bars', () => {
  const sim = new MarketSimulator(SEED);

  it.each(catalogue.instruments.map((i) => [i.ticker, i] as const))(
    '%s: prices on the tick grid, low ≤ open, close ≤ high, positive whole volumes',
    (_ticker, instrument: Instrument) => {
      const model = sim.model(instrument);
      const day = model.calendar.lastDayOpenedBy(NOW);
      const series = sim.day(instrument, day)!;
      for (let i = 0; i < series.count; i++) {
        for (const v of [series.open[i]!, series.high[i]!, series.low[i]!, series.close[i]!]) {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(1);
        }
        expect(series.low[i]!).toBeLessThanOrEqual(Math.min(series.open[i]!, series.close[i]!));
        expect(series.high[i]!).toBeGreaterThanOrEqual(Math.max(series.open[i]!, series.close[i]!));
        expect(Number.isInteger(series.volume[i]!)).toBe(true);
        expect(series.volume[i]!).toBeGreaterThan(0);
        if (i > 0) expect(series.open[i]).toBe(series.close[i - 1]);
      }
      const price = ticksToPrice(instrument, series.close[0]!);
      const ticks = (price * instrument.pricescale) / instrument.minmov;
      expect(Math.abs(ticks - Math.round(ticks))).toBeLessThan(1e-6);
    },
  );

  it('stays near each instrument’s price level over years', () => {
    for (const instrument of catalogue.instruments) {
      const model = sim.model(instrument);
      for (let day = WEDNESDAY - 1500; day <= WEDNESDAY; day += 50) {
        const ratio = Math.exp(model.logClose(day)) / instrument.basePrice;
        expect(ratio, instrument.ticker).toBeGreaterThan(0.2);
        expect(ratio, instrument.ticker).toBeLessThan(5);
      }
    }
  });

  it('is busier near the open and the close of an exchange session (U-shaped)', () => {
    // Over 40 days of AAPL: the first and last half hours against the middle hour.
    const edges = { volume: 0, move: 0, minutes: 0 };
    const middle = { volume: 0, move: 0, minutes: 0 };
    for (let day = WEDNESDAY - 60; day < WEDNESDAY; day++) {
      const series = sim.day(get('AAPL'), day);
      if (series === undefined) continue;
      for (let i = 0; i < series.count; i++) {
        const part = i < 30 || i >= series.count - 30 ? edges : i >= 165 && i < 225 ? middle : null;
        if (part === null) continue;
        part.volume += series.volume[i]!;
        part.move += Math.abs(Math.log(series.close[i]! / series.open[i]!));
        part.minutes++;
      }
    }
    const perMinute = (part: typeof edges, key: 'volume' | 'move') => part[key] / part.minutes;
    expect(perMinute(edges, 'volume') / perMinute(middle, 'volume')).toBeGreaterThan(1.5);
    expect(perMinute(edges, 'move') / perMinute(middle, 'move')).toBeGreaterThan(1.2);
  });
});

describe('the intra-minute path', () => {
  const sim = new MarketSimulator(SEED);
  it('opens at the bar’s open, touches its high and low, and ends on its close', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalogue.instruments),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 1439 }),
        (instrument, back, minuteSeed) => {
          const model = sim.model(instrument);
          const day = model.calendar.lastDayOpenedBy(NOW - back * DAY_MS);
          const series = sim.day(instrument, day)!;
          const i = minuteSeed % series.count;
          const path = sim.path(instrument, series, i);
          expect(path).toHaveLength(STEPS_PER_MINUTE);
          expect(path[0]).toBe(series.open[i]);
          expect(path[STEPS_PER_MINUTE - 1]).toBe(series.close[i]);
          expect(Math.max(...path)).toBe(series.high[i]);
          expect(Math.min(...path)).toBe(series.low[i]);
          expect(path.every((p) => Number.isInteger(p))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('builds each quarter-second’s bar from the path so far, the whole bar at the last step', () => {
    const aapl = get('AAPL');
    const series = sim.day(aapl, WEDNESDAY)!;
    const path = sim.path(aapl, series, 30);
    let volume = 0;
    for (let step = 0; step < STEPS_PER_MINUTE; step++) {
      const bar = sim.minuteBar(aapl, series, 30, step);
      const seen = [...path.subarray(0, step + 1)];
      expect(bar.close).toBe(path[step]);
      if (step < STEPS_PER_MINUTE - 1) {
        expect(bar.high).toBe(Math.max(...seen));
        expect(bar.low).toBe(Math.min(...seen));
      }
      expect(bar.volume).toBeGreaterThanOrEqual(volume);
      volume = bar.volume;
    }
    expect(sim.minuteBar(aapl, series, 30, STEPS_PER_MINUTE - 1)).toMatchObject({
      high: series.high[30],
      low: series.low[30],
      volume: series.volume[30],
    });
  });
});
