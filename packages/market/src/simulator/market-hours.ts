// Whether an instrument's market is open at an instant and, when closed, when it opens: what the
// terminal marks by a symbol ("Closed · opens in 7 h 12 m"), from the same calendar the
// simulator and the DAY orders use.
import { findInstrument } from '../catalogue/catalogue.js';
import { SessionCalendar } from './sessions.js';

export type MarketHours = { open: true } | { open: false; opensAt: number };

const calendars = new Map<string, SessionCalendar>();

/** The market of `symbol` at `t`; undefined for a symbol the catalogue does not list. */
export function marketHoursAt(symbol: string, t: number): MarketHours | undefined {
  const instrument = findInstrument(symbol);
  if (instrument === undefined) return undefined;
  let calendar = calendars.get(instrument.ticker);
  if (calendar === undefined) {
    calendar = new SessionCalendar(instrument);
    calendars.set(instrument.ticker, calendar);
  }
  if (calendar.dayAt(t) !== undefined) return { open: true };
  return { open: false, opensAt: calendar.nextSessionAfter(t).open };
}
