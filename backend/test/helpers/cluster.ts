// A cluster started by the real manager (`backend/dist/cluster/main.js`, as `make cluster-up`
// runs it) from a cluster file the test writes: free ports, its own state directory, a database
// and a Redis of the test's choosing. What the cluster needs and the machine lacks — the build,
// nginx — is reported by `clusterPrerequisites` so the tests can skip saying why.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/config.js';
import { liveness, type Identity } from '../../src/cluster/process-identity.js';
import { freePort } from './ports.js';

const MANAGER = join(REPO_ROOT, 'backend/dist/cluster/main.js');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Why the cluster tests cannot run here, or undefined when they can. */
export function clusterPrerequisites(): string | undefined {
  if (!existsSync(MANAGER) || !existsSync(join(REPO_ROOT, 'frontend/dist/index.html')))
    return 'the backend or the terminal is not built (make build; make test builds first)';
  if (spawnSync(NGINX, ['-v'], { stdio: 'ignore' }).status !== 0)
    return `nginx not found at ${NGINX} (make test installs it; or set NGINX_PATH)`;
  return undefined;
}

export interface CommandResult {
  code: number | null;
  output: string;
}

export interface RecordedProcess {
  name: string;
  server: string;
  pid: number;
  port: number;
  modules: string[];
  identity: Identity;
}

export interface TestCluster {
  readonly gateway: string;
  readonly stateDir: string;
  /** Runs a manager command (`status`, `down` …) against this cluster. */
  run(...args: string[]): Promise<CommandResult>;
  /** What `up` recorded: each instance and the gateway, with pid and port. */
  processes(): RecordedProcess[];
  /** `http://127.0.0.1:<port>` of one instance, e.g. `datafeed-2`. */
  urlOf(name: string): string;
  /** `down`, then the state directory removed; safe to call twice. */
  stop(): Promise<void>;
}

export interface ClusterSpec {
  database: string;
  redis: string;
  datafeedInstances: number;
}

/** Two or more consecutive free ports (an instance takes `port + n - 1`). */
async function freePorts(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = await freePort();
    if (first + count > 65_535) continue;
    const rest = await Promise.all(
      Array.from({ length: count - 1 }, (_, i) => portIsFree(first + i + 1)),
    );
    if (rest.every(Boolean)) return first;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

async function portIsFree(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function runManager(args: string[], timeoutMs = 90_000): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MANAGER, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NGINX_PATH: NGINX },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      reject(new Error(`cluster ${args.join(' ')} took over ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export async function startCluster(spec: ClusterSpec): Promise<TestCluster> {
  const stateDir = mkdtempSync(join(tmpdir(), 'trading-pro-cluster-'));
  const file = join(stateDir, 'cluster.yaml');
  const gatewayPort = await freePort();
  const brokerPort = await freePort();
  const datafeedPort = await freePorts(spec.datafeedInstances);
  writeFileSync(
    file,
    [
      `gateway: { port: ${gatewayPort} }`,
      `database: ${JSON.stringify(spec.database)}`,
      `redis: ${spec.redis}`,
      'servers:',
      `  broker: { modules: [broker], port: ${brokerPort}, instances: 1 }`,
      `  datafeed: { modules: [datafeed], port: ${datafeedPort}, instances: ${spec.datafeedInstances} }`,
      'websocket: { routing: path }',
      '',
    ].join('\n'),
  );
  const common = ['--config', file, '--state-dir', join(stateDir, 'state')];
  const run = (...args: string[]) => runManager([...args, ...common]);
  const up = await run('up');
  let stopped = false;
  const cluster: TestCluster = {
    gateway: `http://127.0.0.1:${gatewayPort}`,
    stateDir,
    run,
    processes: () => {
      const record = JSON.parse(readFileSync(join(stateDir, 'state/cluster.json'), 'utf8')) as {
        instances: RecordedProcess[];
        gateway: RecordedProcess | null;
      };
      return [...(record.gateway === null ? [] : [record.gateway]), ...record.instances];
    },
    urlOf: (name) => {
      const found = cluster.processes().find((p) => p.name === name);
      if (found === undefined) throw new Error(`no process ${name} in the cluster`);
      return `http://127.0.0.1:${found.port}`;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const down = await run('down');
      rmSync(stateDir, { recursive: true, force: true });
      if (down.code !== 0) throw new Error(`cluster down failed:\n${down.output}`);
    },
  };
  if (up.code !== 0) {
    await cluster.stop().catch(() => undefined);
    throw new Error(`cluster up failed (${up.code}):\n${up.output}`);
  }
  return cluster;
}

/** Whether the recorded process still runs (the manager's own test: a zombie runs nothing). */
export function alive(process: RecordedProcess): boolean {
  return liveness(process.pid, process.identity) === 'ours';
}
