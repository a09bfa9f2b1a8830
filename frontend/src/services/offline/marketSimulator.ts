// The offline market: a deterministic, stateless price path. The price of an instrument at an
// instant is a pure function of (seed, ticker, instant), so any past bar is computed directly —
// no simulation from some origin — and history, the live stream and quotes always agree.
//
// The path is a log-deviation from the instrument's base price made of a few slow sinusoids
// (per-ticker phases) and hashed noise at several time scales, each scaled like a random walk
// (volatility × √horizon). It is evaluated on a 5-second grid of knots and interpolated linearly
// between them. Being piecewise linear, the extremes of any interval lie on its knots or ends, so
// a 1-minute bar that samples all its knots has the exact high and low of every price inside it.
import type { Bar, QuoteValues, Resolution } from '../../types/market';
import { roundToTick, tickSize, type OfflineInstrument } from './offlineCatalogue';
import { DAY_MS, MINUTE_MS, barOpenTime, resolutionMs } from './resolutions';
import { hashString, keyedUnitHash, streamKey, unitHash } from './seededHash';

/** The seed when none is given: a constant, so past bars are the same on every visit. */
export const DEFAULT_MARKET_SEED = 20_240_601;
/** Spacing of the path's knots. */
export const KNOT_MS = 5_000;
/** Interior samples of a bar longer than a minute: bounds the cost of a bar whatever its length. */
const SAMPLES_PER_BAR = 16;

const YEAR_MS = 365.25 * DAY_MS;
const TWO_PI = 2 * Math.PI;

/** Slow swings: period, and amplitude relative to a random walk over that period. */
const WAVES = [
  { periodMs: 97 * DAY_MS, weight: 0.35 },
  { periodMs: 23 * DAY_MS, weight: 0.35 },
  { periodMs: 5.3 * DAY_MS, weight: 0.35 },
  { periodMs: 1.3 * DAY_MS, weight: 0.35 },
] as const;

/** Smoothly interpolated noise between hashed values spaced `spacingMs` apart. */
const NOISE = [
  { spacingMs: 30 * DAY_MS, weight: 0.8 },
  { spacingMs: 8 * 60 * MINUTE_MS, weight: 0.8 },
  { spacingMs: 45 * MINUTE_MS, weight: 0.8 },
  { spacingMs: 4 * MINUTE_MS, weight: 0.8 },
] as const;
/** Independent noise on each knot: the tick-to-tick jitter. */
const KNOT_NOISE_WEIGHT = 0.8;

/** One layer of interpolated noise, with the last pair of hashed values it used. */
interface NoiseLayer {
  key: number;
  spacingMs: number;
  amplitude: number;
  /** Neighbouring knots usually share the pair: remembering it saves most of the hashing. */
  index: number;
  v0: number;
  v1: number;
}

/** What the path needs of an instrument, derived once. */
interface PathModel {
  basePrice: number;
  waves: { omega: number; phase: number; amplitude: number }[];
  noise: NoiseLayer[];
  knotKey: number;
  knotAmplitude: number;
  volumeStream: number;
}

export interface MarketSimulator {
  readonly seed: number;
  /** The last price of `instrument` at `t` (Unix ms), on its tick grid. */
  price(instrument: OfflineInstrument, t: number): number;
  /**
   * The bar of `resolution` opening at `time`, as it stands at `now`: complete once `now` reaches
   * its end, otherwise the forming bar closing at the price of `now`.
   */
  bar(instrument: OfflineInstrument, resolution: Resolution, time: number, now: number): Bar;
  /** The bars opening at `first`, `first + duration`, … while before `end`, as of `now`. */
  bars(
    instrument: OfflineInstrument,
    resolution: Resolution,
    first: number,
    end: number,
    now: number,
  ): Bar[];
  /** The quote at `t`: last price, bid/ask, and the UTC day's open, high, low, change, volume. */
  quote(instrument: OfflineInstrument, t: number): QuoteValues;
}

