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
