// `make dev` end to end: PORT moves the backend and VITE_PORT moves Vite, whose /api proxy
// follows PORT; the type checks run in watch mode and print into the same output; the watchers
// start without rebuilding anything, and a saved package source rebuilds the packages and
// restarts the server. The files it touches get their times back, so `make build` still sees the
// tree as built.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot } from './support/backend';

const GIVE_UP_MS = 120_000;
const marketJs = join(repoRoot, 'packages/market/dist/index.js');
/** A package source the test "saves", and everything the rebuild rewrites. */
const packageSource = join(repoRoot, 'packages/contract/src/enums.ts');
const packageOutputs = ['packages/contract/dist', 'packages/market/dist'].flatMap((dir) =>
  readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name)),
);

/** The times of `files`, to put back once the test is done. */
function timesOf(files: string[]): () => void {
  const times = files.map((file) => [file, statSync(file)] as const);
  return () => {
    for (const [file, { atime, mtime }] of times) utimesSync(file, atime, mtime);
  };
}

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

        // A save of a package source: both packages rebuilt, the server restarted on them.
        const restore = timesOf([packageSource, ...packageOutputs]);
        try {
          const before = output.length;
          const now = new Date();
          utimesSync(packageSource, now, now);
          const rebuilt = () =>
            output.slice(before).includes('packages rebuilt') &&
            /\[tsx\] change in .*packages\//.test(output.slice(before));
          while (!rebuilt() && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
          expect(rebuilt(), output.slice(before)).toBe(true);
          await expect.poll(() => answers(viaVite), { timeout: 30_000 }).toBe(true);
        } finally {
          restore();
        }
      } finally {
        process.kill(-make.pid!, 'SIGTERM');
        await once(make, 'exit');
      }
    },
    GIVE_UP_MS + 30_000,
  );
});
