// Bar periods in UTC. Every resolution is a fixed number of milliseconds, and offline markets
// never close, so a bar's opening time is plain arithmetic on the Unix epoch.
import { RESOLUTIONS } from '@trading-pro/contract';
import type { Resolution } from '../../types/market';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-01 was a Thursday; weeks open on Monday 1970-01-05 00:00 UTC and every 7 days after. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

const DURATIONS: Record<Resolution, number> = {
  '1': MINUTE_MS,
  '5': 5 * MINUTE_MS,
  '15': 15 * MINUTE_MS,
  '30': 30 * MINUTE_MS,
  '60': 60 * MINUTE_MS,
  '240': 240 * MINUTE_MS,
  '1D': DAY_MS,
  '1W': WEEK_MS,
};

export function isResolution(value: string): value is Resolution {
  return (RESOLUTIONS as readonly string[]).includes(value);
}

export function resolutionMs(resolution: Resolution): number {
  return DURATIONS[resolution];
}

/** The opening time of the bar of `resolution` that contains the instant `t` (Unix ms). */
export function barOpenTime(resolution: Resolution, t: number): number {
  const duration = DURATIONS[resolution];
  const origin = resolution === '1W' ? FIRST_MONDAY_MS : 0;
  return Math.floor((t - origin) / duration) * duration + origin;
}

/** The opening time of the first bar that opens at or after `t`. */
export function firstBarAtOrAfter(resolution: Resolution, t: number): number {
  const open = barOpenTime(resolution, t);
  return open < t ? open + DURATIONS[resolution] : open;
}
