import { describe, expect, it } from 'vitest';
import { formatSeconds, formatTable, formatUptime, statusTable } from './status-table.js';

describe('formatUptime', () => {
  it.each([
    [0, '0 s'],
    [999, '0 s'],
    [1_000, '1 s'],
    [45_400, '45 s'],
    [60_000, '1 m'],
    [192_000, '3 m 12 s'],
    [3_600_000, '1 h'],
    [2 * 3_600_000 + 5 * 60_000 + 59_000, '2 h 5 m'],
    [3 * 86_400_000 + 4 * 3_600_000 + 120_000, '3 d 4 h'],
    [86_400_000 + 30_000, '1 d'],
    [-5, '0 s'],
    [Number.NaN, '0 s'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatUptime(ms)).toBe(text);
  });
});

describe('formatSeconds', () => {
  it('keeps a decimal under 10 s', () => {
    expect(formatSeconds(940)).toBe('0.9 s');
    expect(formatSeconds(12_400)).toBe('12 s');
  });
});

describe('formatTable', () => {
  it('aligns every column on its widest cell, without trailing spaces', () => {
    expect(
      formatTable(
        ['A', 'LONG HEADER'],
        [
          ['wide cell', 'x'],
          ['b', ''],
        ],
      ),
    ).toBe(['A          LONG HEADER', 'wide cell  x', 'b'].join('\n'));
  });
});

describe('statusTable', () => {
  it('shows each process, the gateway first, with a dash where nothing runs', () => {
    const table = statusTable([
      {
        process: 'gateway',
        pid: 4100,
        port: 8000,
        modules: ['(nginx)'],
        health: 'ok',
        uptimeMs: 192_000,
      },
      {
        process: 'datafeed-1',
        pid: 4101,
        port: 8201,
        modules: ['datafeed'],
        health: 'degraded',
        uptimeMs: 191_000,
      },
      {
        process: 'broker-1',
        pid: undefined,
        port: 8101,
        modules: ['broker', 'extra'],
        health: 'down',
        uptimeMs: undefined,
      },
    ]);
    expect(table.split('\n')).toEqual([
      'PROCESS     PID   PORT  MODULES       HEALTH    UPTIME',
      'gateway     4100  8000  (nginx)       ok        3 m 12 s',
      'datafeed-1  4101  8201  datafeed      degraded  3 m 11 s',
      'broker-1    -     8101  broker,extra  down      -',
    ]);
  });
});
