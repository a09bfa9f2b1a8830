// `make dev` end to end: PORT moves the backend and VITE_PORT moves Vite, whose /api proxy
// follows PORT; the type checks run in watch mode and print into the same output; the watchers
// start without rebuilding anything.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot } from './support/backend';

const GIVE_UP_MS = 120_000;
const marketJs = join(repoRoot, 'packages/market/dist/index.js');

describe('make dev', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-make-dev-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'serves on PORT and VITE_PORT, proxies /api to PORT, and type-checks as it runs',
    async () => {
      const [port, vitePort] = [await freePort(), await freePort()];
      const builtAt = statSync(marketJs).mtimeMs;
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(port),
        VITE_PORT: String(vitePort),
        DATA_DIR: dataDir,
      };
      for (const key of ['HOST', 'DATABASE_URL', 'REDIS_URL', 'ENABLED_MODULES']) delete env[key];
      // Its own process group: the stop below reaches every watcher make started.
      const make = spawn('make', ['--no-print-directory', 'dev'], {
        cwd: repoRoot,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let output = '';
      make.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      make.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const answers = async (url: string) => {
        try {
          return (await fetch(url)).ok;
        } catch {
          return false;
        }
      };
      try {
        const deadline = Date.now() + GIVE_UP_MS;
        const viaVite = `http://127.0.0.1:${vitePort}/api/v1/core/health`;
        const checks = () =>
          (output.match(/Found 0 errors\. Watching for file changes\./g) ?? []).length;
        // The two type checks: the backend's and the terminal's.
        while (!((await answers(viaVite)) && checks() >= 2) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        expect(await answers(`http://127.0.0.1:${port}/api/v1/core/health`), output).toBe(true);
        expect(await answers(viaVite), output).toBe(true);
        expect(checks(), output).toBeGreaterThanOrEqual(2);
        expect(output).toMatch(/\[specs\] .* for changes/);
        expect(output).toMatch(/\[packages\] .* for changes/);
        // Starting it rebuilt nothing: the packages' dist/ is as `make build` left it.
        expect(statSync(marketJs).mtimeMs).toBe(builtAt);
      } finally {
        process.kill(-make.pid!, 'SIGTERM');
        await once(make, 'exit');
      }
    },
    GIVE_UP_MS + 30_000,
  );
});
