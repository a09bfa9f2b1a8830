import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../catalogue/catalogue.js';
import type { Instrument } from '../catalogue/instrument.js';
import { barsOfDay, historyBars } from './bar-history.js';
import { STEPS_PER_MINUTE } from './instrument-model.js';
import { MarketSimulator } from './market-simulator.js';
import { tickQuote } from './quote-builder.js';
import { DAY_MS, MINUTE_MS } from './sessions.js';

const catalogue = new Catalogue();
const get = (ticker: string) => catalogue.find(ticker)!;
const SEED = 20240101;
/** Wednesday 2026-11-18, 10:00:30.5 in New York: AAPL is trading, minute 30, step 2. */
const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);
const WEDNESDAY = Math.floor(NOW / DAY_MS);

describe('sessions', () => {
  const sim = new MarketSimulator(SEED);
  const calendar = (ticker: string) => sim.model(get(ticker)).calendar;

  it('opens US stocks 09:30–16:00 New York time, across daylight saving', () => {
    expect(calendar('AAPL').session(WEDNESDAY)).toMatchObject({
      open: Date.UTC(2026, 10, 18, 14, 30),
      close: Date.UTC(2026, 10, 18, 21, 0),
    });
    const july = Date.UTC(2026, 6, 15) / DAY_MS;
    expect(calendar('AAPL').session(july)).toMatchObject({
      open: Date.UTC(2026, 6, 15, 13, 30),
      close: Date.UTC(2026, 6, 15, 20, 0),
    });
  });

  it('closes stocks, indices and forex at weekends, never crypto', () => {
    const saturday = Date.UTC(2026, 10, 21) / DAY_MS;
    for (const ticker of ['AAPL', 'SPX', 'EURUSD', 'SAP']) {
      expect(calendar(ticker).session(saturday), ticker).toBeUndefined();
    }
    expect(calendar('BTCUSD').session(saturday)).toMatchObject({
      open: saturday * DAY_MS,
      close: (saturday + 1) * DAY_MS,
    });
  });

  it('starts the forex Monday at 17:00 New York on Sunday', () => {
    const monday = Date.UTC(2026, 10, 23) / DAY_MS;
    expect(calendar('EURUSD').session(monday)).toMatchObject({
      open: Date.UTC(2026, 10, 22, 22, 0),
      close: Date.UTC(2026, 10, 23, 22, 0),
    });
    expect(calendar('EURUSD').dayAt(Date.UTC(2026, 10, 22, 23, 0))).toBe(monday);
    expect(calendar('EURUSD').dayAt(Date.UTC(2026, 10, 22, 21, 0))).toBeUndefined();
  });

  it('uses each exchange’s own timezone', () => {
    expect(calendar('SAP').session(WEDNESDAY)).toMatchObject({
      open: Date.UTC(2026, 10, 18, 8, 0),
      close: Date.UTC(2026, 10, 18, 16, 30),
    });
  });

  it('has no bars outside the session', () => {
    const bars = barsOfDay(sim, get('AAPL'), '1', WEDNESDAY, NOW + DAY_MS);
    expect(bars).toHaveLength(390);
    expect(bars[0]!.time).toBe(Date.UTC(2026, 10, 18, 14, 30));
    expect(bars.at(-1)!.time).toBe(Date.UTC(2026, 10, 18, 20, 59));
  });
});

describe('determinism', () => {
  it('gives the same history to two simulators with the same seed', () => {
    for (const ticker of ['AAPL', 'BTCUSD', 'EURUSD']) {
      const a = historyBars(
        new MarketSimulator(SEED),
        get(ticker),
        '5',
        { from: NOW - 3 * DAY_MS, to: NOW },
        NOW,
      );
      const b = historyBars(
        new MarketSimulator(SEED),
        get(ticker),
        '5',
        { from: NOW - 3 * DAY_MS, to: NOW },
        NOW,
      );
      expect(a.bars.length).toBeGreaterThan(50);
      expect(a).toEqual(b);
    }
  });

  it('gives another history with another seed', () => {
    const a = new MarketSimulator(SEED).day(get('AAPL'), WEDNESDAY)!;
    const b = new MarketSimulator(SEED + 1).day(get('AAPL'), WEDNESDAY)!;
    expect(a.close).not.toEqual(b.close);
  });

  it('does not depend on what was computed before (no hidden state)', () => {
    const fresh = new MarketSimulator(SEED).day(get('NVDA'), WEDNESDAY)!;
    const warmed = new MarketSimulator(SEED);
    for (let d = WEDNESDAY - 30; d < WEDNESDAY; d++) warmed.day(get('NVDA'), d);
    expect(warmed.day(get('NVDA'), WEDNESDAY)).toEqual(fresh);
  });
});

