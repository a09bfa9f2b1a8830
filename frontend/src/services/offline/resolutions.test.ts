import { RESOLUTIONS } from '@trading-pro/contract';
import { describe, expect, it } from 'vitest';
import { DAY_MS, barOpenTime, firstBarAtOrAfter, isResolution, resolutionMs } from './resolutions';

const T = Date.UTC(2024, 4, 15, 13, 47, 23, 456); // Wednesday 2024-05-15 13:47:23.456 UTC

describe('barOpenTime', () => {
  it('aligns intraday and daily bars on UTC boundaries', () => {
    expect(barOpenTime('1', T)).toBe(Date.UTC(2024, 4, 15, 13, 47));
    expect(barOpenTime('5', T)).toBe(Date.UTC(2024, 4, 15, 13, 45));
    expect(barOpenTime('15', T)).toBe(Date.UTC(2024, 4, 15, 13, 45));
    expect(barOpenTime('30', T)).toBe(Date.UTC(2024, 4, 15, 13, 30));
    expect(barOpenTime('60', T)).toBe(Date.UTC(2024, 4, 15, 13));
    expect(barOpenTime('240', T)).toBe(Date.UTC(2024, 4, 15, 12));
    expect(barOpenTime('1D', T)).toBe(Date.UTC(2024, 4, 15));
  });

  it('opens weeks on Monday 00:00 UTC', () => {
    expect(barOpenTime('1W', T)).toBe(Date.UTC(2024, 4, 13));
    expect(new Date(barOpenTime('1W', T)).getUTCDay()).toBe(1);
    // A Monday at midnight is its own week's opening; a Sunday night belongs to the week before.
    expect(barOpenTime('1W', Date.UTC(2024, 4, 13))).toBe(Date.UTC(2024, 4, 13));
    expect(barOpenTime('1W', Date.UTC(2024, 4, 12, 23, 59))).toBe(Date.UTC(2024, 4, 6));
  });

  it('gives every resolution a bar that contains the instant', () => {
    for (const resolution of RESOLUTIONS) {
      for (let t = T; t < T + 3 * DAY_MS; t += 7_777_777) {
        const open = barOpenTime(resolution, t);
        expect(open).toBeLessThanOrEqual(t);
        expect(t).toBeLessThan(open + resolutionMs(resolution));
        expect(barOpenTime(resolution, open)).toBe(open);
      }
    }
  });
});

describe('firstBarAtOrAfter', () => {
  it('keeps an opening time and moves anything else to the next opening', () => {
    const open = Date.UTC(2024, 4, 15, 13, 45);
    expect(firstBarAtOrAfter('15', open)).toBe(open);
    expect(firstBarAtOrAfter('15', open + 1)).toBe(open + 15 * 60_000);
  });
});

describe('isResolution', () => {
  it('accepts the contract resolutions only', () => {
    for (const resolution of RESOLUTIONS) expect(isResolution(resolution)).toBe(true);
    expect(isResolution('2')).toBe(false);
    expect(isResolution('1M')).toBe(false);
  });
});
