// Setup B, the baseline: one process with both modules (`node backend/dist/server.js`, ENABLED_MODULES
// unset), as `make run` starts it, on a fresh PostgreSQL database — the same kind of database as
// the cluster's broker, so that a fill costs the same write in both — with the in-process event
// bus (one process needs no Redis). Pinned to the server core like the cluster.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../broker/support.mjs';
import { onExit } from './cleanup.mjs';
import { benchDatabase } from './database.mjs';
import { sleep, waitHealthy } from './http.mjs';
import { freePortRange } from './ports.mjs';

const SERVER = join(root, 'backend/dist/server.js');
/** Variables that would make it part of a cluster, or not the whole product. */
const CLUSTER_VARIABLES = [
  'ENABLED_MODULES',
  'DATAFEED_URL',
  'REDIS_URL',
  'CLUSTER_SECRET',
  'INSTANCE_NAME',
  'DATABASE_URL',
];

/**
 * `extraEnv`: more variables for the process (profile.mjs passes NODE_OPTIONS). `redis`: a
 * diagnostic variant ("single-redis") whose event bus is the cluster's Redis instead of the
 * in-process one, to tell the bus's share from the rest of the cluster's.
 */
export async function startSingle(config, { extraEnv = {}, redis = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'trading-pro-bench-single-'));
  const port = await freePortRange(1);
  const database = await benchDatabase(config.database, { create: true });
  const env = { ...process.env };
  for (const key of CLUSTER_VARIABLES) delete env[key];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(dir, 'data'),
    DATABASE_URL: database.url,
    LOG_LEVEL: config.logLevel,
    ...(redis ? { REDIS_URL: config.redis } : {}),
    ...extraEnv,
  });
  const log = join(dir, 'server.log');
  const out = openSync(log, 'a');
  const node = [process.execPath, SERVER];
  // taskset execs node in place: the child's pid is the server's.
  const child = config.pin
    ? spawn('taskset', ['-c', String(config.serverCore), ...node], {
        cwd: root,
        env,
        stdio: ['ignore', out, out],
      })
    : spawn(node[0], node.slice(1), { cwd: root, env, stdio: ['ignore', out, out] });
  closeSync(out);
  const unregister = onExit(`server ${child.pid}`, () => child.kill('SIGKILL'));
  let exited = false;
  child.once('exit', () => (exited = true));
  const started = performance.now();
  const base = `http://127.0.0.1:${port}`;

  async function stop() {
    if (!exited) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      // The server's own grace period is 10 s; then it is killed.
      const killed = setTimeout(() => child.kill('SIGKILL'), 12_000);
      await gone;
      clearTimeout(killed);
    }
    unregister();
    await database
      .drop()
      .catch((error) => console.error(`  drop ${database.name}: ${error.message}`));
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  }

  let settled = false;
  try {
    await Promise.race([
      waitHealthy(
        base,
        (body) => ['broker', 'datafeed'].every((m) => body.modules?.includes(m)),
        30_000,
        'the single process',
      ),
      // A process that dies at start ends the wait at once (its log says why).
      (async () => {
        while (!exited && !settled) await sleep(100);
        if (!settled) throw new Error(`the single process exited at start; its log: ${log}`);
      })(),
    ]).finally(() => (settled = true));
    return {
      kind: redis ? 'single-redis' : 'single',
      upS: (performance.now() - started) / 1000,
      database: database.name,
      logs: log,
      clientBase: base,
      fanoutUrl: `ws://127.0.0.1:${port}/api/v1/datafeed/ws`,
      brokerBase: base,
      async brokerDatafeed() {
        return base;
      },
      processes: () => [{ name: 'server', pid: child.pid }],
      stop,
    };
  } catch (error) {
    exited ||= child.exitCode !== null;
    await stop().catch((stopError) => console.error(stopError.message));
    throw error;
  }
}
