// History at every resolution: aggregated from the same minutes, aligned to the session, daily
// bars from the top-down plan without simulating minutes, weeks from days, the forming bar cut
// at the current quarter-second, and bounded work whatever the range.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Catalogue } from '../catalogue/catalogue.js';
import { barsOfDay, history, historyBars, MAX_BARS } from './bar-history.js';
import { ORIGIN_DAY } from './daily-model.js';
import { InstrumentModel } from './instrument-model.js';
import { MarketSimulator } from './market-simulator.js';
import type { TickBar } from './prices.js';
import { DAY_MS, MINUTE_MS } from './sessions.js';

const catalogue = new Catalogue();
const get = (ticker: string) => catalogue.find(ticker)!;
const SEED = 20240101;
/** Wednesday 2026-11-18, 10:00:30.5 in New York: AAPL is trading, minute 30, step 2. */
const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);
const WEDNESDAY = Math.floor(NOW / DAY_MS);
/** The largest instant a datafeed query may name: 9999-12-31T23:59:59 UTC. */
const LAST_INSTANT = 253_402_300_799_000;

afterEach(() => vi.restoreAllMocks());

/** `bars` (consecutive, ascending) as one bar dated `time`. */
const aggregate = (bars: readonly TickBar[], time = bars[0]!.time): TickBar => ({
  time,
  open: bars[0]!.open,
  high: Math.max(...bars.map((b) => b.high)),
  low: Math.min(...bars.map((b) => b.low)),
  close: bars.at(-1)!.close,
  volume: bars.reduce((s, b) => s + b.volume, 0),
});

describe('resolutions', () => {
  const sim = new MarketSimulator(SEED);

  it('aggregates every resolution from the same minutes', () => {
    const aapl = get('AAPL');
    const after = NOW + DAY_MS;
    const minutes = barsOfDay(sim, aapl, '1', WEDNESDAY, after);
    const [daily] = barsOfDay(sim, aapl, '1D', WEDNESDAY, after);
    expect(daily).toEqual(aggregate(minutes, WEDNESDAY * DAY_MS));
    for (const size of [5, 15, 30, 60, 240] as const) {
      const bars = barsOfDay(sim, aapl, String(size) as '5', WEDNESDAY, after);
      expect(bars).toHaveLength(Math.ceil(390 / size));
      bars.forEach((bar, k) => {
        expect(bar).toEqual(aggregate(minutes.slice(k * size, (k + 1) * size)));
      });
    }
  });

  it('aligns intraday bars to the session open: forex’s 4-hour bars start at 17:00 New York', () => {
    const eurusd = get('EURUSD');
    const bars = barsOfDay(sim, eurusd, '240', WEDNESDAY, NOW + DAY_MS);
    expect(bars).toHaveLength(6);
    expect(bars[0]!.time).toBe(Date.UTC(2026, 10, 17, 22, 0));
  });

  it('makes a week of its trading days, dated Monday', () => {
    const btc = get('BTCUSD');
    const monday = Date.UTC(2026, 10, 9) / DAY_MS;
    const range = { from: monday * DAY_MS, to: (monday + 7) * DAY_MS };
    const week = historyBars(sim, btc, '1W', range, NOW).bars;
    expect(week).toHaveLength(1);
    const days = historyBars(sim, btc, '1D', range, NOW).bars;
    expect(days).toHaveLength(7);
    expect(week[0]).toEqual(aggregate(days, monday * DAY_MS));
  });

  it('dates daily bars 00:00 UTC of the trading date, forex included', () => {
    const { bars } = historyBars(
      sim,
      get('EURUSD'),
      '1D',
      { from: (WEDNESDAY - 7) * DAY_MS, to: WEDNESDAY * DAY_MS },
      NOW,
    );
    expect(bars.map((b) => new Date(b.time).toISOString().slice(0, 10))).toEqual([
      '2026-11-11',
      '2026-11-12',
      '2026-11-13',
      '2026-11-16',
      '2026-11-17',
    ]);
  });
});

