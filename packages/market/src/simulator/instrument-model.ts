// The price path of one instrument, a pure function of (seed, ticker, time), drawn top-down:
// - each trading day's open, high, low, close and volume first (daily-model.ts);
// - then the day's 1-minute bars: a Brownian bridge in log price from the open to the close,
//   with more variance near the open and close of exchange sessions, bent so that its highest
//   minute high is the day's high and its lowest minute low the day's low, and minute volumes
//   that add up to the day's volume;
// - within a minute, the traded price moves in quarter-second steps through the minute's open,
//   high, low and close, so the live stream ends each minute exactly on the historical bar.
// Prices are kept as integer numbers of ticks, so they always sit on the tick grid.
import type { Instrument } from '../catalogue/instrument.js';
import { fitToDay, splitUnits } from './bridge.js';
import { DailyModel, STREAM, type DayPlan } from './daily-model.js';
import { logToTicks, type TickBar } from './prices.js';
import { hashString, Rng, seedOf, SmoothNoise } from './random.js';
import { MINUTE_MS, SessionCalendar, type DayNumber, type SessionBounds } from './sessions.js';

/** Steps of the intra-minute path: one traded price per 250 ms. */
export const STEPS_PER_MINUTE = 240;
export const STEP_MS = MINUTE_MS / STEPS_PER_MINUTE;

/** The minute bars of one trading day: prices in ticks, volume in units. */
export interface DaySeries {
  session: SessionBounds;
  count: number;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
}

export class InstrumentModel {
  readonly calendar: SessionCalendar;
  readonly daily: DailyModel;
  readonly tick: number;
  private readonly seed: number;

  constructor(
    readonly instrument: Instrument,
    marketSeed: number,
  ) {
    this.calendar = new SessionCalendar(instrument);
    this.tick = instrument.minmov / instrument.pricescale;
    this.seed = seedOf(marketSeed, hashString(instrument.ticker));
    this.daily = new DailyModel(instrument, this.seed, this.calendar, this.tick);
  }

  /** Log price at the close of trading date `day`. */
  logClose(day: DayNumber): number {
    return this.daily.logClose(day);
  }

  /** The complete daily bar of `day`, without simulating its minutes. */
  dailyBar(day: DayNumber): TickBar | undefined {
    return this.daily.bar(day);
  }

  /** Relative activity at fraction `x` of the session: U-shaped for exchanges, flatter for 24 h. */
  private profile(x: number): number {
    if (this.instrument.sessionKind === 'exchange') return 0.55 + 4.2 * (x - 0.5) ** 2;
    return 1 + 0.35 * Math.sin(2 * Math.PI * (x - 0.3));
  }

  /** The day's minute bars, or undefined when `day` has no session. */
  daySeries(day: DayNumber): DaySeries | undefined {
    const plan = this.daily.plan(day);
    if (plan === undefined) return undefined;
    const { count } = plan;

    // Activity weights drive both variance and volume: busy minutes move more and trade more.
    const intraday = new SmoothNoise(seedOf(this.seed, STREAM.intraday, day));
    const weight = new Float64Array(count);
    let totalWeight = 0;
    for (let i = 0; i < count; i++) {
      weight[i] = this.profile((i + 0.5) / count) * Math.exp(0.5 * intraday.at(i / 45));
      totalWeight += weight[i]!;
    }
    // Per-minute standard deviations whose variances add up to the day's variance.
    const sigma = new Float64Array(count);
    for (let i = 0; i < count; i++)
      sigma[i] = Math.sqrt((plan.variance * weight[i]!) / totalWeight);

    const shape = this.bridge(plan, sigma, new Rng(seedOf(this.seed, STREAM.minutes, day)));
    fitToDay(shape, plan.open, plan.close, plan.high, plan.low);
    const series = this.toTicks(plan, shape);

    const volumeRng = new Rng(seedOf(this.seed, STREAM.volume, day));
    const shares = new Float64Array(count);
    for (let i = 0; i < count; i++) shares[i] = weight[i]! * Math.exp(0.45 * volumeRng.normal());
    series.volume = splitUnits(plan.volume, shares);
    return series;
  }

  /** A Brownian bridge of minute closes from the open to the close, and each minute's reach. */
  private bridge(plan: DayPlan, sigma: Float64Array, rng: Rng) {
    const count = sigma.length;
    const walk = new Float64Array(count + 1);
    const variance = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) {
      walk[i + 1] = walk[i]! + sigma[i]! * rng.normal();
      variance[i + 1] = variance[i]! + sigma[i]! ** 2;
    }
    const correction = walk[count]! - (plan.close - plan.open);
    const closes = new Float64Array(count + 1);
    for (let i = 0; i <= count; i++) {
      closes[i] = plan.open + walk[i]! - (variance[i]! / variance[count]!) * correction;
    }
    // Within a minute the price reaches beyond its open and close (the minute's wicks).
    const highs = new Float64Array(count);
    const lows = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const reach = 0.6 * sigma[i]!;
      highs[i] = Math.max(closes[i]!, closes[i + 1]!) + Math.abs(rng.normal()) * reach;
      lows[i] = Math.min(closes[i]!, closes[i + 1]!) - Math.abs(rng.normal()) * reach;
    }
    return { closes, highs, lows };
  }

  /** The fitted path in ticks; every minute kept inside the day's bar, whatever the rounding. */
  private toTicks(
    plan: DayPlan,
    shape: { closes: Float64Array; highs: Float64Array; lows: Float64Array },
  ): DaySeries {
    const { count, session } = plan;
    const dayHigh = logToTicks(plan.high, this.tick);
    const dayLow = logToTicks(plan.low, this.tick);
    const closes = new Float64Array(count + 1);
    for (let i = 0; i <= count; i++) {
      closes[i] = Math.min(dayHigh, Math.max(dayLow, logToTicks(shape.closes[i]!, this.tick)));
    }
    const series: DaySeries = {
      session,
      count,
      open: closes.subarray(0, count),
      close: closes.subarray(1, count + 1),
      high: new Float64Array(count),
      low: new Float64Array(count),
      volume: new Float64Array(count),
    };
    for (let i = 0; i < count; i++) {
      const high = Math.min(dayHigh, logToTicks(shape.highs[i]!, this.tick));
      const low = Math.max(dayLow, logToTicks(shape.lows[i]!, this.tick));
      series.high[i] = Math.max(high, closes[i]!, closes[i + 1]!);
      series.low[i] = Math.min(low, closes[i]!, closes[i + 1]!);
    }
    return series;
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
