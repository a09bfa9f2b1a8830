// A Redis server of the test's own, on a free port of 127.0.0.1, so that a test may stop and
// restart it. Where the `redis-server` binary is missing, the Redis tests are skipped with a
// message saying so; CI has it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { freePort, waitForPort } from './ports.js';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

let available: boolean | undefined;

export function redisServerAvailable(): boolean {
  if (available === undefined) {
    available = spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' }).status === 0;
    if (!available)
      console.warn(`${REDIS_SERVER} not found: the tests that need Redis are skipped.`);
  }
  return available;
}

export class TestRedis {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort());
    await redis.restart();
    return redis;
  }

  /** Starts the server (again) on the same port, with nothing persisted. */
  async restart(): Promise<void> {
    await this.stop();
    this.child = spawn(
      REDIS_SERVER,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await waitForPort(this.port);
  }

  /** Kills the server at once, as a crash would. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child === undefined || child.exitCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
}
