// Server times are shown in UTC so that what a user reads matches the API's ISO timestamps and
// logs, whatever the browser's time zone.

/** `2025-03-01T09:30:05.123Z` → `2025-03-01 09:30:05 UTC`; text that is not a date is returned as is. */
export function formatUtcDateTime(value: string | number): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 19)} UTC`;
}

/** `2025-03-01` or a full ISO timestamp → `2025-03-01`; text that is not a date is returned as is. */
export function formatUtcDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toISOString().slice(0, 10);
}

/**
 * A span of time as a trader reads it, to its two largest units: `12 s`, `4 m 10 s`,
 * `7 h 12 m`, `2 d 3 h`. Negative spans read as `0 s`.
 */
export function formatSpan(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const units: [string, number][] = [
    ['d', Math.floor(seconds / 86_400)],
    ['h', Math.floor(seconds / 3_600) % 24],
    ['m', Math.floor(seconds / 60) % 60],
    ['s', seconds % 60],
  ];
  const first = units.findIndex(([, value]) => value > 0);
  if (first === -1) return '0 s';
  const [big, small] = [units[first]!, units[first + 1]];
  if (small === undefined || small[1] === 0) return `${big[1]} ${big[0]}`;
  return `${big[1]} ${big[0]} ${small[1]} ${small[0]}`;
}
