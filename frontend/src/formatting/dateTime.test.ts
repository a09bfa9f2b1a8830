import { describe, expect, it } from 'vitest';
import { formatUtcDate, formatUtcDateTime } from './dateTime';

describe('formatUtcDateTime', () => {
  it('formats an ISO timestamp in UTC to the second', () => {
    expect(formatUtcDateTime('2025-03-01T09:30:05.123Z')).toBe('2025-03-01 09:30:05 UTC');
  });

  it('converts an offset timestamp to UTC', () => {
    expect(formatUtcDateTime('2025-03-01T01:00:00+02:00')).toBe('2025-02-28 23:00:00 UTC');
  });

  it('formats Unix milliseconds', () => {
    expect(formatUtcDateTime(Date.UTC(2024, 11, 31, 23, 59, 59))).toBe('2024-12-31 23:59:59 UTC');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatUtcDateTime('soon')).toBe('soon');
  });
});

describe('formatUtcDate', () => {
  it('keeps a date-only value as the same calendar day', () => {
    expect(formatUtcDate('2025-01-15')).toBe('2025-01-15');
  });

  it('reduces a timestamp to its UTC day', () => {
    expect(formatUtcDate('2025-01-15T23:30:00-02:00')).toBe('2025-01-16');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatUtcDate('TBD')).toBe('TBD');
  });
});
