// Bars of every resolution, so that they agree with each other and with the live stream:
// intraday bars are aggregated from the day's 1-minute bars, a completed day's bar is its daily
// plan (which its minutes add up to exactly), weeks fold their days, and the bar containing
// "now" is the forming one, cut at the current quarter-second.
import type { Resolution } from '@trading-pro/contract';
import type { Instrument } from '../catalogue/instrument.js';
import { ORIGIN_DAY } from './daily-model.js';
import type { DaySeries } from './instrument-model.js';
import type { MarketSimulator } from './market-simulator.js';
import type { TickBar } from './prices.js';
import { DAY_MS, MINUTE_MS, weekday, type DayNumber } from './sessions.js';

/** How far back intraday resolutions reach. */
export const INTRADAY_HISTORY_DAYS = 90;
/** Most bars one answer carries; older ones are fetched with an earlier `to`. */
export const MAX_BARS = 20_000;

/** A window that holds every bucket of any day. */
const WHOLE_DAY = { from: 0, to: Number.MAX_SAFE_INTEGER };

const MINUTES: Partial<Record<Resolution, number>> = {
  '1': 1,
  '5': 5,
  '15': 15,
  '30': 30,
  '60': 60,
  '240': 240,
};

/** A query in Unix ms: bars opening in `[from, to)`, or at least `countBack` before `to`. */
export interface BarRange {
  from: number;
  to: number;
  countBack?: number | undefined;
}

/** The datafeed's answer: the bars, and whether nothing at all exists before the range. */
export function history(
  simulator: MarketSimulator,
  instrument: Instrument,
  resolution: Resolution,
  range: BarRange,
  now: number,
): { bars: TickBar[]; noData: boolean } {
  const { bars, earliest } = historyBars(simulator, instrument, resolution, range, now);
  return { bars, noData: bars.length === 0 && range.from <= earliest };
}

/** Bars with `from ≤ time < to` (at least `countBack` before `to` when history allows), ascending. */
export function historyBars(
  simulator: MarketSimulator,
  instrument: Instrument,
  resolution: Resolution,
  range: BarRange,
  now: number,
): { bars: TickBar[]; earliest: number } {
  const calendar = simulator.model(instrument).calendar;
  const earliestDay =
    MINUTES[resolution] === undefined
      ? ORIGIN_DAY
      : Math.floor(now / DAY_MS) - INTRADAY_HISTORY_DAYS;
  const earliest = calendar.session(firstTradingDay(calendar, earliestDay))!.open;
  // Never past the current instant: the loop below starts at a real, finite day.
  const end = Math.min(range.to, now + 1);
  const wanted = range.countBack ?? 0;
  // With count_back, bars before `from` may be needed; without it, only the range is built.
  const window = { from: wanted > 0 ? earliest : Math.max(earliest, range.from), to: end };

  // Walk trading days backwards from the one holding `end`, newest bars first; at most one
  // iteration per calendar day since earliestDay.
  const collected: TickBar[][] = [];
  let count = 0;
  let week: TickBar | undefined;
  for (
    let day = calendar.lastDayOpenedBy(end - 1);
    day >= earliestDay;
    day = calendar.previousDay(day)
  ) {
    const dayBars = barsOfDay(simulator, instrument, resolution, day, now, window);
    if (resolution === '1W') {
      // Fold days into their week (Monday-dated); emit a week when an earlier week begins.
      const bar = dayBars[0];
      if (bar === undefined) continue;
      const monday = mondayOf(day) * DAY_MS;
      if (week !== undefined && week.time !== monday) {
        collected.push([week]);
        count++;
        week = undefined;
      }
      week = week === undefined ? { ...bar, time: monday } : merge(bar, week, monday);
    } else {
      collected.push(dayBars);
      count += dayBars.length;
    }
    // Done once the range is covered (this day began before it) and count_back satisfied, or
    // once the answer is full.
    const dayOpen = calendar.session(day)!.open;
    if ((dayOpen < range.from && count >= wanted) || count >= Math.max(wanted, MAX_BARS)) break;
  }
  if (week !== undefined) collected.push([week]);

  // Plain loops: this runs on every /bars request, and Array.prototype.flat is slow.
  const bars: TickBar[] = [];
  for (let i = collected.length - 1; i >= 0; i--) for (const bar of collected[i]!) bars.push(bar);
  // Ascending, so the answer is one slice: from the first bar at or after `from` (earlier when
  // count_back asks for more) to the last bar before `end`, at most MAX_BARS of the newest.
  let last = bars.length;
  while (last > 0 && bars[last - 1]!.time >= end) last--;
  let first = 0;
  while (first < last && bars[first]!.time < range.from) first++;
  first = Math.max(0, Math.min(first, last - wanted), last - MAX_BARS);
  return { bars: bars.slice(first, last), earliest };
}

