// A cluster started by the real manager (`backend/dist/cluster/main.js`, as `make cluster-up`
// runs it) from a cluster file the test writes: free ports, its own state directory, a database
// and a Redis of the test's choosing. What the cluster needs and the machine lacks — the build,
// nginx — is reported by `clusterPrerequisites` so the tests can skip saying why.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { liveness, type Identity } from '../../src/cluster/process-identity.js';
import { freePort } from './ports.js';

// Not from src/config.ts: the terminal's browser tests use this helper too, and type-check it
// without the backend's settings.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
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
  /**
   * Starts a killed instance again by hand, as an operator would: the same command and
   * environment (read from /proc before it was killed) on the same port. The manager does not
   * know the new process; `stop` ends it.
   */
  respawn(name: string, environment: NodeJS.ProcessEnv): Promise<void>;
  /** The environment an instance was started with (Linux /proc). */
  environmentOf(name: string): NodeJS.ProcessEnv;
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
  const respawned: ChildProcess[] = [];
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
    environmentOf: (name) => {
      const { pid } = cluster.processes().find((p) => p.name === name)!;
      const entries = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
      return Object.fromEntries(
        entries.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]),
      );
    },
    respawn: async (name, environment) => {
      const port = Number(environment.PORT);
      const child = spawn(process.execPath, [join(REPO_ROOT, 'backend/dist/server.js')], {
        cwd: REPO_ROOT,
        env: environment,
        stdio: 'ignore',
      });
      respawned.push(child);
      const deadline = Date.now() + 30_000;
      for (;;) {
        const answer = await fetch(`http://127.0.0.1:${port}/api/v1/core/health`).catch(
          () => undefined,
        );
        if (answer?.ok === true) return;
        if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
        if (Date.now() > deadline) throw new Error(`${name} did not answer on ${port} within 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      for (const child of respawned) {
        if (child.exitCode !== null) continue;
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
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
