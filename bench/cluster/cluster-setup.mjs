// Setup A: the cluster, started by the product's own manager (docs/cluster.md) from a temporary
// cluster file — one broker process, two datafeed processes, nginx in front — on free ports, a
// fresh PostgreSQL database and the local Redis. The manager runs under `taskset -c <server
// core>`, so every process it starts (instances and nginx) inherits that core. `down` always
// runs: in `stop`, and synchronously at exit if the bench ends any other way.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../broker/support.mjs';
import { onExit } from './cleanup.mjs';
import { benchDatabase } from './database.mjs';
import { health, sleep, waitHealthy } from './http.mjs';
import { freePorts } from './ports.mjs';
import { childrenOf } from './proc.mjs';

const MANAGER = join(root, 'backend/dist/cluster/main.js');
const UP_TIMEOUT_MS = 120_000;
const DOWN_TIMEOUT_MS = 40_000;

/** The manager's own command line, pinned when asked. */
function managerCommand(config, args) {
  const node = [process.execPath, MANAGER, ...args];
  return config.pin
    ? ['taskset', ['-c', String(config.serverCore), ...node]]
    : [node[0], node.slice(1)];
}

/** The manager command in flight (`up` may be interrupted midway: see the exit handler). */
let running;

function runManager(config, env, args, timeoutMs) {
  const [command, argv] = managerCommand(config, args);
  return new Promise((resolve) => {
    running = execFile(
      command,
      argv,
      { cwd: root, env, timeout: timeoutMs },
      (error, stdout, stderr) => {
        running = undefined;
        resolve({ code: error === null ? 0 : (error.code ?? 1), output: `${stdout}${stderr}` });
      },
    );
  });
}

const alive = (pid) => existsSync(`/proc/${pid}`);

/** Whether `pid` has ended (gone, or a zombie nobody reaps any more: the bench is exiting). */
function ended(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z';
  } catch {
    return true;
  }
}

/** At exit: an `up` still starting processes is interrupted (it then stops what it started). */
function interruptManagerSync() {
  const child = running;
  if (child === undefined || child.exitCode !== null) return;
  child.kill('SIGINT');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 400 && !ended(child.pid); i++) Atomics.wait(pause, 0, 0, 100);
}

/**
 * `extraEnv`: more variables for every process (profile.mjs passes NODE_OPTIONS). `direct`: a
 * diagnostic variant ("cluster-direct") whose clients bypass nginx — REST and the broker's
 * WebSocket straight at the broker process, fan-out clients alternately at each datafeed
 * instance — to tell the gateway's share from the rest of the cluster's.
 */
export async function startCluster(config, { extraEnv = {}, direct = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'trading-pro-bench-cluster-'));
  const [gateway, broker, datafeed] = await freePorts([1, 1, 2]);
  const database = await benchDatabase(config.database, { create: false });
  const file = join(dir, 'cluster.yaml');
  writeFileSync(
    file,
    [
      '# Written by bench/cluster for one measurement; removed after it.',
      `gateway: { port: ${gateway} }`,
      `database: ${database.url}`,
      `redis: ${config.redis}`,
      'servers:',
      `  broker: { modules: [broker], port: ${broker}, instances: 1 }`,
      `  datafeed: { modules: [datafeed], port: ${datafeed}, instances: 2 }`,
      'websocket: { routing: path }',
      '',
    ].join('\n'),
  );
  const stateDir = join(dir, 'state');
  const args = (command) => ['--config', file, '--state-dir', stateDir, command];
  // The manager passes its environment on to every process: the same log level as the single
  // process, and a data directory of the bench's (nothing is written under the repository).
  const env = {
    ...process.env,
    LOG_LEVEL: config.logLevel,
    DATA_DIR: join(dir, 'data'),
    NGINX_PATH: process.env.NGINX_PATH ?? '/usr/sbin/nginx',
    ...extraEnv,
  };

  const [command, argv] = managerCommand(config, args('down'));
  const unregister = onExit(`cluster ${stateDir}`, () => {
    interruptManagerSync();
    execFileSync(command, argv, { cwd: root, env, stdio: 'ignore', timeout: DOWN_TIMEOUT_MS });
  });
  const started = performance.now();
  const up = await runManager(config, env, args('up'), UP_TIMEOUT_MS);
  let record;
  try {
    if (up.code !== 0) throw new Error(`cluster up failed (exit ${up.code}):\n${up.output}`);
    record = JSON.parse(readFileSync(join(stateDir, 'cluster.json'), 'utf8'));
  } catch (error) {
    await stop();
    throw error;
  }
  const upS = (performance.now() - started) / 1000;
  const instances = record.instances.map(({ name, pid, port }) => ({ name, pid, port }));
  const brokerBase = `http://127.0.0.1:${broker}`;
  const gatewayPid = record.gateway.pid;

  async function stop() {
    const down = await runManager(config, env, args('down'), DOWN_TIMEOUT_MS);
    unregister();
    const pids = [...(record?.instances ?? []).map((i) => i.pid), record?.gateway?.pid].filter(
      Boolean,
    );
    // `down` reports how each process stopped; the bench checks for itself (bounded).
    for (let i = 0; i < 50 && pids.some(alive); i++) await sleep(100);
    const left = pids.filter(alive);
    await database
      .drop()
      .catch((error) => console.error(`  drop ${database.name}: ${error.message}`));
    if (down.code !== 0 || left.length > 0)
      throw new Error(
        `cluster down: exit ${down.code}, still running: ${left.join(' ') || 'none'}\n${down.output}`,
      );
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  }

  try {
    // The broker starts before the datafeed: wait until its price link is up.
    const brokerHealth = await waitHealthy(
      brokerBase,
      (body) => body.quotes?.source === 'remote' && body.quotes.connected === true,
      20_000,
      'the broker’s link to the datafeed',
    );
    const through = await health(`http://127.0.0.1:${gateway}`);
    if (through === undefined) throw new Error('the gateway does not answer health');
    return {
      kind: direct ? 'cluster-direct' : 'cluster',
      upS,
      database: database.name,
      logs: join(stateDir, 'logs'),
      // What a client uses: REST and the broker's WebSocket through the gateway.
      clientBase: direct ? brokerBase : `http://127.0.0.1:${gateway}`,
      // Comma-separated: the load generator spreads its clients over them in turn.
      fanoutUrl: direct
        ? [datafeed, datafeed + 1]
            .map((port) => `ws://127.0.0.1:${port}/api/v1/datafeed/ws`)
            .join(',')
        : `ws://127.0.0.1:${gateway}/api/v1/datafeed/ws`,
      brokerBase,
      brokerFeed: brokerHealth.quotes.datafeed,
      /** The datafeed instance the broker reads now (its health says), as http://host:port. */
      async brokerDatafeed() {
        const body = await health(brokerBase);
        return body?.quotes?.connected === true ? body.quotes.datafeed : undefined;
      },
      /** Every process of the cluster, nginx's workers included, as { name, pid }. */
      processes() {
        const workers = childrenOf(gatewayPid).map((pid, n) => ({
          name: `nginx-worker-${n + 1}`,
          pid,
        }));
        return [
          ...instances.map(({ name, pid }) => ({ name, pid })),
          { name: 'nginx-master', pid: gatewayPid },
          ...workers,
        ];
      },
      stop,
    };
  } catch (error) {
    await stop().catch((stopError) => console.error(stopError.message));
    throw error;
  }
}
