// Small per-browser settings (watchlist, chart symbol) in localStorage. A value that cannot be
// read back (another version wrote it, the user edited it, storage is disabled) falls back to
// the default instead of breaking the terminal.
export function loadSetting<T>(
  key: string,
  fallback: T,
  isValid: (value: unknown) => value is T,
): T {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (raw == null) return fallback;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function saveSetting(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the setting lasts for this page only.
  }
}
