// The top of the top-down market: each trading day's open, high, low, close and volume as a pure
// function of (seed, ticker, day), drawn without simulating the day's minutes, so years of daily
// history cost a few milliseconds. The minutes are drawn afterwards, bent to this plan.
import type { Instrument } from '../catalogue/instrument.js';
import { bridgeMaximum, bridgeMinimum } from './bridge.js';
import { logToTicks, type TickBar } from './prices.js';
import { normalAt, Rng, seedOf, SmoothNoise } from './random.js';
import {
  DAY_MS,
  MINUTE_MS,
  type DayNumber,
  type SessionBounds,
  type SessionCalendar,
} from './sessions.js';

/** First simulated trading date, 2019-01-01: history is available from here on. */
export const ORIGIN_DAY: DayNumber = Date.UTC(2019, 0, 1) / DAY_MS;

const MEAN_REVERSION = 0.995;

/** Independent random streams of one instrument, so that no draw shifts another. */
export const STREAM = {
  daily: 1,
  gap: 2,
  minutes: 3,
  regime: 4,
  intraday: 5,
  volume: 6,
  extremes: 7,
  dayVolume: 8,
} as const;

/** What a trading day must be, before its minutes exist. Prices are log prices. */
export interface DayPlan {
  session: SessionBounds;
  /** Minutes in the session. */
  count: number;
  open: number;
  high: number;
  low: number;
  close: number;
  /** Variance of the log price over the session (the minutes share it). */
  variance: number;
  /** Whole volume units (10^−volumePrecision) traded in the day. */
  volume: number;
}

export class DailyModel {
  readonly dailySigma: number;
  private readonly baseLog: number;
  private readonly volumeScale: number;
  /** Log close per calendar day since ORIGIN_DAY, extended on demand (a mean-reverting walk). */
  private readonly logCloses: number[] = [];
  /** Volatility regime per calendar day since ORIGIN_DAY, extended with logCloses. */
  private readonly regimes: number[] = [];
  private readonly regimeNoise: SmoothNoise;
  private readonly activityNoise: SmoothNoise;
  /** Completed daily bars, built once and shared (frozen) by every answer. */
  private readonly bars = new Map<DayNumber, TickBar | null>();

  constructor(
    readonly instrument: Instrument,
    private readonly seed: number,
    private readonly calendar: SessionCalendar,
    private readonly tick: number,
  ) {
    this.baseLog = Math.log(instrument.basePrice);
    const tradingDays = instrument.sessionKind === 'continuous' ? 365 : 252;
    this.dailySigma = instrument.volatility / Math.sqrt(tradingDays);
    this.volumeScale = 10 ** instrument.volumePrecision;
    this.regimeNoise = new SmoothNoise(seedOf(seed, STREAM.regime));
    this.activityNoise = new SmoothNoise(seedOf(seed, STREAM.volume));
  }

  /** Volatility multiplier of a day: slow regimes of calm and turbulence. */
  regime(day: DayNumber): number {
    const known = this.regimes[day - ORIGIN_DAY];
    return known ?? Math.exp(0.35 * this.regimeNoise.at(day / 12));
  }

  /** Log price at the close of trading date `day` (carried over days without a session). */
  logClose(day: DayNumber): number {
    if (day < ORIGIN_DAY) return this.baseLog;
    const closes = this.logCloses;
    const dailySeed = seedOf(this.seed, STREAM.daily);
    for (let d = ORIGIN_DAY + closes.length; d <= day; d++) {
      const previous = closes.length === 0 ? this.baseLog : closes[closes.length - 1]!;
      const regime = Math.exp(0.35 * this.regimeNoise.at(d / 12));
      this.regimes.push(regime);
      if (!this.calendar.trades(d)) {
        closes.push(previous);
        continue;
      }
      const shock = normalAt(dailySeed, d) * this.dailySigma * regime;
      closes.push(this.baseLog + MEAN_REVERSION * (previous - this.baseLog) + shock);
    }
    return closes[day - ORIGIN_DAY]!;
  }

  /** Log price at the open of `day`: the previous close, plus an overnight gap for exchanges. */
  private logOpen(day: DayNumber): number {
    const previous = this.logClose(this.calendar.previousDay(day));
    if (this.instrument.sessionKind !== 'exchange') return previous;
    return previous + 0.25 * this.dailySigma * normalAt(seedOf(this.seed, STREAM.gap), day);
  }

  /** The day's plan, or undefined when `day` has no session. */
  plan(day: DayNumber): DayPlan | undefined {
    const session = this.calendar.session(day);
    if (session === undefined) return undefined;
    const count = Math.round((session.close - session.open) / MINUTE_MS);
    const regime = this.regime(day);
    const variance = (this.dailySigma * regime) ** 2;
    const open = this.logOpen(day);
    const close = this.logClose(day);
    // The extremes of the day's path, drawn from the law of a Brownian bridge's maximum and
    // minimum (independently: the minute path is then bent to reach both).
    const extremes = new Rng(seedOf(this.seed, STREAM.extremes, day));
    const c = close - open;
    const high = Math.max(open, close, open + bridgeMaximum(c, variance, 1 - extremes.next()));
    const low = Math.min(open, close, open + bridgeMinimum(c, variance, 1 - extremes.next()));
    // Activity comes in slow waves, with its own noise each day, and is higher on turbulent days.
    const level =
      0.3 * this.activityNoise.at(day / 7) +
      0.2 * normalAt(seedOf(this.seed, STREAM.dayVolume), day) -
      0.02;
    const units = this.instrument.dailyVolume * Math.exp(level) * Math.sqrt(regime);
    const volume = Math.max(count, Math.round(units * this.volumeScale));
    return { session, count, open, high, low, close, variance, volume };
  }

  /** The complete daily bar of `day` (ticks), dated 00:00 UTC of the trading date. */
  bar(day: DayNumber): TickBar | undefined {
    let bar = this.bars.get(day);
    if (bar === undefined) {
      const plan = this.plan(day);
      bar =
        plan === undefined
          ? null
          : Object.freeze({
              time: day * DAY_MS,
              open: logToTicks(plan.open, this.tick),
              high: logToTicks(plan.high, this.tick),
              low: logToTicks(plan.low, this.tick),
              close: logToTicks(plan.close, this.tick),
              volume: plan.volume,
            });
      this.bars.set(day, bar);
    }
    return bar ?? undefined;
  }
}
