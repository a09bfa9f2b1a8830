// Top-down generation: a day's bar is drawn first, as a pure function of (seed, ticker, day), and
// its minutes are drawn to fit it exactly — whatever the seed, the instrument or the day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../catalogue/instruments.data.js';
import { ORIGIN_DAY } from './daily-model.js';
import { InstrumentModel } from './instrument-model.js';
import { DAY_MS } from './sessions.js';

/** 2019-01-01 to the end of 2030: every day the history or a near future can ask for. */
const LAST_DAY = Date.UTC(2030, 11, 31) / DAY_MS;

const aggregate = (model: InstrumentModel, day: number) => {
  const series = model.daySeries(day)!;
  let high = series.high[0]!;
  let low = series.low[0]!;
  let volume = 0;
  for (let i = 0; i < series.count; i++) {
    high = Math.max(high, series.high[i]!);
    low = Math.min(low, series.low[i]!);
    volume += series.volume[i]!;
  }
  return {
    time: day * DAY_MS,
    open: series.open[0]!,
    high,
    low,
    close: series.close[series.count - 1]!,
    volume,
  };
};

describe('the daily bar, drawn first', () => {
  it('is exactly what the day’s minutes add up to, for any seed, instrument and day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...INSTRUMENTS),
        fc.integer({ min: ORIGIN_DAY, max: LAST_DAY }),
        (seed, instrument, day) => {
          const model = new InstrumentModel(instrument, seed);
          const bar = model.dailyBar(day);
          if (!model.calendar.trades(day)) {
            expect(bar).toBeUndefined();
            return;
          }
          expect(bar).toEqual(aggregate(new InstrumentModel(instrument, seed), day));
        },
      ),
      { numRuns: 250 },
    );
  });

  it('is a pure function of (seed, ticker, day): the same whatever was asked before', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...INSTRUMENTS),
        fc.array(fc.integer({ min: ORIGIN_DAY, max: LAST_DAY }), { minLength: 2, maxLength: 6 }),
        (seed, instrument, days) => {
          const warmed = new InstrumentModel(instrument, seed);
          for (const day of days.slice(1)) warmed.dailyBar(day);
          const day = days[0]!;
          expect(warmed.dailyBar(day)).toEqual(new InstrumentModel(instrument, seed).dailyBar(day));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('has a coherent range: low ≤ open, close ≤ high, prices on the grid, volume whole', () => {
    for (const instrument of INSTRUMENTS) {
      const model = new InstrumentModel(instrument, 20240101);
      for (let day = ORIGIN_DAY; day < ORIGIN_DAY + 2900; day += 13) {
        const bar = model.dailyBar(day);
        if (bar === undefined) continue;
        for (const v of [bar.open, bar.high, bar.low, bar.close, bar.volume]) {
          expect(Number.isInteger(v), instrument.ticker).toBe(true);
        }
        expect(bar.low).toBeGreaterThanOrEqual(1);
        expect(bar.low).toBeLessThanOrEqual(Math.min(bar.open, bar.close));
        expect(bar.high).toBeGreaterThanOrEqual(Math.max(bar.open, bar.close));
      }
    }
  });

  it('opens where the previous day closed, around the clock (no gap without a closed market)', () => {
    for (const ticker of ['BTCUSD', 'EURUSD']) {
      const model = new InstrumentModel(
        INSTRUMENTS.find((i) => i.ticker === ticker)!,
        7,
      );
      for (let day = ORIGIN_DAY + 10; day < ORIGIN_DAY + 400; day++) {
        const bar = model.dailyBar(day);
        if (bar === undefined) continue;
        const previous = model.dailyBar(model.calendar.previousDay(day))!;
        expect(bar.open, `${ticker} day ${day}`).toBe(previous.close);
      }
    }
  });

  it('reaches beyond the open and the close as a Brownian bridge does', () => {
    // The mean of the high above max(open, close), in units of the day's standard deviation, is
    // about 0.3–0.6 for a bridge (0.63 with no net move); a bar squeezed to its open and close,
    // or one blown far out, would fail.
    const model = new InstrumentModel(
      INSTRUMENTS.find((i) => i.ticker === 'BTCUSD')!,
      11,
    );
    let sum = 0;
    let days = 0;
    for (let day = ORIGIN_DAY; day < ORIGIN_DAY + 2000; day++) {
      const plan = model.daily.plan(day)!;
      sum += (plan.high - Math.max(plan.open, plan.close)) / Math.sqrt(plan.variance);
      days++;
    }
    expect(sum / days).toBeGreaterThan(0.3);
    expect(sum / days).toBeLessThan(0.65);
  });
});