describe('bars', () => {
  const sim = new MarketSimulator(SEED);

  it.each(catalogue.instruments.map((i) => [i.ticker, i] as const))(
    '%s: prices on the tick grid, low ≤ open, close ≤ high, positive volume',
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
        expect(series.volume[i]!).toBeGreaterThan(0);
        if (i > 0) expect(series.open[i]).toBe(series.close[i - 1]);
      }
      const price = model.price(series.close[0]!);
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

  it('aggregates every resolution from the same minutes', () => {
    const aapl = get('AAPL');
    const after = NOW + DAY_MS;
    const minutes = barsOfDay(sim, aapl, '1', WEDNESDAY, after);
    const [daily] = barsOfDay(sim, aapl, '1D', WEDNESDAY, after);
    expect(daily).toEqual({
      time: WEDNESDAY * DAY_MS,
      open: minutes[0]!.open,
      high: Math.max(...minutes.map((b) => b.high)),
      low: Math.min(...minutes.map((b) => b.low)),
      close: minutes.at(-1)!.close,
      volume: expect.closeTo(
        minutes.reduce((s, b) => s + b.volume, 0),
        3,
      ),
    });
    for (const size of [5, 15, 30, 60, 240] as const) {
      const bars = barsOfDay(sim, aapl, String(size) as '5', WEDNESDAY, after);
      expect(bars).toHaveLength(Math.ceil(390 / size));
      bars.forEach((bar, k) => {
        const part = minutes.slice(k * size, (k + 1) * size);
        expect(bar.time).toBe(part[0]!.time);
        expect(bar.open).toBe(part[0]!.open);
        expect(bar.close).toBe(part.at(-1)!.close);
        expect(bar.high).toBe(Math.max(...part.map((b) => b.high)));
        expect(bar.low).toBe(Math.min(...part.map((b) => b.low)));
      });
    }
  });

  it('makes a week of its trading days, dated Monday', () => {
    const btc = get('BTCUSD');
    const monday = Date.UTC(2026, 10, 9) / DAY_MS;
    const sunday = monday + 6;
    const week = historyBars(
      sim,
      btc,
      '1W',
      { from: monday * DAY_MS, to: (sunday + 1) * DAY_MS },
      NOW,
    ).bars;
    expect(week).toHaveLength(1);
    const days = historyBars(
      sim,
      btc,
      '1D',
      { from: monday * DAY_MS, to: (sunday + 1) * DAY_MS },
      NOW,
    ).bars;
    expect(days).toHaveLength(7);
    expect(week[0]).toMatchObject({
      time: monday * DAY_MS,
      open: days[0]!.open,
      close: days[6]!.close,
      high: Math.max(...days.map((d) => d.high)),
      low: Math.min(...days.map((d) => d.low)),
    });
  });

  it('ends history with the bar forming at this instant', () => {
    const aapl = get('AAPL');
    const { bars } = historyBars(
      sim,
      aapl,
      '1',
      { from: NOW - 10 * MINUTE_MS, to: NOW + DAY_MS },
      NOW,
    );
    const forming = bars.at(-1)!;
    expect(forming.time).toBe(Date.UTC(2026, 10, 18, 15, 0));
    const complete = sim.day(aapl, WEDNESDAY)!;
    // Two quarter-seconds into the minute: the bar is not yet the whole minute's bar.
    expect(forming.volume).toBeLessThan(complete.volume[30]!);
    expect(forming.open).toBe(complete.open[30]);
    const endOfMinute = Date.UTC(2026, 10, 18, 15, 0, 59, 999);
    const later = historyBars(
      sim,
      aapl,
      '1',
      { from: NOW - MINUTE_MS, to: NOW + DAY_MS },
      endOfMinute,
    ).bars.at(-1)!;
    expect(later).toEqual({
      time: forming.time,
      open: complete.open[30],
      high: complete.high[30],
      low: complete.low[30],
      close: complete.close[30],
      volume: complete.volume[30],
    });
  });

  it('honours count_back and never returns future bars', () => {
    const { bars } = historyBars(
      sim,
      get('AAPL'),
      '60',
      { from: NOW - MINUTE_MS, to: NOW + 30 * DAY_MS, countBack: 50 },
      NOW,
    );
    expect(bars.length).toBeGreaterThanOrEqual(50);
    expect(bars.every((b) => b.time <= NOW)).toBe(true);
    expect(bars.map((b) => b.time)).toEqual([...bars.map((b) => b.time)].sort((a, b) => a - b));
  });
});