function firstTradingDay(calendar: { trades(day: DayNumber): boolean }, day: DayNumber): DayNumber {
  // Every instrument trades on weekdays: a week always holds one.
  for (let candidate = day; candidate < day + 7; candidate++) {
    if (calendar.trades(candidate)) return candidate;
  }
  throw new Error(`no trading day in the week from day ${day}`);
}

const mondayOf = (day: DayNumber) => day - ((weekday(day) + 6) % 7);

/** One bar spanning `first` then `second` (consecutive, same period), dated `time`. */
function merge(first: TickBar, second: TickBar, time: number): TickBar {
  return {
    time,
    open: first.open,
    high: Math.max(first.high, second.high),
    low: Math.min(first.low, second.low),
    close: second.close,
    volume: first.volume + second.volume,
  };
}

/** Minutes `first..last` (inclusive, first ≤ last) of `series` as one bar dated `time`. */
function span(series: DaySeries, first: number, last: number, time: number): TickBar {
  let high = series.high[first]!;
  let low = series.low[first]!;
  let volume = 0;
  for (let i = first; i <= last; i++) {
    if (series.high[i]! > high) high = series.high[i]!;
    if (series.low[i]! < low) low = series.low[i]!;
    volume += series.volume[i]!;
  }
  return { time, open: series.open[first]!, high, low, close: series.close[last]!, volume };
}

/**
 * Bars whose buckets have closed never change (history is a function of seed, ticker and time),
 * so each is built once per cached day and shared, frozen, by every later answer. Keyed by the
 * day's series, they leave memory with it.
 */
const completedBars = new WeakMap<DaySeries, Map<number, TickBar[]>>();

function completedOf(series: DaySeries, bucketMinutes: number): TickBar[] {
  let bySize = completedBars.get(series);
  if (bySize === undefined) {
    bySize = new Map();
    completedBars.set(series, bySize);
  }
  let bars = bySize.get(bucketMinutes);
  if (bars === undefined) {
    bars = [];
    bySize.set(bucketMinutes, bars);
  }
  return bars;
}

/**
 * The day's bars at a minute-based resolution, or its one daily bar; cut at `now`. Only the
 * buckets that overlap `window` (ms, `[from, to)`) are built: a query touching two days of
 * 1-minute bars must not build 2,880 to return 300. A day that has closed gets its daily bar
 * without its minutes being simulated.
 */
export function barsOfDay(
  simulator: MarketSimulator,
  instrument: Instrument,
  resolution: Resolution,
  day: DayNumber,
  now: number,
  window: { from: number; to: number } = WHOLE_DAY,
): TickBar[] {
  const minutes = MINUTES[resolution];
  if (minutes === undefined) {
    const session = simulator.model(instrument).calendar.session(day);
    if (session === undefined || session.open > now) return [];
    if (session.close <= now) return [simulator.dailyBar(instrument, day)!];
  }
  const series = simulator.day(instrument, day);
  if (series === undefined || series.session.open > now) return [];
  const moment = now < series.session.close ? simulator.moment(instrument, now) : undefined;
  const lastMinute = moment === undefined ? series.count - 1 : moment.minute;
  const size = minutes ?? series.count;
  const open = series.session.open;
  const bucketMs = size * MINUTE_MS;
  const firstBucket =
    minutes === undefined ? 0 : Math.max(0, Math.floor((window.from - open) / bucketMs));
  const completed = completedOf(series, size);
  const bars: TickBar[] = [];
  for (let start = firstBucket * size; start <= lastMinute; start += size) {
    const time = minutes === undefined ? day * DAY_MS : open + start * MINUTE_MS;
    if (minutes !== undefined && time >= window.to) break;
    // Closed: the session is over, or "now" is past the bucket's last minute. (A bar cached by a
    // call with a later "now" is not used for an earlier one.)
    const closed = moment === undefined || start + size - 1 < moment.minute;
    const known = closed ? completed[start / size] : undefined;
    if (known !== undefined) {
      bars.push(known);
      continue;
    }
    const stop = Math.min(start + size - 1, lastMinute);
    let bar: TickBar;
    if (moment !== undefined && stop === moment.minute) {
      const forming = simulator.minuteBar(instrument, series, stop, moment.step);
      bar =
        stop > start
          ? merge(span(series, start, stop - 1, time), forming, time)
          : { ...forming, time };
    } else {
      bar = span(series, start, stop, time);
    }
    if (closed) completed[start / size] = Object.freeze(bar);
    bars.push(bar);
  }
  return bars;
}
