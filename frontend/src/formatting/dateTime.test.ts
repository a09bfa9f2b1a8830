import { describe, expect, it } from 'vitest';
import { formatSpan, formatUtcDate, formatUtcDateTime } from './dateTime';

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

describe('formatSpan', () => {
  it('shows the two largest units, leaving a zero second unit out', () => {
    expect(formatSpan(0)).toBe('0 s');
    expect(formatSpan(999)).toBe('0 s');
    expect(formatSpan(12_400)).toBe('12 s');
    expect(formatSpan(250_000)).toBe('4 m 10 s');
    expect(formatSpan(7 * 3_600_000 + 12 * 60_000 + 59_000)).toBe('7 h 12 m');
    expect(formatSpan(3_600_000)).toBe('1 h');
    expect(formatSpan(2 * 86_400_000 + 3 * 3_600_000)).toBe('2 d 3 h');
  });

  it('reads a negative span as nothing left', () => {
    expect(formatSpan(-5_000)).toBe('0 s');
  });
});
