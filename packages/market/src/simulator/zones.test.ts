// Timezone offsets read once a month from Intl must be the offsets Intl gives at every minute,
// across each change of the clocks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intlOffset, zoneOffset } from './zones.js';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Europe/London'] as const;
const HOUR_MS = 3_600_000;

describe('zoneOffset', () => {
  it('agrees with Intl at any instant from 2018 to 2031', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2031, 0, 1) }),
        (zone, t) => {
          expect(zoneOffset(zone, t)).toBe(intlOffset(zone, t));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('changes at the very minute the clocks change', () => {
    // New York: 2026-03-08 02:00 EST → 03:00 EDT (07:00 UTC); 2026-11-01 02:00 EDT → 01:00 EST (06:00 UTC).
    const spring = Date.UTC(2026, 2, 8, 7, 0);
    expect(zoneOffset('America/New_York', spring - 1)).toBe(-5 * HOUR_MS);
    expect(zoneOffset('America/New_York', spring)).toBe(-4 * HOUR_MS);
    const autumn = Date.UTC(2026, 10, 1, 6, 0);
    expect(zoneOffset('America/New_York', autumn - 1)).toBe(-4 * HOUR_MS);
    expect(zoneOffset('America/New_York', autumn)).toBe(-5 * HOUR_MS);
    // Berlin and London change together, at 01:00 UTC on the last Sunday of March.
    const europe = Date.UTC(2026, 2, 29, 1, 0);
    expect(zoneOffset('Europe/Berlin', europe - 1)).toBe(HOUR_MS);
    expect(zoneOffset('Europe/Berlin', europe)).toBe(2 * HOUR_MS);
    expect(zoneOffset('Europe/London', europe - 1)).toBe(0);
    expect(zoneOffset('Europe/London', europe)).toBe(HOUR_MS);
  });

  it('is zero in UTC', () => {
    expect(zoneOffset('Etc/UTC', Date.UTC(2026, 6, 1))).toBe(0);
  });
});
