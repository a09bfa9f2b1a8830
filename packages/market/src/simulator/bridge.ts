// The mathematics of drawing a day top-down: its extremes first, from the law of a Brownian
// bridge's maximum and minimum, then a minute path bent to reach exactly those extremes.

/**
 * The maximum of a Brownian bridge from 0 to `c` whose variance over the span is `variance`,
 * drawn by inversion from `u` in (0, 1]: P(max ≥ m) = exp(−2 m (m − c) / variance) for
 * m ≥ max(0, c), so m = (c + √(c² − 2 variance ln u)) / 2.
 */
export function bridgeMaximum(c: number, variance: number, u: number): number {
  return (c + Math.sqrt(c * c - 2 * variance * Math.log(u))) / 2;
}

/** The minimum of the same bridge, by symmetry: −max of the bridge from 0 to −c. */
export function bridgeMinimum(c: number, variance: number, u: number): number {
  return -bridgeMaximum(-c, variance, u);
}

/**
 * A day's minute path before it is fitted: `closes[0..count]` (closes[0] is the open), and each
 * minute's highest and lowest price, all in the same unit (log price).
 */
export interface MinuteShape {
  closes: Float64Array;
  highs: Float64Array;
  lows: Float64Array;
}

/** Below this, a path is taken as never leaving the open–close range on that side. */
const FLAT = 1e-12;

/**
 * Bends `shape` in place so that it opens at `open`, closes at `close`, and its highest minute
 * high is exactly `high` and its lowest minute low exactly `low` (high ≥ max(open, close),
 * low ≤ min(open, close)). Prices between the open and the close stay where they are; above, the
 * path is stretched linearly so its maximum lands on `high`, and below likewise for `low` — a
 * monotone piecewise-linear map, so every minute keeps low ≤ open, close ≤ high. When the path
 * never rises above max(open, close) (nothing to stretch), its most extreme minute gets a wick to
 * `high`; the same for `low`.
 */
export function fitToDay(
  shape: MinuteShape,
  open: number,
  close: number,
  high: number,
  low: number,
): void {
  const { closes, highs, lows } = shape;
  const count = highs.length;
  closes[0] = open;
  closes[count] = close;
  const top = Math.max(open, close);
  const bottom = Math.min(open, close);

  let maxAt = 0;
  let minAt = 0;
  for (let i = 1; i < count; i++) {
    if (highs[i]! > highs[maxAt]!) maxAt = i;
    if (lows[i]! < lows[minAt]!) minAt = i;
  }
  const rise = highs[maxAt]! - top;
  const fall = bottom - lows[minAt]!;
  const up = rise > FLAT ? (high - top) / rise : 0;
  const down = fall > FLAT ? (bottom - low) / fall : 0;
  const bend = (x: number) => {
    if (x > top) return Math.min(high, top + (x - top) * up);
    if (x < bottom) return Math.max(low, bottom - (bottom - x) * down);
    return x;
  };

  for (let i = 1; i < count; i++) closes[i] = bend(closes[i]!);
  for (let i = 0; i < count; i++) {
    // A minute's range holds its own open and close, whatever rounding did to the bend.
    highs[i] = Math.max(bend(highs[i]!), closes[i]!, closes[i + 1]!);
    lows[i] = Math.min(bend(lows[i]!), closes[i]!, closes[i + 1]!);
  }
  // Exactly the day's extremes, not a value one rounding away from them.
  highs[maxAt] = high;
  lows[minAt] = low;
}

/**
 * Splits `total` whole units over slots in proportion to `shares`, each slot getting at least
 * one unit when `total` allows it, the parts summing to `total` exactly: each slot takes the
 * rounded cumulative share minus what the earlier slots took.
 */
export function splitUnits(total: number, shares: Float64Array): Float64Array {
  const count = shares.length;
  const parts = new Float64Array(count);
  const floor = total >= count ? 1 : 0;
  const rest = total - floor * count;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += shares[i]!;
  let cumulative = 0;
  let taken = 0;
  for (let i = 0; i < count; i++) {
    cumulative += shares[i]!;
    const upTo = i === count - 1 ? rest : Math.round((rest * cumulative) / sum);
    parts[i] = floor + upTo - taken;
    taken = upTo;
  }
  return parts;
}
