import { describe, expect, it } from 'vitest';
import { formatAmount, roundMoney, roundQuantity } from '../../src/paper/money.js';

describe('roundMoney', () => {
  it.each<[string, number, number]>([
    ['removes float noise from a sum', 0.1 + 0.2, 0.3],
    ['keeps 8 decimals', 1.234567891234, 1.23456789],
    ['rounds the 9th decimal to the nearest', 1.000000016, 1.00000002],
    ['rounds negative amounts', -2.500000004, -2.5],
    ['leaves amounts beyond the exact range alone', 123_456_789_012, 123_456_789_012],
    ['keeps cents on large amounts', 95_000_000.37, 95_000_000.37],
  ])('%s', (_name, value, expected) => {
    expect(roundMoney(value)).toBe(expected);
  });

  it('passes non-finite values through, so errors stay visible', () => {
    expect(roundMoney(Number.NaN)).toBeNaN();
    expect(roundMoney(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('gives a plain 0, never -0, for a tiny negative amount', () => {
    expect(Object.is(roundMoney(-1e-10), 0)).toBe(true);
  });
});

describe('roundQuantity', () => {
  it('sums fractional quantities back to exactly zero', () => {
    expect(Object.is(roundQuantity(0.1 + 0.2 - 0.3), 0)).toBe(true);
  });
});

describe('formatAmount', () => {
  it.each<[number, string]>([
    [5000, '5,000.00'],
    [1234.564, '1,234.56'],
    [-8496.5, '-8,496.50'],
    [0.3, '0.30'],
  ])('formats %s as %s', (value, expected) => {
    expect(formatAmount(value)).toBe(expected);
  });
});
