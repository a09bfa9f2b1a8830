// `make dev` end to end: PORT moves the backend and VITE_PORT moves Vite, whose /api proxy
// follows PORT; the type checks run in watch mode and print into the same output; the watchers
// start without rebuilding anything, and a saved package source rebuilds the packages and
// restarts the server. The files it touches get their times back, so `make build` still sees the
// tree as built.
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot } from './support/backend';
import { answers, startMake } from './support/make';

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
      const make = startMake('dev', {
        PORT: String(port),
        VITE_PORT: String(vitePort),
        DATA_DIR: dataDir,
      });
      try {
        const deadline = Date.now() + GIVE_UP_MS;
        const viaVite = `http://127.0.0.1:${vitePort}/api/v1/core/health`;
        const checks = () =>
          (make.output().match(/Found 0 errors\. Watching for file changes\./g) ?? []).length;
        // The two type checks: the backend's and the terminal's.
        while (!((await answers(viaVite)) && checks() >= 2) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        expect(await answers(`http://127.0.0.1:${port}/api/v1/core/health`), make.output()).toBe(
          true,
        );
        expect(await answers(viaVite), make.output()).toBe(true);
        expect(checks(), make.output()).toBeGreaterThanOrEqual(2);
        expect(make.output()).toMatch(/\[specs\] .* for changes/);
        expect(make.output()).toMatch(/\[packages\] .* for changes/);
        // Starting it rebuilt nothing: the packages' dist/ is as `make build` left it.
        expect(statSync(marketJs).mtimeMs).toBe(builtAt);

        // A save of a package source: both packages rebuilt, the server restarted on them.
        const restore = timesOf([packageSource, ...packageOutputs]);
        try {
          const before = make.output().length;
          const now = new Date();
          utimesSync(packageSource, now, now);
          const rebuilt = () =>
            make.output().slice(before).includes('packages rebuilt') &&
            /\[tsx\] change in .*packages\//.test(make.output().slice(before));
          while (!rebuilt() && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
          expect(rebuilt(), make.output().slice(before)).toBe(true);
          await expect.poll(() => answers(viaVite), { timeout: 30_000 }).toBe(true);
        } finally {
          restore();
        }
      } finally {
        await make.stop();
      }
    },
    GIVE_UP_MS + 30_000,
  );
});
