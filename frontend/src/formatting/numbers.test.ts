// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatPercent,
  formatPrice,
  formatSigned,
  guessDecimals,
  signTone,
} from './numbers';

describe('prices', () => {
  it('show the digits the price carries: 2 at least, 5 at most', () => {
    expect([45129.1, 1.08456, 151.523, 190, 0.12345678].map(guessDecimals)).toEqual([
      2, 5, 3, 2, 5,
    ]);
    // Float noise is not a digit.
    expect(guessDecimals(190.1 - 0.02)).toBe(2);
    expect(formatPrice(1.08456)).toBe('1.08456');
    expect(formatPrice(45129.1)).toBe('45,129.10');
    expect(formatPrice(45129.1, 0)).toBe('45,129');
  });

  it('show a dash for what is not known', () => {
    expect(formatPrice(undefined)).toBe('—');
    expect(formatPrice(Number.NaN)).toBe('—');
    expect(formatMoney(undefined)).toBe('—');
  });
});

describe('money and changes', () => {
  it('format currency and signs', () => {
    expect(formatMoney(99980.6)).toBe('$99,980.60');
    expect(formatSigned(-2.26)).toBe('−2.26');
    expect(formatSigned(0)).toBe('0.00');
    expect(formatPercent(0.62)).toBe('+0.62%');
  });
});

describe('signTone', () => {
  it('colours gains and losses, and nothing that reads as zero', () => {
    expect(signTone(12.5)).toBe('up');
    expect(signTone(-0.01)).toBe('down');
    expect(signTone(0)).toBe('');
    expect(signTone(0.004)).toBe('');
    expect(signTone(-0.004)).toBe('');
    expect(signTone(undefined)).toBe('');
    expect(signTone(Number.NaN)).toBe('');
    expect(signTone(0.004, 3)).toBe('up');
  });
});
