// When each instrument trades: exchange hours in their own timezone across daylight saving,
// weekends, the forex week that opens on Sunday evening in New York, crypto around the clock.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../catalogue/catalogue.js';
import { barsOfDay } from './bar-history.js';
import { MarketSimulator } from './market-simulator.js';
import { marketHoursAt } from './market-hours.js';
import { DAY_MS, SessionCalendar } from './sessions.js';
import { zoneOffset } from './zones.js';

const catalogue = new Catalogue();
const get = (ticker: string) => catalogue.find(ticker)!;
const calendar = (ticker: string) => new SessionCalendar(get(ticker));
/** Wednesday 2026-11-18, 10:00:30.5 in New York. */
const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);
const WEDNESDAY = Math.floor(NOW / DAY_MS);
const dayOf = (year: number, month: number, date: number) => Date.UTC(year, month, date) / DAY_MS;

describe('sessions', () => {
  it('opens US stocks 09:30–16:00 New York time, across daylight saving', () => {
    expect(calendar('AAPL').session(WEDNESDAY)).toMatchObject({
      open: Date.UTC(2026, 10, 18, 14, 30),
      close: Date.UTC(2026, 10, 18, 21, 0),
    });
    expect(calendar('AAPL').session(dayOf(2026, 6, 15))).toMatchObject({
      open: Date.UTC(2026, 6, 15, 13, 30),
      close: Date.UTC(2026, 6, 15, 20, 0),
    });
  });

  it('follows each change of the clocks: New York on 8 March 2026, Berlin on 29 March', () => {
    // Between the two changes New York is already on summer time, Berlin not yet.
    expect(calendar('AAPL').session(dayOf(2026, 2, 6))!.open).toBe(Date.UTC(2026, 2, 6, 14, 30));
    expect(calendar('AAPL').session(dayOf(2026, 2, 9))!.open).toBe(Date.UTC(2026, 2, 9, 13, 30));
    expect(calendar('SAP').session(dayOf(2026, 2, 27))!.open).toBe(Date.UTC(2026, 2, 27, 8, 0));
    expect(calendar('SAP').session(dayOf(2026, 2, 30))!.open).toBe(Date.UTC(2026, 2, 30, 7, 0));
    expect(zoneOffset('Europe/London', Date.UTC(2026, 6, 1))).toBe(3_600_000);
    expect(zoneOffset('America/New_York', Date.UTC(2026, 0, 1))).toBe(-5 * 3_600_000);
  });

  it('ends a DAY order at the close of the session in progress, or of the next one', () => {
    const aapl = calendar('AAPL');
    // In session on Friday 6 March 2026 (New York still on winter time): 16:00 = 21:00 UTC.
    expect(aapl.closeAtOrAfter(Date.UTC(2026, 2, 6, 18))).toBe(Date.UTC(2026, 2, 6, 21));
    // After Friday's close, over the weekend in which the clocks change: Monday's close, on
    // summer time (16:00 = 20:00 UTC).
    expect(aapl.closeAtOrAfter(Date.UTC(2026, 2, 6, 22))).toBe(Date.UTC(2026, 2, 9, 20));
    expect(aapl.closeAtOrAfter(Date.UTC(2026, 2, 8, 12))).toBe(Date.UTC(2026, 2, 9, 20));
    // Before Monday's open: that day's close.
    expect(aapl.closeAtOrAfter(Date.UTC(2026, 2, 9, 12))).toBe(Date.UTC(2026, 2, 9, 20));
    // In Berlin: XETRA's 17:30 close, before and after Europe's change on 29 March.
    expect(calendar('SAP').closeAtOrAfter(Date.UTC(2026, 2, 27, 10))).toBe(
      Date.UTC(2026, 2, 27, 16, 30),
    );
    expect(calendar('SAP').closeAtOrAfter(Date.UTC(2026, 2, 30, 10))).toBe(
      Date.UTC(2026, 2, 30, 15, 30),
    );
    // Crypto's day ends at midnight UTC; forex's at 17:00 New York.
    expect(calendar('BTCUSD').closeAtOrAfter(Date.UTC(2026, 2, 6, 18))).toBe(Date.UTC(2026, 2, 7));
    expect(calendar('EURUSD').closeAtOrAfter(Date.UTC(2026, 2, 10, 12))).toBe(
      Date.UTC(2026, 2, 10, 21),
    );
  });

  it('closes stocks, indices and forex at weekends, never crypto', () => {
    const saturday = dayOf(2026, 10, 21);
    for (const ticker of ['AAPL', 'SPX', 'EURUSD', 'SAP']) {
      expect(calendar(ticker).session(saturday), ticker).toBeUndefined();
    }
    expect(calendar('BTCUSD').session(saturday)).toMatchObject({
      open: saturday * DAY_MS,
      close: (saturday + 1) * DAY_MS,
    });
  });

  it('starts the forex Monday at 17:00 New York on Sunday', () => {
    const monday = dayOf(2026, 10, 23);
    expect(calendar('EURUSD').session(monday)).toMatchObject({
      open: Date.UTC(2026, 10, 22, 22, 0),
      close: Date.UTC(2026, 10, 23, 22, 0),
    });
    expect(calendar('EURUSD').dayAt(Date.UTC(2026, 10, 22, 23, 0))).toBe(monday);
    expect(calendar('EURUSD').dayAt(Date.UTC(2026, 10, 22, 21, 0))).toBeUndefined();
  });

  it('uses each exchange’s own timezone', () => {
    expect(calendar('SAP').session(WEDNESDAY)).toMatchObject({
      open: Date.UTC(2026, 10, 18, 8, 0),
      close: Date.UTC(2026, 10, 18, 16, 30),
    });
    expect(calendar('VOD').session(WEDNESDAY)).toMatchObject({
      open: Date.UTC(2026, 10, 18, 8, 0),
      close: Date.UTC(2026, 10, 18, 16, 30),
    });
  });

  it('finds the last session opened before an instant, and the trading day before a day', () => {
    const saturdayNoon = Date.UTC(2026, 10, 21, 12);
    expect(calendar('AAPL').lastDayOpenedBy(saturdayNoon)).toBe(dayOf(2026, 10, 20));
    expect(calendar('AAPL').previousDay(dayOf(2026, 10, 23))).toBe(dayOf(2026, 10, 20));
    expect(calendar('BTCUSD').previousDay(dayOf(2026, 10, 23))).toBe(dayOf(2026, 10, 22));
  });

  it('has no bars outside the session', () => {
    const sim = new MarketSimulator(20240101);
    const bars = barsOfDay(sim, get('AAPL'), '1', WEDNESDAY, NOW + DAY_MS);
    expect(bars).toHaveLength(390);
    expect(bars[0]!.time).toBe(Date.UTC(2026, 10, 18, 14, 30));
    expect(bars.at(-1)!.time).toBe(Date.UTC(2026, 10, 18, 20, 59));
  });

  it('tells whether a market is open, and when a closed one opens', () => {
    // Saturday 28 November 2026, noon UTC: stocks closed until Monday's open, crypto open.
    const saturday = Date.UTC(2026, 10, 28, 12);
    expect(marketHoursAt('AAPL', saturday)).toEqual({
      open: false,
      opensAt: Date.UTC(2026, 10, 30, 14, 30),
    });
    expect(marketHoursAt('SAP', saturday)).toEqual({
      open: false,
      opensAt: Date.UTC(2026, 10, 30, 8, 0),
    });
    expect(marketHoursAt('BTCUSD', saturday)).toEqual({ open: true });
    // The forex week opens on Sunday at 17:00 New York.
    expect(marketHoursAt('EURUSD', saturday)).toEqual({
      open: false,
      opensAt: Date.UTC(2026, 10, 29, 22, 0),
    });
    // In session, and after the close on a weekday: the next morning.
    expect(marketHoursAt('AAPL', NOW)).toEqual({ open: true });
    expect(marketHoursAt('AAPL', Date.UTC(2026, 10, 18, 21, 0))).toEqual({
      open: false,
      opensAt: Date.UTC(2026, 10, 19, 14, 30),
    });
    expect(marketHoursAt('NOPE', NOW)).toBeUndefined();
  });

  it('lists the sessions from an instant: the one in progress, then the next ones, in order', () => {
    const tickers = ['AAPL', 'SAP', 'BTCUSD', 'EURUSD'];
    fc.assert(
      fc.property(
        fc.constantFrom(...tickers),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        (ticker, t) => {
          const cal = calendar(ticker);
          const sessions = cal.sessionsFrom(t, 6);
          expect(sessions).toHaveLength(6);
          // The first one ends where a DAY order placed at t expires; it holds t when open.
          expect(sessions[0]!.close).toBe(cal.closeAtOrAfter(t));
          const open = cal.dayAt(t) !== undefined;
          expect(sessions[0]!.open <= t).toBe(open);
          for (const [i, s] of sessions.entries()) {
            expect(s.open).toBeLessThan(s.close);
            if (i > 0) expect(s.open).toBeGreaterThanOrEqual(sessions[i - 1]!.close);
            if (i > 0) expect(s).toEqual(cal.nextSessionAfter(sessions[i - 1]!.open));
          }
        },
      ),
    );
  });
});
