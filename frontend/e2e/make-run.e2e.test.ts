// `make run` on a built tree: nothing is rebuilt (`make -q build` says so), and the server
// answers its health check within 3 s of the command, on 127.0.0.1 (the default HOST). Runs
// after `make build`, as every e2e suite does.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot } from './support/backend';

/** What the README promises of a `make run` with nothing changed. */
const START_BUDGET_MS = 3_000;
const GIVE_UP_MS = 30_000;

describe('make run, nothing changed', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-make-run-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('rebuilds nothing', () => {
    const result = spawnSync('make', ['-q', 'build'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.status, `make -q build: ${result.stdout}${result.stderr}`).toBe(0);
  });

  it('answers on 127.0.0.1 within 3 s of the command', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
    for (const key of ['HOST', 'DATABASE_URL', 'REDIS_URL', 'ENABLED_MODULES']) delete env[key];
    const started = Date.now();
    // Its own process group, so the stop below reaches npm and the server under make.
    const make = spawn('make', ['--no-print-directory', 'run'], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    make.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    make.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      let answeredAt: number | undefined;
      while (answeredAt === undefined && Date.now() - started < GIVE_UP_MS) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/v1/core/health`);
          if (response.ok) answeredAt = Date.now();
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      expect(answeredAt, `no answer within ${GIVE_UP_MS} ms:\n${output}`).toBeDefined();
      expect(answeredAt! - started, output).toBeLessThan(START_BUDGET_MS);
    } finally {
      process.kill(-make.pid!, 'SIGTERM');
      await once(make, 'exit');
    }
  });
});
