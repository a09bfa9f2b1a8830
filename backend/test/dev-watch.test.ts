// `make dev`'s watchers see every kind of save: a file replaced by rename (how vim and
// JetBrains' "safe write" save, and `sed -i`) triggers a regeneration, and so does the next
// replace of the same file — the save after which a watcher of the old inode goes deaf.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const WAIT_MS = 10_000;

describe('scripts/dev-watch.mjs', () => {
  let watcher: ChildProcess | undefined;
  let dir: string | undefined;
  afterEach(() => {
    watcher?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('regenerates after a save by rename, and after the next one too', async () => {
    dir = mkdtempSync(join(tmpdir(), 'trading-pro-watch-'));
    const schema = join(dir, 'order.schema.ts');
    const runs = join(dir, 'runs.log');
    writeFileSync(schema, 'export const v = 1;\n');
    // The regeneration replaced by a step that records each run.
    const record = `require('node:fs').appendFileSync(${JSON.stringify(runs)}, 'run\\n')`;
    let output = '';
    watcher = spawn(process.execPath, ['scripts/dev-watch.mjs', 'specs'], {
      cwd: repo,
      env: {
        ...process.env,
        WATCH_DIRS: dir,
        WATCH_DEBOUNCE_MS: '50',
        WATCH_STEPS: JSON.stringify([
          { label: 'record', command: [process.execPath, '-e', record] },
        ]),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    watcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    watcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const runCount = () => {
      try {
        return readFileSync(runs, 'utf8').split('\n').filter(Boolean).length;
      } catch {
        return 0;
      }
    };
    const until = async (what: string, done: () => boolean) => {
      const deadline = Date.now() + WAIT_MS;
      while (!done()) {
        if (Date.now() > deadline) throw new Error(`${what} within ${WAIT_MS} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    await until('watching', () => output.includes('for changes'));

    const saveByRename = (text: string) => {
      writeFileSync(`${schema}.tmp`, text);
      renameSync(`${schema}.tmp`, schema);
    };
    saveByRename('export const v = 2;\n');
    await until('a first regeneration', () => runCount() === 1);
    saveByRename('export const v = 3;\n');
    await until('a second regeneration', () => runCount() === 2);
    expect(output).toContain('specs and clients up to date');
  });
});
