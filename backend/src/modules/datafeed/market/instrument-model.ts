// The price path of one instrument, a pure function of (seed, ticker, time):
// - each trading day's close follows a mean-reverting random walk in log price whose volatility
//   varies in slow regimes (clustering);
// - within a day, 1-minute prices are a Brownian bridge from the open to that close, with more
//   variance near the open and close of exchange sessions; each minute has its own high and low;
// - within a minute, the traded price moves in quarter-second steps through the minute's open,
//   high, low and close, so the live stream ends each minute exactly on the historical bar.
// Prices are kept as integer numbers of ticks, so they always sit on the tick grid.
import type { Instrument } from '../catalogue/instrument.js';
import { hashString, normalAt, Rng, seedOf, smoothNoise } from './random.js';
import {
  DAY_MS,
  MINUTE_MS,
  SessionCalendar,
  type DayNumber,
  type SessionBounds,
} from './sessions.js';

/** First simulated trading date, 2019-01-01: history is available from here on. */
export const ORIGIN_DAY: DayNumber = Date.UTC(2019, 0, 1) / DAY_MS;
/** Steps of the intra-minute path: one traded price per 250 ms. */
export const STEPS_PER_MINUTE = 240;
export const STEP_MS = MINUTE_MS / STEPS_PER_MINUTE;

const MEAN_REVERSION = 0.995;

/** The minute bars of one trading day, prices in ticks. */
export interface DaySeries {
  session: SessionBounds;
  count: number;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
}

const STREAM = { daily: 1, gap: 2, minutes: 3, regime: 4, intraday: 5, volume: 6 } as const;

export class InstrumentModel {
  readonly calendar: SessionCalendar;
  readonly tick: number;
  private readonly seed: number;
  private readonly baseLog: number;
  private readonly dailySigma: number;
  private readonly volumeScale: number;
  /** Log close per calendar day since ORIGIN_DAY, extended on demand. */
  private readonly logCloses: number[] = [];

  constructor(
    readonly instrument: Instrument,
    marketSeed: number,
  ) {
    this.calendar = new SessionCalendar(instrument);
    this.tick = instrument.minmov / instrument.pricescale;
    this.seed = seedOf(marketSeed, hashString(instrument.ticker));
    this.baseLog = Math.log(instrument.basePrice);
    const tradingDays = instrument.sessionKind === 'continuous' ? 365 : 252;
    this.dailySigma = instrument.volatility / Math.sqrt(tradingDays);
    this.volumeScale = 10 ** instrument.volumePrecision;
  }

  /** Volatility multiplier of a day: slow regimes of calm and turbulence. */
  private regime(day: DayNumber): number {
    return Math.exp(0.35 * smoothNoise(seedOf(this.seed, STREAM.regime), day / 12));
  }

