// When each instrument trades: session bounds per trading day, in UTC milliseconds, honouring
// the exchange's timezone and its daylight-saving changes.
import type { Instrument } from '../catalogue/instrument.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC calendar); the trading date of a session. */
export type DayNumber = number;

export interface SessionBounds {
  day: DayNumber;
  open: number;
  close: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

const offsetCache = new Map<string, number>();

/** Offset of `timeZone` from UTC at instant `t`, in ms (e.g. −4 h for New York in summer). */
export function zoneOffset(timeZone: string, t: number): number {
  if (timeZone === 'Etc/UTC' || timeZone === 'UTC') return 0;
  // Offsets change only on the hour (or half hour) in every zone we list; cache per 15 minutes.
  const key = `${timeZone}|${Math.floor(t / 900_000)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(t))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  const offset = wall - Math.floor(t / MINUTE_MS) * MINUTE_MS;
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/** The UTC instant of local wall-clock `minutes` after midnight of `day` in `timeZone`. */
export function localToUtc(timeZone: string, day: DayNumber, minutes: number): number {
  const wall = day * DAY_MS + minutes * MINUTE_MS;
  const first = wall - zoneOffset(timeZone, wall);
  return wall - zoneOffset(timeZone, first);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export const weekday = (day: DayNumber) => (((day + 4) % 7) + 7) % 7;
const isWeekday = (day: DayNumber) => weekday(day) >= 1 && weekday(day) <= 5;
const hhmm = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(2, 4));

export class SessionCalendar {
  private readonly cache = new Map<DayNumber, SessionBounds | null>();
  private readonly openMinutes: number;
  private readonly closeMinutes: number;

  constructor(readonly instrument: Instrument) {
    this.openMinutes = hhmm(instrument.open);
    this.closeMinutes = hhmm(instrument.close);
  }

  /** Whether `day` is a trading date; arithmetic only, no timezone lookup. */
  trades(day: DayNumber): boolean {
    return this.instrument.sessionKind === 'continuous' || isWeekday(day);
  }

  /** The session of trading date `day`, or undefined when the instrument does not trade then. */
  session(day: DayNumber): SessionBounds | undefined {
    let bounds = this.cache.get(day);
    if (bounds === undefined) {
      bounds = this.compute(day);
      this.cache.set(day, bounds);
    }
    return bounds ?? undefined;
  }

  private compute(day: DayNumber): SessionBounds | null {
    const { timezone, sessionKind } = this.instrument;
    switch (sessionKind) {
      case 'continuous':
        return { day, open: day * DAY_MS, close: (day + 1) * DAY_MS };
      case 'exchange':
        if (!isWeekday(day)) return null;
        return {
          day,
          open: localToUtc(timezone, day, this.openMinutes),
          close: localToUtc(timezone, day, this.closeMinutes),
        };
      case 'overnight':
        if (!isWeekday(day)) return null;
        return {
          day,
          open: localToUtc(timezone, day - 1, this.openMinutes),
          close: localToUtc(timezone, day, this.openMinutes),
        };
    }
  }

  /** The trading date whose session contains `t`, if any. */
  dayAt(t: number): DayNumber | undefined {
    const local = t + zoneOffset(this.instrument.timezone, t);
    const localDay = Math.floor(local / DAY_MS);
    // An overnight session that opened this evening belongs to tomorrow's date.
    for (const day of [localDay, localDay + 1]) {
      const bounds = this.session(day);
      if (bounds !== undefined && t >= bounds.open && t < bounds.close) return day;
    }
    return undefined;
  }

  /** The latest trading date whose session opened at or before `t`. */
  lastDayOpenedBy(t: number): DayNumber {
    let day = Math.floor((t + zoneOffset(this.instrument.timezone, t)) / DAY_MS) + 1;
    for (;;) {
      const bounds = this.session(day);
      if (bounds !== undefined && bounds.open <= t) return day;
      day--;
    }
  }

  /** The trading date before `day`. */
  previousDay(day: DayNumber): DayNumber {
    let previous = day - 1;
    while (!this.trades(previous)) previous--;
    return previous;
  }
}