describe('the forming bar', () => {
  const sim = new MarketSimulator(SEED);

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

  it('is the day so far at 1D, and becomes the day’s plan once the session closes', () => {
    const aapl = get('AAPL');
    const range = { from: (WEDNESDAY - 3) * DAY_MS, to: (WEDNESDAY + 1) * DAY_MS };
    const today = historyBars(sim, aapl, '1D', range, NOW).bars.at(-1)!;
    const minutes = barsOfDay(sim, aapl, '1', WEDNESDAY, NOW);
    expect(today).toEqual(aggregate(minutes, WEDNESDAY * DAY_MS));
    const closed = Date.UTC(2026, 10, 18, 21, 0);
    expect(historyBars(sim, aapl, '1D', range, closed).bars.at(-1)).toBe(
      sim.dailyBar(aapl, WEDNESDAY),
    );
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

describe('long history is cheap', () => {
  it('builds years of completed daily and weekly bars without simulating a single minute', () => {
    const daySeries = vi.spyOn(InstrumentModel.prototype, 'daySeries');
    const sim = new MarketSimulator(SEED);
    const past = { from: ORIGIN_DAY * DAY_MS, to: (WEDNESDAY - 1) * DAY_MS };
    for (const ticker of ['AAPL', 'BTCUSD', 'EURUSD']) {
      expect(historyBars(sim, get(ticker), '1D', past, NOW).bars.length).toBeGreaterThan(1900);
      expect(historyBars(sim, get(ticker), '1W', past, NOW).bars.length).toBeGreaterThan(400);
    }
    expect(daySeries).not.toHaveBeenCalled();
    // Up to now, only today's minutes are needed (for the forming bar).
    historyBars(sim, get('AAPL'), '1D', { from: 0, to: NOW }, NOW);
    expect(daySeries.mock.calls.map(([day]) => day)).toEqual([WEDNESDAY]);
  });

  it('stops at the beginning of history and at the current instant, whatever the range', () => {
    const sim = new MarketSimulator(SEED);
    const all = historyBars(sim, get('BTCUSD'), '1D', { from: 0, to: LAST_INSTANT }, NOW);
    expect(all.bars[0]!.time).toBe(ORIGIN_DAY * DAY_MS);
    expect(all.bars.at(-1)!.time).toBe(WEDNESDAY * DAY_MS);
    expect(all.bars).toHaveLength(WEDNESDAY - ORIGIN_DAY + 1);
    const minutes = historyBars(
      sim,
      get('BTCUSD'),
      '1',
      { from: 0, to: LAST_INSTANT, countBack: MAX_BARS },
      NOW,
    );
    expect(minutes.bars).toHaveLength(MAX_BARS);
    expect(minutes.bars.at(-1)!.time).toBe(Math.floor(NOW / MINUTE_MS) * MINUTE_MS);
    const future = { from: LAST_INSTANT - DAY_MS, to: LAST_INSTANT };
    expect(historyBars(sim, get('AAPL'), '5', future, NOW).bars).toEqual([]);
  });

  it('answers no_data only when nothing exists before the range', () => {
    const sim = new MarketSimulator(SEED);
    const before2019 = { from: 0, to: (ORIGIN_DAY - 10) * DAY_MS };
    expect(history(sim, get('AAPL'), '1D', before2019, NOW)).toEqual({ bars: [], noData: true });
    const saturday = Date.UTC(2026, 10, 14);
    const weekend = { from: saturday, to: saturday + DAY_MS };
    expect(history(sim, get('AAPL'), '1', weekend, NOW)).toEqual({ bars: [], noData: false });
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
    for (const [resolution, from] of [
      ['1', NOW - 30 * MINUTE_MS],
      ['1D', NOW - 30 * DAY_MS],
    ] as const) {
      const range = { from, to: NOW + MINUTE_MS };
      const first = historyBars(sim, get('AAPL'), resolution, range, NOW).bars;
      const second = historyBars(sim, get('AAPL'), resolution, range, NOW).bars;
      expect(second[0]).toBe(first[0]);
      expect(Object.isFrozen(first[0])).toBe(true);
      expect(second.at(-1)).not.toBe(first.at(-1));
      expect(Object.isFrozen(first.at(-1))).toBe(false);
    }
  });
});