export function createMarketSimulator(options: { seed?: number } = {}): MarketSimulator {
  const seed = options.seed ?? DEFAULT_MARKET_SEED;
  const models = new Map<string, PathModel>();

  const modelOf = (instrument: OfflineInstrument): PathModel => {
    let model = models.get(instrument.ticker);
    if (model === undefined) {
      model = pathModel(seed, instrument);
      models.set(instrument.ticker, model);
    }
    return model;
  };

  /** The unrounded price at knot `k`. */
  const knotPrice = (model: PathModel, k: number): number => {
    const t = k * KNOT_MS;
    let deviation = model.knotAmplitude * (keyedUnitHash(model.knotKey, k) * 2 - 1);
    const { waves, noise } = model;
    for (let w = 0; w < waves.length; w++) {
      const wave = waves[w]!;
      deviation += wave.amplitude * Math.sin(wave.omega * t + wave.phase);
    }
    for (let n = 0; n < noise.length; n++) {
      const layer = noise[n]!;
      const x = t / layer.spacingMs;
      const i = Math.floor(x);
      if (i !== layer.index) {
        layer.index = i;
        layer.v0 = keyedUnitHash(layer.key, i) * 2 - 1;
        layer.v1 = keyedUnitHash(layer.key, i + 1) * 2 - 1;
      }
      const f = x - i;
      const s = f * f * (3 - 2 * f);
      deviation += layer.amplitude * (layer.v0 + (layer.v1 - layer.v0) * s);
    }
    return model.basePrice * Math.exp(deviation);
  };

  const priceOf = (instrument: OfflineInstrument, model: PathModel, t: number): number => {
    const k = Math.floor(t / KNOT_MS);
    const f = (t - k * KNOT_MS) / KNOT_MS;
    const p0 = knotPrice(model, k);
    const raw = f === 0 ? p0 : p0 + (knotPrice(model, k + 1) - p0) * f;
    // Rounding is monotonic, so a rounded interpolated price still lies between the rounded
    // knots: the piecewise-linear guarantee above survives it.
    return roundToTick(instrument, raw);
  };

  const price = (instrument: OfflineInstrument, t: number): number =>
    priceOf(instrument, modelOf(instrument), t);

  const bar = (
    instrument: OfflineInstrument,
    resolution: Resolution,
    time: number,
    now: number,
    knownOpen?: number,
  ): Bar => {
    const model = modelOf(instrument);
    const duration = resolutionMs(resolution);
    const closeAt = Math.max(time, Math.min(time + duration, now));
    const open = knownOpen ?? priceOf(instrument, model, time);
    const close = priceOf(instrument, model, closeAt);
    let high = Math.max(open, close);
    let low = Math.min(open, close);
    const knots = duration / KNOT_MS;
    const samples = Math.min(SAMPLES_PER_BAR, knots - 1);
    for (let i = 1; i <= samples; i++) {
      // Samples sit on fixed knots, so a forming bar only gains samples as time passes. A
      // 1-minute bar samples all its knots, so its range holds every earlier price; a longer one
      // may miss a past extreme between samples, which the live stream adds back (it widens each
      // push with the previous one).
      const t = time + Math.round((i * knots) / (samples + 1)) * KNOT_MS;
      if (t >= closeAt) break;
      const p = priceOf(instrument, model, t);
      if (p > high) high = p;
      if (p < low) low = p;
    }
    return {
      time,
      open,
      high,
      low,
      close,
      volume: volume(instrument, model, time, duration, closeAt),
    };
  };

  const volume = (
    instrument: OfflineInstrument,
    model: PathModel,
    time: number,
    duration: number,
    closeAt: number,
  ): number => {
    const activity = 0.5 + unitHash(seed, model.volumeStream ^ duration, time / MINUTE_MS);
    const full = ((instrument.dailyVolume * duration) / DAY_MS) * activity;
    const traded = (full * (closeAt - time)) / duration;
    const scale = 10 ** instrument.volumePrecision;
    // At least one unit: a bar that exists has traded something, and charts scale volume by it.
    return Math.max(1, Math.round(traded * scale)) / scale;
  };

  const bars = (
    instrument: OfflineInstrument,
    resolution: Resolution,
    first: number,
    end: number,
    now: number,
  ): Bar[] => {
    const duration = resolutionMs(resolution);
    const result: Bar[] = [];
    for (let time = first; time < end; time += duration) {
      // A bar opens where the previous one closed (the market never closes offline).
      const previous = result[result.length - 1];
      const open =
        previous !== undefined && previous.time + duration <= now ? previous.close : undefined;
      result.push(bar(instrument, resolution, time, now, open));
    }
    return result;
  };

  const quote = (instrument: OfflineInstrument, t: number): QuoteValues => {
    const day = bar(instrument, '1D', barOpenTime('1D', t), t);
    const last = day.close;
    // The day opens where the previous one closed: the path is continuous around the clock.
    const previousClose = day.open;
    const tick = tickSize(instrument);
    const spreadTicks = Math.max(1, Math.round((last * instrument.spread) / tick));
    const bid = roundToTick(instrument, last - Math.floor(spreadTicks / 2) * tick);
    const ask = roundToTick(instrument, bid + spreadTicks * tick);
    const change = roundToTick(instrument, last - previousClose);
    return {
      ch: change,
      chp: Math.round((change / previousClose) * 10_000) / 100,
      short_name: instrument.ticker,
      exchange: instrument.exchange,
      description: instrument.description,
      lp: last,
      ask,
      bid,
      spread: roundToTick(instrument, ask - bid),
      open_price: day.open,
      high_price: day.high,
      low_price: day.low,
      prev_close_price: previousClose,
      volume: day.volume,
    };
  };

  return { seed, price, bar, bars, quote };
}

function pathModel(seed: number, instrument: OfflineInstrument): PathModel {
  const stream = hashString(instrument.ticker);
  const scale = (horizonMs: number) => instrument.volatility * Math.sqrt(horizonMs / YEAR_MS);
  return {
    basePrice: instrument.basePrice,
    waves: WAVES.map((wave, i) => ({
      omega: TWO_PI / wave.periodMs,
      phase: TWO_PI * unitHash(seed, stream, -1 - i),
      amplitude: wave.weight * scale(wave.periodMs),
    })),
    noise: NOISE.map((noise, i) => ({
      key: streamKey(seed, (stream + Math.imul(i + 1, 0x9e3779b1)) >>> 0),
      spacingMs: noise.spacingMs,
      amplitude: noise.weight * scale(noise.spacingMs),
      index: Number.NaN,
      v0: 0,
      v1: 0,
    })),
    knotKey: streamKey(seed, (stream ^ 0x5bd1e995) >>> 0),
    knotAmplitude: KNOT_NOISE_WEIGHT * scale(KNOT_MS),
    volumeStream: (stream ^ 0x27d4eb2f) >>> 0,
  };
}