describe('closed bars kept between answers', () => {
  const ranges = [
    { resolution: '1', from: NOW - 300 * MINUTE_MS },
    { resolution: '15', from: NOW - 3 * DAY_MS },
    { resolution: '240', from: NOW - 10 * DAY_MS },
    { resolution: '1D', from: NOW - 40 * DAY_MS },
  ] as const;

  it('answer exactly as a fresh simulator does, at a later and at an earlier instant', () => {
    const warmed = new MarketSimulator(SEED);
    const later = NOW + 2 * DAY_MS;
    for (const { resolution, from } of ranges) {
      const range = { from, to: NOW + DAY_MS };
      const fresh = (now: number) =>
        historyBars(new MarketSimulator(SEED), get('AAPL'), resolution, range, now).bars;
      // Warm with a later instant, when everything in the range has closed...
      expect(historyBars(warmed, get('AAPL'), resolution, range, later).bars).toEqual(fresh(later));
      // ...then ask at NOW: the bar forming at NOW must not come from the cache.
      expect(historyBars(warmed, get('AAPL'), resolution, range, NOW).bars).toEqual(fresh(NOW));
      expect(historyBars(warmed, get('AAPL'), resolution, range, NOW).bars).toEqual(fresh(NOW));
    }
  });

  it('are shared and frozen; the forming bar is neither', () => {
    const sim = new MarketSimulator(SEED);
    const range = { from: NOW - 30 * MINUTE_MS, to: NOW + MINUTE_MS };
    const first = historyBars(sim, get('AAPL'), '1', range, NOW).bars;
    const second = historyBars(sim, get('AAPL'), '1', range, NOW).bars;
    expect(second[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(second.at(-1)).not.toBe(first.at(-1));
    expect(Object.isFrozen(first.at(-1))).toBe(false);
  });
});

describe('the intra-minute path', () => {
  const sim = new MarketSimulator(SEED);
  it('opens at the bar’s open, touches its high and low, and ends on its close', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalogue.instruments),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 389 }),
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
});

describe('quotes', () => {
  const sim = new MarketSimulator(SEED);
  it('agree with the bars: last = forming close, day high/low/volume = the day so far', () => {
    const aapl = get('AAPL');
    const quote = tickQuote(sim, aapl, NOW);
    const bars = barsOfDay(sim, aapl, '1', WEDNESDAY, NOW);
    expect(quote.last).toBe(bars.at(-1)!.close);
    expect(quote.dayOpen).toBe(bars[0]!.open);
    expect(quote.dayHigh).toBe(Math.max(...bars.map((b) => b.high)));
    expect(quote.dayLow).toBe(Math.min(...bars.map((b) => b.low)));
    expect(quote.volume).toBeCloseTo(
      bars.reduce((s, b) => s + b.volume, 0),
      3,
    );
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
    const friday = sim.day(aapl, WEDNESDAY + 2)!;
    expect(quote.open).toBe(false);
    expect(quote.last).toBe(friday.close[friday.count - 1]);
  });
});
