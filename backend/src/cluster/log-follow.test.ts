import { appendFile, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followLogs, lastLines } from './log-follow.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cluster-logs-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function until(check: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('lastLines', () => {
  it('gives the last complete lines, none for a missing file', async () => {
    const path = join(dir, 'last.log');
    await writeFile(path, 'one\ntwo\nthree\n');
    expect(await lastLines(path, 2)).toEqual(['two', 'three']);
    expect(await lastLines(join(dir, 'missing.log'), 5)).toEqual([]);
  });
});

describe('followLogs', () => {
  it('prints the tail, then new lines as they come, each with its process name', async () => {
    const a = join(dir, 'datafeed-1.log');
    const b = join(dir, 'gateway.log');
    await writeFile(a, 'old\nrecent\n');
    const lines: string[] = [];
    const stop = new AbortController();
    const following = followLogs(
      [
        { label: 'datafeed-1', path: a },
        { label: 'gateway', path: b },
      ],
      (line) => lines.push(line),
      { initialLines: 1, pollMs: 20, signal: stop.signal },
    );
    await until(() => lines.length === 1, 'the tail');
    expect(lines).toEqual(['datafeed-1 | recent']);

    await appendFile(a, 'half a ');
    await writeFile(b, 'nginx up\n');
    await until(() => lines.length === 2, 'the new file');
    await appendFile(a, 'line\n');
    await until(() => lines.length === 3, 'the completed line');
    expect(lines.slice(1).sort()).toEqual(['datafeed-1 | half a line', 'gateway    | nginx up']);

    await truncate(a, 0);
    await appendFile(a, 'after truncation\n');
    await until(() => lines.length === 4, 'the line after truncation');
    expect(lines[3]).toBe('datafeed-1 | after truncation');
    stop.abort();
    await following;
  });
});
