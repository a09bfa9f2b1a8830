// UTC offsets of the exchanges' timezones, daylight saving included. Intl is the only source
// both Node and the browser have, and it is slow (microseconds a call); years of daily history
// need thousands of offsets. So each zone is read from Intl once per calendar month: a month
// whose first and last minute share an offset has that offset throughout (clocks change at most
// twice a year, never twice in a month), and a month that changes is searched for the minute it
// changes at.

const MINUTE_MS = 60_000;

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

/** The offset at the minute holding `t`, straight from Intl. */
export function intlOffset(timeZone: string, t: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(t))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return wall - Math.floor(t / MINUTE_MS) * MINUTE_MS;
}

/** A calendar month of one zone: `before` until the instant `change`, `after` from it on. */
interface MonthOffsets {
  start: number;
  end: number;
  before: number;
  after: number;
  change: number;
}

function readMonth(timeZone: string, year: number, month: number): MonthOffsets {
  const start = Date.UTC(year, month, 1);
  const end = Date.UTC(year, month + 1, 1);
  const before = intlOffset(timeZone, start);
  const after = intlOffset(timeZone, end - MINUTE_MS);
  // The first minute with the new offset: a binary search of the month's minutes (16 steps).
  let low = start;
  let high = before === after ? start : end - MINUTE_MS;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (intlOffset(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return { start, end, before, after, change: high };
}

/** Per zone: its months read so far, and the last one used (successive calls mostly share it). */
const zones = new Map<string, { months: Map<number, MonthOffsets>; last?: MonthOffsets }>();

/** Offset of `timeZone` from UTC at instant `t`, in ms (e.g. −4 h for New York in summer). */
export function zoneOffset(timeZone: string, t: number): number {
  if (timeZone === 'Etc/UTC' || timeZone === 'UTC') return 0;
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = { months: new Map() };
    zones.set(timeZone, zone);
  }
  let month = zone.last;
  if (month === undefined || t < month.start || t >= month.end) {
    const date = new Date(t);
    const index = date.getUTCFullYear() * 12 + date.getUTCMonth();
    month = zone.months.get(index);
    if (month === undefined) {
      month = readMonth(timeZone, date.getUTCFullYear(), date.getUTCMonth());
      zone.months.set(index, month);
    }
    zone.last = month;
  }
  return t < month.change ? month.before : month.after;
}
