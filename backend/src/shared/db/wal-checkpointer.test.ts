import SQLite from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWalCheckpointer } from './wal-checkpointer.js';

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('startWalCheckpointer', () => {
  let dir: string;
  let file: string;
  let connection: SQLite.Database;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trading-pro-wal-'));
    file = join(dir, 'db.sqlite');
    connection = new SQLite(file);
    connection.pragma('journal_mode = WAL');
    connection.exec('create table t (id integer primary key, v text)');
  });
  afterEach(() => {
    connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves committed pages into the database file from another thread', async () => {
    const failures: unknown[] = [];
    const checkpointer = startWalCheckpointer(connection, file, (e) => failures.push(e), 50);
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    const insert = connection.prepare('insert into t (v) values (?)');
    connection.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(500));
    })();
    // Nothing on this connection checkpoints: only the worker can grow the database file.
    await until(() => statSync(file).size > before + 500_000);
    await checkpointer.stop();
    expect(failures).toEqual([]);
    expect(connection.prepare('select count(*) as n from t').get()).toEqual({ n: 2_000 });
  });

  it('hands checkpoints back to the serving connection when the worker fails', async () => {
    const failures: unknown[] = [];
    const missing = join(dir, 'missing.sqlite');
    const checkpointer = startWalCheckpointer(connection, missing, (e) => failures.push(e), 50);
    await until(() => failures.length > 0);
    expect(String(failures[0])).toMatch(/checkpoint failed: .*(unable to open|does not exist)/i);
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await checkpointer.stop();
    expect(failures).toHaveLength(1);
  });

  it('lets a process that has nothing else to do finish closing the database', async () => {
    // Vitest keeps its own event loop busy, so this runs where only the database could.
    const script = `
      import { openDatabase } from './src/shared/db/database.ts';
      const database = await openDatabase({ dataDir: ${JSON.stringify(dir)}, databaseUrl: undefined });
      await database.close();
      console.log('closed');
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { timeout: 20_000 },
    );
    expect(stdout.trim()).toBe('closed');
  });
});
