// Counter-based randomness: every random number of the market is derived from (seed, symbol,
// day, index) alone, so any process computes the same price for the same instant, at any time,
// without replaying history.

/** murmur3's 32-bit finaliser: a cheap, well-mixed integer hash. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a of a string, for turning a ticker into a number. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One 32-bit seed from several integers (each may exceed 32 bits, e.g. a minute index). */
export function seedOf(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = mix32(h ^ mix32(part | 0));
    h = mix32(h ^ mix32(Math.floor(part / 0x100000000)));
  }
  return h;
}

/** mulberry32: a small, fast generator; one is created per (symbol, day) or (symbol, minute). */
export class Rng {
  private state: number;
  private spare: number | undefined;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    return mulberryOutput(this.state);
  }

  /** Standard normal (Box–Muller, using both values). */
  normal(): number {
    if (this.spare !== undefined) {
      const value = this.spare;
      this.spare = undefined;
      return value;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
}

/** mulberry32's output for a state already advanced. */
function mulberryOutput(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * Standard normal value at integer position `i` of a stream, without generating the others:
 * the first value of `new Rng(seedOf(seed, i)).normal()`, computed without allocating one.
 */
export function normalAt(seed: number, i: number): number {
  const first = (seedOf(seed, i) + 0x6d2b79f5) | 0;
  const second = (first + 0x6d2b79f5) | 0;
  const u = 1 - mulberryOutput(first);
  const v = mulberryOutput(second);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const interpolate = (from: number, to: number, f: number) => {
  const w = (1 - Math.cos(Math.PI * f)) / 2;
  return from * (1 - w) + to * w;
};

/**
 * Smooth noise of one seed: normals at integer points (normalAt), interpolated with a cosine in
 * between. Drives slowly varying volatility regimes and activity as a pure function of time. It
 * remembers the last pair of knots: a day's minutes or a run of days mostly fall between the
 * same two, so most calls draw nothing.
 */
export class SmoothNoise {
  private knot = Number.NaN;
  private from = 0;
  private to = 0;

  constructor(private readonly seed: number) {}

  at(x: number): number {
    const i = Math.floor(x);
    if (i !== this.knot) {
      this.from = i === this.knot + 1 ? this.to : normalAt(this.seed, i);
      this.to = normalAt(this.seed, i + 1);
      this.knot = i;
    }
    return interpolate(this.from, this.to, x - i);
  }
}
