// The market as seen at an instant: one model per instrument, with caches so that history and
// live streams share the work. Every answer is a function of (seed, ticker, time) only.
import type { Instrument } from '../catalogue/instrument.js';
import { InstrumentModel, STEP_MS, STEPS_PER_MINUTE, type DaySeries } from './instrument-model.js';
import type { TickBar } from './prices.js';
import { MINUTE_MS, type DayNumber } from './sessions.js';

/**
 * The seed of the market when none is configured: a constant, so that past bars are the same
 * after every restart, in every process and in the browser's offline demo.
 */
export const DEFAULT_MARKET_SEED = 20240101;

/** Where an instant falls: in a session (minute and quarter-second step), or after one. */
export interface MarketMoment {
  series: DaySeries;
  /** Index of the current (forming) minute, or `count - 1` when the session has closed. */
  minute: number;
  /** Quarter-second step within that minute; the last step when closed. */
  step: number;
  open: boolean;
}

const MAX_CACHED_DAYS = 400;
const MAX_CACHED_PATHS = 256;

export class MarketSimulator {
  private readonly models = new Map<string, InstrumentModel>();
  private readonly days = new Map<string, DaySeries | null>();
  private readonly paths = new Map<string, Float64Array>();

  constructor(readonly seed: number = DEFAULT_MARKET_SEED) {}

  model(instrument: Instrument): InstrumentModel {
    let model = this.models.get(instrument.ticker);
    if (model === undefined) {
      model = new InstrumentModel(instrument, this.seed);
      this.models.set(instrument.ticker, model);
    }
    return model;
  }

  /** The minute bars of a trading day (least-recently-used cache). */
  day(instrument: Instrument, day: DayNumber): DaySeries | undefined {
    const key = `${instrument.ticker}|${day}`;
    let series = this.days.get(key);
    if (series !== undefined) {
      this.days.delete(key);
      this.days.set(key, series);
      return series ?? undefined;
    }
    series = this.model(instrument).daySeries(day) ?? null;
    this.days.set(key, series);
    if (this.days.size > MAX_CACHED_DAYS) this.days.delete(this.days.keys().next().value!);
    return series ?? undefined;
  }

  /** The complete bar of a trading day, drawn without its minutes (undefined: no session). */
  dailyBar(instrument: Instrument, day: DayNumber): TickBar | undefined {
    return this.model(instrument).dailyBar(day);
  }

  /** The quarter-second price path of one minute (small cache: live streams reuse it). */
  path(instrument: Instrument, series: DaySeries, minute: number): Float64Array {
    const key = `${instrument.ticker}|${series.session.day}|${minute}`;
    let path = this.paths.get(key);
    if (path === undefined) {
      path = this.model(instrument).minutePath(series, minute);
      this.paths.set(key, path);
      if (this.paths.size > MAX_CACHED_PATHS) this.paths.delete(this.paths.keys().next().value!);
    }
    return path;
  }

  /** The session the instant belongs to, or the last one that opened before it. */
  moment(instrument: Instrument, t: number): MarketMoment {
    const calendar = this.model(instrument).calendar;
    const day = calendar.lastDayOpenedBy(t);
    const series = this.day(instrument, day)!;
    if (t >= series.session.close) {
      return { series, minute: series.count - 1, step: STEPS_PER_MINUTE - 1, open: false };
    }
    const elapsed = t - series.session.open;
    return {
      series,
      minute: Math.floor(elapsed / MINUTE_MS),
      step: Math.floor((elapsed % MINUTE_MS) / STEP_MS),
      open: true,
    };
  }

  /** Minute `index` of `series` as it stands at `step` (the whole bar at the last step). */
  minuteBar(instrument: Instrument, series: DaySeries, index: number, step: number): TickBar {
    const time = series.session.open + index * MINUTE_MS;
    if (step >= STEPS_PER_MINUTE - 1) {
      return {
        time,
        open: series.open[index]!,
        high: series.high[index]!,
        low: series.low[index]!,
        close: series.close[index]!,
        volume: series.volume[index]!,
      };
    }
    const path = this.path(instrument, series, index);
    let high = path[0]!;
    let low = path[0]!;
    for (let s = 1; s <= step; s++) {
      if (path[s]! > high) high = path[s]!;
      if (path[s]! < low) low = path[s]!;
    }
    // Volume accrues evenly through the minute, in whole units.
    const volume = Math.floor((series.volume[index]! * (step + 1)) / STEPS_PER_MINUTE);
    return { time, open: path[0]!, high, low, close: path[step]!, volume };
  }
}
