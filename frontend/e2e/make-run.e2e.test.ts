// `make run` on a built tree: nothing is rebuilt (`make -q build` says so), and the server
// answers its health check within 3 s of the command, on 127.0.0.1 (the default HOST). Runs
// after `make build`, as every e2e suite does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot } from './support/backend';
import { answers, startMake } from './support/make';

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
    const health = `http://127.0.0.1:${port}/api/v1/core/health`;
    const started = Date.now();
    const make = startMake('run', { PORT: String(port), DATA_DIR: dataDir });
    try {
      let answeredAt: number | undefined;
      while (answeredAt === undefined && Date.now() - started < GIVE_UP_MS) {
        if (await answers(health)) answeredAt = Date.now();
        else await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(answeredAt, `no answer within ${GIVE_UP_MS} ms:\n${make.output()}`).toBeDefined();
      expect(answeredAt! - started, make.output()).toBeLessThan(START_BUDGET_MS);
    } finally {
      await make.stop();
    }
  });
});