  /** Log price at the close of trading date `day` (carried over days without a session). */
  logClose(day: DayNumber): number {
    if (day < ORIGIN_DAY) return this.baseLog;
    const closes = this.logCloses;
    for (let d = ORIGIN_DAY + closes.length; d <= day; d++) {
      const previous = closes.length === 0 ? this.baseLog : closes[closes.length - 1]!;
      if (!this.calendar.trades(d)) {
        closes.push(previous);
        continue;
      }
      const shock = normalAt(seedOf(this.seed, STREAM.daily), d) * this.dailySigma * this.regime(d);
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

  /** Relative activity at fraction `x` of the session: U-shaped for exchanges, flatter for 24 h. */
  private profile(x: number): number {
    if (this.instrument.sessionKind === 'exchange') return 0.55 + 4.2 * (x - 0.5) ** 2;
    return 1 + 0.35 * Math.sin(2 * Math.PI * (x - 0.3));
  }

  /** The day's minute bars, or undefined when `day` has no session. */
  daySeries(day: DayNumber): DaySeries | undefined {
    const session = this.calendar.session(day);
    if (session === undefined) return undefined;
    const count = Math.round((session.close - session.open) / MINUTE_MS);
    const rng = new Rng(seedOf(this.seed, STREAM.minutes, day));
    const intradaySeed = seedOf(this.seed, STREAM.intraday, day);

    // Per-minute standard deviations whose variances add up to the day's variance.
    // Activity weights drive both variance and volume: busy minutes move more and trade more.
    const weight = new Float64Array(count);
    let totalWeight = 0;
    for (let i = 0; i < count; i++) {
      weight[i] =
        this.profile((i + 0.5) / count) * Math.exp(0.5 * smoothNoise(intradaySeed, i / 45));
      totalWeight += weight[i]!;
    }
    const daySigma = this.dailySigma * this.regime(day);
    const sigma = new Float64Array(count);
    for (let i = 0; i < count; i++) sigma[i] = daySigma * Math.sqrt(weight[i]! / totalWeight);

    // Brownian bridge in log price from the open to the close.
    const start = this.logOpen(day);
    const end = this.logClose(day);
    const walk = new Float64Array(count + 1);
    const variance = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) {
      walk[i + 1] = walk[i]! + sigma[i]! * rng.normal();
      variance[i + 1] = variance[i]! + sigma[i]! ** 2;
    }
    const correction = walk[count]! - (end - start);
    const ticks = new Float64Array(count + 1);
    for (let i = 0; i <= count; i++) {
      ticks[i] = this.toTicks(start + walk[i]! - (variance[i]! / variance[count]!) * correction);
    }

    const series: DaySeries = {
      session,
      count,
      open: new Float64Array(count),
      high: new Float64Array(count),
      low: new Float64Array(count),
      close: new Float64Array(count),
      volume: new Float64Array(count),
    };
    const volumeSeed = seedOf(this.seed, STREAM.volume, day);
    const volumeRng = new Rng(volumeSeed);
    const dayVolume =
      this.instrument.dailyVolume * Math.exp(0.3 * smoothNoise(volumeSeed, day / 7));
    for (let i = 0; i < count; i++) {
      const open = ticks[i]!;
      const close = ticks[i + 1]!;
      const reach = 0.6 * sigma[i]!;
      const up = Math.max(open, close) * Math.exp(Math.abs(rng.normal()) * reach);
      const down = Math.min(open, close) * Math.exp(-Math.abs(rng.normal()) * reach);
      series.open[i] = open;
      series.close[i] = close;
      series.high[i] = Math.max(Math.round(up), open, close);
      series.low[i] = Math.max(1, Math.min(Math.round(down), open, close));
      const share = weight[i]! / totalWeight;
      const noise = Math.exp(0.45 * volumeRng.normal() - 0.1);
      series.volume[i] =
        Math.round(dayVolume * share * noise * this.volumeScale) / this.volumeScale;
    }
    return series;
  }

  /** Price in ticks of a log price, never below one tick. */
  private toTicks(logPrice: number): number {
    return Math.max(1, Math.round(Math.exp(logPrice) / this.tick));
  }

  /** A price in the instrument's currency from a number of ticks, exactly on the grid. */
  price(ticks: number): number {
    return (ticks * this.instrument.minmov) / this.instrument.pricescale;
  }

  /**
   * The traded price (ticks) at each quarter-second of minute `index` of `series`: it starts at
   * the bar's open, touches its high and its low, and ends on its close.
   */
  minutePath(series: DaySeries, index: number): Float64Array {
    const open = series.open[index]!;
    const high = series.high[index]!;
    const low = series.low[index]!;
    const close = series.close[index]!;
    const rng = new Rng(seedOf(this.seed, STREAM.minutes, series.session.day, index, 7));
    const last = STEPS_PER_MINUTE - 1;
    const highStep = 1 + Math.floor(rng.next() * (last - 1));
    let lowStep = 1 + Math.floor(rng.next() * (last - 1));
    if (lowStep === highStep) lowStep = highStep === 1 ? 2 : highStep - 1;
    const anchors = [
      [0, open],
      [highStep, high],
      [lowStep, low],
      [last, close],
    ].sort((a, b) => a[0]! - b[0]!) as [number, number][];

    const path = new Float64Array(STEPS_PER_MINUTE);
    const wiggle = Math.max(1, (high - low) / 6);
    for (let k = 0; k < anchors.length - 1; k++) {
      const [fromStep, fromPrice] = anchors[k]!;
      const [toStep, toPrice] = anchors[k + 1]!;
      for (let s = fromStep; s <= toStep; s++) {
        const x = toStep === fromStep ? 1 : (s - fromStep) / (toStep - fromStep);
        const line = fromPrice + (toPrice - fromPrice) * x;
        const noise = Math.sin(Math.PI * x) * wiggle * rng.normal() * 0.5;
        path[s] = Math.min(high, Math.max(low, Math.round(line + noise)));
      }
    }
    for (const [step, price] of anchors) path[step] = price;
    return path;
  }
}
