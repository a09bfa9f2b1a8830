// When each instrument trades: session bounds per trading day, in UTC milliseconds, honouring
// the exchange's timezone and its daylight-saving changes.
import type { Instrument } from '../catalogue/instrument.js';
import { zoneOffset } from './zones.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC calendar); the trading date of a session. */
export type DayNumber = number;

export interface SessionBounds {
  day: DayNumber;
  open: number;
  close: number;
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
/** Every listed instrument trades at least Monday to Friday, so a search for a session never
 * needs to look further than this (bounded loops: a bug cannot spin forever). */
const MAX_GAP_DAYS = 8;
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
    const start = Math.floor((t + zoneOffset(this.instrument.timezone, t)) / DAY_MS) + 1;
    for (let day = start; day > start - MAX_GAP_DAYS; day--) {
      const bounds = this.session(day);
      if (bounds !== undefined && bounds.open <= t) return day;
    }
    throw new Error(`${this.instrument.ticker}: no session opened in the week before ${t}`);
  }

  /**
   * When a DAY order placed at `t` expires (docs/broker.md#durations): the close of the session in progress at
   * `t`, or of the next session when the market is closed then.
   */
  closeAtOrAfter(t: number): number {
    const current = this.dayAt(t);
    if (current !== undefined) return this.session(current)!.close;
    return this.nextSessionAfter(t).close;
  }

  /**
   * `count` sessions in time order: the one in progress at `t` when the market is open then,
   * followed by the next ones (what a process without the simulator needs to know the hours).
   */
  sessionsFrom(t: number, count: number): SessionBounds[] {
    const current = this.dayAt(t);
    const sessions: SessionBounds[] = [];
    let next = current === undefined ? this.nextSessionAfter(t) : this.session(current)!;
    while (sessions.length < count) {
      sessions.push(next);
      next = this.nextSessionAfter(next.open);
    }
    return sessions;
  }

  /** The first session that opens after `t`. */
  nextSessionAfter(t: number): SessionBounds {
    const last = this.lastDayOpenedBy(t);
    for (let day = last + 1; day < last + MAX_GAP_DAYS; day++) {
      const bounds = this.session(day);
      if (bounds !== undefined && bounds.open > t) return bounds;
    }
    throw new Error(`${this.instrument.ticker}: no session opens in the week after ${t}`);
  }

  /** The trading date before `day`. */
  previousDay(day: DayNumber): DayNumber {
    for (let previous = day - 1; previous > day - MAX_GAP_DAYS; previous--) {
      if (this.trades(previous)) return previous;
    }
    throw new Error(`${this.instrument.ticker}: no trading day in the week before day ${day}`);
  }
}
