// The top-down building blocks: the law of a Brownian bridge's extremes, the bend that makes a
// minute path reach the day's high and low exactly, and volumes split without losing a unit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bridgeMaximum, bridgeMinimum, fitToDay, splitUnits, type MinuteShape } from './bridge.js';
import { Rng } from './random.js';

describe('bridgeMaximum and bridgeMinimum', () => {
  it('invert P(max ≥ m) = exp(−2 m (m − c) / s²), beyond max(0, c) and min(0, c)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.double({ min: 1e-6, max: 0.05, noNaN: true }),
        fc.double({ min: 1e-9, max: 1, noNaN: true }),
        (c, variance, u) => {
          const max = bridgeMaximum(c, variance, u);
          const min = bridgeMinimum(c, variance, u);
          expect(max).toBeGreaterThanOrEqual(Math.max(0, c) - 1e-15);
          expect(min).toBeLessThanOrEqual(Math.min(0, c) + 1e-15);
          expect(Math.exp((-2 * max * (max - c)) / variance)).toBeCloseTo(u, 9);
          expect(Math.exp((-2 * min * (min - c)) / variance)).toBeCloseTo(u, 9);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('match the maxima of simulated fine-grained bridges', () => {
    // 3,000 bridges of 1,000 steps from 0 to c = 0.5 (variance 1): the empirical distribution of
    // the maximum against the law the daily bars are drawn from, at its quartiles.
    const rng = new Rng(12345);
    const c = 0.5;
    const steps = 1000;
    const maxima: number[] = [];
    for (let run = 0; run < 3000; run++) {
      let x = 0;
      const path = new Float64Array(steps + 1);
      for (let i = 1; i <= steps; i++) path[i] = x += rng.normal() / Math.sqrt(steps);
      let max = 0;
      for (let i = 0; i <= steps; i++) max = Math.max(max, path[i]! - (i / steps) * (x - c));
      maxima.push(max);
    }
    maxima.sort((a, b) => a - b);
    for (const q of [0.25, 0.5, 0.75]) {
      const empirical = maxima[Math.floor(q * maxima.length)]!;
      // P(max ≤ m) = q  ⇔  P(max ≥ m) = 1 − q. A discrete path slightly undershoots the
      // continuous maximum, hence the tolerance.
      expect(empirical).toBeCloseTo(bridgeMaximum(c, 1, 1 - q), 1);
    }
  });
});

/** A random minute shape: a walk of closes, and each minute's reach beyond them. */
const shapeArb = fc
  .record({
    steps: fc.array(fc.double({ min: -0.01, max: 0.01, noNaN: true }), {
      minLength: 1,
      maxLength: 80,
    }),
    reach: fc.array(fc.double({ min: 0, max: 0.004, noNaN: true }), { minLength: 160 }),
  })
  .map(({ steps, reach }): MinuteShape => {
    const count = steps.length;
    const closes = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) closes[i + 1] = closes[i]! + steps[i]!;
    const highs = new Float64Array(count);
    const lows = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      highs[i] = Math.max(closes[i]!, closes[i + 1]!) + reach[2 * i]!;
      lows[i] = Math.min(closes[i]!, closes[i + 1]!) - reach[2 * i + 1]!;
    }
    return { closes, highs, lows };
  });

describe('fitToDay', () => {
  it('makes any path open, close, and reach its high and low exactly', () => {
    fc.assert(
      fc.property(
        shapeArb,
        fc.double({ min: -0.05, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        (shape, close, above, below) => {
          const open = 4.6;
          const day = {
            high: Math.max(open, open + close) + above,
            low: open + Math.min(0, close) - below,
          };
          const path: MinuteShape = {
            closes: shape.closes.map((x) => open + x),
            highs: shape.highs.map((x) => open + x),
            lows: shape.lows.map((x) => open + x),
          };
          fitToDay(path, open, open + close, day.high, day.low);
          const count = path.highs.length;
          expect(path.closes[0]).toBe(open);
          expect(path.closes[count]).toBe(open + close);
          expect(Math.max(...path.highs)).toBe(day.high);
          expect(Math.min(...path.lows)).toBe(day.low);
          for (let i = 0; i < count; i++) {
            expect(path.highs[i]).toBeGreaterThanOrEqual(
              Math.max(path.closes[i]!, path.closes[i + 1]!),
            );
            expect(path.lows[i]).toBeLessThanOrEqual(
              Math.min(path.closes[i]!, path.closes[i + 1]!),
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps the order of prices (a monotone bend) and leaves the open–close range alone', () => {
    const path: MinuteShape = {
      closes: Float64Array.from([0, 0.25, 1.25, 0.75, 1]),
      highs: Float64Array.from([0.5, 1.25, 1.5, 1.125]),
      lows: Float64Array.from([-0.5, 0.25, 0.75, 0.5]),
    };
    fitToDay(path, 0, 1, 3, -1);
    // 0.25 and 0.75 lie between open and close: unchanged. Above 1, stretched by
    // (3 − 1) / (1.5 − 1) = 4; below 0, by (0 − −1) / 0.5 = 2.
    expect([...path.closes]).toEqual([0, 0.25, 2, 0.75, 1]);
    expect([...path.highs]).toEqual([0.5, 2, 3, 1.5]);
    expect([...path.lows]).toEqual([-1, 0.25, 0.75, 0.5]);
  });

  it('puts a wick on the most extreme minute when the path never leaves the open–close range', () => {
    const path: MinuteShape = {
      closes: Float64Array.from([0, 0.5, 0.9, 1]),
      highs: Float64Array.from([0.5, 0.95, 1]),
      lows: Float64Array.from([0, 0.5, 0.9]),
    };
    fitToDay(path, 0, 1, 1.4, -0.2);
    expect([...path.closes]).toEqual([0, 0.5, 0.9, 1]);
    expect([...path.highs]).toEqual([0.5, 0.95, 1.4]);
    expect([...path.lows]).toEqual([-0.2, 0.5, 0.9]);
  });
});

describe('splitUnits', () => {
  it('sums exactly to the total and gives every slot at least one unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 500 }),
        fc.integer({ min: 0, max: 1e12 }),
        (shares, extra) => {
          const total = shares.length + extra;
          const parts = splitUnits(total, Float64Array.from(shares));
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          for (const part of parts) {
            expect(Number.isInteger(part)).toBe(true);
            expect(part).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('follows the shares', () => {
    expect([...splitUnits(1003, Float64Array.from([1, 2, 7]))]).toEqual([101, 201, 701]);
  });
});
