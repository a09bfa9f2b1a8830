// The tables the manager prints: plain text, one row per process, columns aligned, readable in
// a terminal and by grep.

/** Columns padded to their widest cell, two spaces apart; no trailing spaces. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

const UNITS: [name: string, ms: number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
];

/** `45 s`, `3 m 12 s`, `2 h 5 m`, `3 d 4 h`: the two largest units, rounded down. */
export function formatUptime(ms: number): string {
  if (!Number.isFinite(ms) || ms < 1_000) return '0 s';
  const parts: string[] = [];
  let rest = Math.floor(ms);
  for (const [name, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${name}`);
    if (parts.length === 2) break;
  }
  // `2 h 0 m` reads better as `2 h`.
  if (parts.length === 2 && parts[1]?.startsWith('0 ')) parts.pop();
  return parts.join(' ');
}

/** `0.9 s`, `12 s`. */
export function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export interface StatusRow {
  process: string;
  pid: number | undefined;
  port: number;
  modules: readonly string[];
  health: string;
  /** Undefined when the process is not running. */
  uptimeMs: number | undefined;
}

export function statusTable(rows: readonly StatusRow[]): string {
  return formatTable(
    ['PROCESS', 'PID', 'PORT', 'MODULES', 'HEALTH', 'UPTIME'],
    rows.map((row) => [
      row.process,
      row.pid === undefined ? '-' : String(row.pid),
      String(row.port),
      row.modules.length === 0 ? '-' : row.modules.join(','),
      row.health,
      row.uptimeMs === undefined ? '-' : formatUptime(row.uptimeMs),
    ]),
  );
}
