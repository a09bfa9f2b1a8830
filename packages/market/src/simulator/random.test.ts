// Counter-based randomness: every number is a function of its seed and position alone, so any
// process draws the same market without replaying history.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString, normalAt, Rng, seedOf, SmoothNoise } from './random.js';

describe('normalAt', () => {
  it('is the first normal of the generator seeded at that position', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1e12, max: 1e12 }), (seed, i) => {
        expect(normalAt(seed, i)).toBe(new Rng(seedOf(seed, i)).normal());
      }),
    );
  });

  it('looks standard normal over many positions', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => normalAt(7, i));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeGreaterThan(0.95);
    expect(variance).toBeLessThan(1.05);
  });
});

describe('SmoothNoise', () => {
  const expected = (seed: number, x: number) => {
    const i = Math.floor(x);
    const w = (1 - Math.cos(Math.PI * (x - i))) / 2;
    return normalAt(seed, i) * (1 - w) + normalAt(seed, i + 1) * w;
  };

  it('interpolates the normals at its knots, in whatever order it is asked', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { maxLength: 40 }),
        (seed, xs) => {
          const noise = new SmoothNoise(seed);
          for (const x of [...xs, ...xs.map((x) => x + 0.5), ...xs.map((x) => x + 1)]) {
            expect(noise.at(x)).toBe(expected(seed, x));
          }
        },
      ),
    );
  });

  it('passes through the knots and moves smoothly between them', () => {
    const noise = new SmoothNoise(3);
    expect(noise.at(5)).toBe(normalAt(3, 5));
    expect(Math.abs(noise.at(5.01) - noise.at(5))).toBeLessThan(0.01);
  });
});

describe('seedOf and hashString', () => {
  it('separate nearby inputs and indices past 2^32', () => {
    expect(seedOf(1, 2)).not.toBe(seedOf(2, 1));
    expect(seedOf(1, 5)).not.toBe(seedOf(1, 5 + 2 ** 32));
    expect(hashString('AAPL')).not.toBe(hashString('AAPM'));
  });
});
