// A Make target as a user starts it, for the tests of the front door (`make run`, `make dev`):
// in the repository, in its own process group (so that stopping it reaches everything make
// started), with the embedded database and local-only defaults whatever the shell says.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { repoRoot } from './backend';

export interface MakeProcess {
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** SIGTERM to the whole group; resolves when make has exited. */
  stop(): Promise<void>;
}

export function startMake(target: string, env: Record<string, string>): MakeProcess {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const key of ['HOST', 'DATABASE_URL', 'REDIS_URL', 'ENABLED_MODULES']) {
    if (!(key in env)) delete environment[key];
  }
  const make = spawn('make', ['--no-print-directory', target], {
    cwd: repoRoot,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  make.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  make.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(make, 'exit');
  return {
    output: () => output,
    async stop() {
      if (make.exitCode === null && make.signalCode === null) process.kill(-make.pid!, 'SIGTERM');
      await exited;
    },
  };
}

/** Whether `url` answers 2xx now (false while nothing listens). */
export async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
