// What the broker benchmarks share: the server as a child process pinned to core 0 (the bench
// on core 1), its own counters over IPC, a keep-alive HTTP client whose own cost stays small,
// and small statistics.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const QUICK = process.env.BENCH_QUICK === '1';

export function requireBuild() {
  if (!existsSync(`${root}backend/dist/app.js`)) {
    console.error('backend/dist is missing: run `make build` first.');
    process.exit(1);
  }
}

export function pin(core, pid) {
  try {
    execFileSync('taskset', ['-pc', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
export const met = (ok) => (ok ? 'met' : 'NOT met');

let nextPort = 19_000 + Math.floor(Math.random() * 2000);

/**
 * Starts the server on a fresh embedded database, or on PostgreSQL when `databaseUrl` is given
 * (a schema the caller made). Resolves once it listens.
 */
export async function startServer({ databaseUrl, env = {} } = {}) {
  const port = nextPort++;
  const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-bench-broker-'));
  const child = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? '',
    },
    // A full collection before memory is read, so that RSS counts what is held, not garbage.
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    const onMessage = (message) => {
      if (message !== 'ready') return;
      child.off('message', onMessage);
      resolve();
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const pinned = pin(0, child.pid);
  let asked = 0;
  const stats = (resetLoop = false, collect = false) =>
    new Promise((resolve) => {
      const id = ++asked;
      const onMessage = (message) => {
        if (message?.id !== id) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.send({ ask: 'stats', id, resetLoop, collect });
    });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', () => child.kill('SIGKILL'));
  return { base: `http://127.0.0.1:${port}`, port, pid: child.pid, pinned, stats, stop };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * One JSON request; resolves with { status, body }. A body that is not JSON (a gateway's HTML
 * error page) is kept as text: an answer to report, not an exception from a socket callback.
 */
export function call(base, method, path, body, headers = {}) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          ...headers,
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode, body: parseBody(text) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function parseBody(text) {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Runs `tasks` (functions returning promises) with at most `width` in flight. */
export async function inParallel(tasks, width = 32) {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** A fresh PostgreSQL schema on the local server, or undefined (with a message) without one. */
export async function postgresSchema() {
  const { default: pg } = await import('pg');
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
  const withUser = new URL(url);
  if (withUser.username === '') withUser.username = (await import('node:os')).userInfo().username;
  const client = new pg.Client({
    connectionString: withUser.toString(),
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
  } catch {
    console.log(`  (PostgreSQL not reachable at ${url}: its figures are skipped)`);
    return undefined;
  }
  const schema = `tp_bench_${process.pid}_${Date.now()}`;
  await client.query(`create schema ${schema}`);
  const schemaUrl = new URL(withUser);
  schemaUrl.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: schemaUrl.toString(),
    /** Rows inserted, updated and deleted in the schema so far (PostgreSQL's own count). */
    rowWrites: async () => {
      await client.query('select pg_stat_clear_snapshot()');
      const { rows } = await client.query(
        'select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint as n from pg_stat_user_tables where schemaname = $1',
        [schema],
      );
      return Number(rows[0].n);
    },
    drop: async () => {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
