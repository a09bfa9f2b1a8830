// The real, built server (`make build`) as a child process for the browser tests: on 127.0.0.1,
// on a port the test chooses, with its own temporary DATA_DIR. `kill()` simulates a crash
// (SIGKILL); `restart()` brings it back on the same port and the same data.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverJs = join(repoRoot, 'backend/dist/server.js');
const staticDir = join(repoRoot, 'frontend/dist');
const orphanGuard = fileURLToPath(new URL('./orphan-guard.mjs', import.meta.url));

const START_TIMEOUT_MS = 30_000;
const HEALTH_POLL_MS = 150;
const STOP_TIMEOUT_MS = 10_000;
/** Output kept for error messages: the end of it is what explains a failure. */
const OUTPUT_LIMIT = 16_000;

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED …) in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : '';
  return cause ? `${error.message}: ${cause}` : error.message;
}

export interface BackendOptions {
  port: number;
  /** Extra environment, e.g. `BROKER_COMMISSION_RATE`. */
  env?: Record<string, string>;
}

export interface Backend {
  readonly port: number;
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly dataDir: string;
  /** Whether the server process is up (it may have crashed, or been killed by someone else). */
  readonly running: boolean;
  /** The server's recent stdout and stderr, for diagnostics. */
  output(): string;
  /** SIGKILL, as a crash would; resolves when the process is gone. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and DATA_DIR (killing it first if it runs). */
  restart(): Promise<void>;
  /** SIGTERM (SIGKILL after 10 s) and removes DATA_DIR. Safe to call twice. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
const dataDirs = new Set<string>();
let exitHookInstalled = false;

// Last resort when the test process ends without afterAll (an error, Ctrl-C): nothing outlives it.
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });
}

export async function startBackend(options: BackendOptions): Promise<Backend> {
  for (const [file, hint] of [
    [serverJs, 'the server'],
    [join(staticDir, 'index.html'), 'the terminal'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`make build\` first (${hint} is not built).`);
  }
  installExitHook();
  const { port } = options;
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-e2e-'));
  dataDirs.add(dataDir);

  let child: ChildProcess | undefined;
  let exited: Promise<unknown> = Promise.resolve();
  let output = '';
  let killedByTest = false;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STATIC_DIR: staticDir,
    LOG_LEVEL: 'warn',
    // For orphan-guard.mjs: the data goes with the server when the tests die without stopping it.
    E2E_ORPHAN_REMOVES: dataDir,
  };
  // The embedded database and in-process fan-out, whatever the developer's shell says.
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  if (!options.env?.ENABLED_MODULES) delete env.ENABLED_MODULES;

  async function launch(): Promise<void> {
    killedByTest = false;
    const proc = spawn(process.execPath, ['--import', orphanGuard, serverJs], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    running.add(proc);
    exited = once(proc, 'exit')
      .then(([code, signal]) => {
        // An unexpected exit with nothing logged (a signal) would otherwise leave no trace.
        const by = killedByTest ? ', killed by the test' : '';
        keep(Buffer.from(`[e2e] the server (pid ${proc.pid}) exited: ${signal ?? code}${by}\n`));
      })
      .catch(() => undefined)
      .finally(() => running.delete(proc));
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
    await waitForHealth(proc);
  }

  async function waitForHealth(proc: ChildProcess): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    let lastProblem = 'no answer yet';
    for (let attempt = 1; Date.now() < deadline; attempt++) {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        throw new Error(
          `The backend exited (${proc.exitCode ?? proc.signalCode}) before it answered on ${url}.\n` +
            `Its output:\n${output || '(none)'}`,
        );
      }
      try {
        const response = await fetch(`${url}/api/v1/core/health`, {
          signal: AbortSignal.timeout(2_000),
        });
        if (response.ok) return;
        lastProblem = `HTTP ${response.status}`;
      } catch (error) {
        lastProblem = describe(error);
      }
      await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
    }
    proc.kill('SIGKILL');
    throw new Error(
      `The backend did not answer GET ${url}/api/v1/core/health within ${START_TIMEOUT_MS} ms ` +
        `(last: ${lastProblem}).\nIts output:\n${output || '(none)'}`,
    );
  }

  const alive = () => child !== undefined && child.exitCode === null && child.signalCode === null;

  async function kill(): Promise<void> {
    if (!alive()) return;
    killedByTest = true;
    child?.kill('SIGKILL');
    await exited;
  }

  try {
    await launch();
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
    throw error;
  }

  return {
    port,
    url,
    dataDir,
    get running() {
      return alive();
    },
    output: () => output,
    kill,
    async restart() {
      await kill();
      await launch();
    },
    async stop() {
      if (alive()) {
        killedByTest = true;
        child?.kill('SIGTERM');
        const timer = setTimeout(() => child?.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
      dataDirs.delete(dataDir);
    },
  };
}
