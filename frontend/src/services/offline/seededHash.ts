// Stateless pseudo-randomness: a value is a pure function of (seed, stream, index), so the price
// at any instant can be computed directly, in any order, and is the same in every tab and after
// every reload — which a Math.random()-driven walk could not offer.

/** A 32-bit avalanche mix (the "lowbias32" finaliser): every input bit flips ~half the output. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A 32-bit hash of a string (FNV-1a), to turn tickers into hash streams. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

const TWO_32 = 2 ** 32;

/**
 * The key of one hash stream under `seed`. Computing it once per stream (rather than on every
 * call) halves the work of the hot path, where a price needs a dozen hashed values.
 */
export function streamKey(seed: number, stream: number): number {
  return mix(mix((seed >>> 0) ^ 0x9e3779b9) ^ (stream >>> 0));
}

/**
 * A uniform value in [0, 1) for `index` (any integer a double holds exactly) of the stream with
 * `key`. The index is split into 32-bit halves so indices past 2^32 stay distinct.
 */
export function keyedUnitHash(key: number, index: number): number {
  // 5-second knots stay below 2^32 until the year 2650: one mix in the common case.
  if (index >= 0 && index < TWO_32) return mix(key ^ index) / TWO_32;
  const lo = index >>> 0;
  const hi = Math.floor(index / TWO_32) >>> 0;
  return mix(mix(key ^ hi) ^ lo) / TWO_32;
}

/** A uniform value in [0, 1) for `index` of `stream` under `seed`. */
export function unitHash(seed: number, stream: number, index: number): number {
  return keyedUnitHash(streamKey(seed, stream), index);
}
