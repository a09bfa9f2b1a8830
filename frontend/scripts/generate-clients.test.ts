// @vitest-environment node
// The generator's --check mode, run as `make test` runs it, against a scratch folder.
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// Vitest runs from the frontend workspace (as `make test` does).
const script = join(process.cwd(), 'scripts/generate-clients.mjs');
const out = mkdtempSync(join(tmpdir(), 'trading-pro-clients-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const generate = (...args: string[]) =>
  run(process.execPath, [script, '--out', out, ...args], { timeout: 60_000 });

async function checkFailure(): Promise<string> {
  try {
    await generate('--check');
  } catch (error) {
    return (error as { stderr: string }).stderr;
  }
  throw new Error('--check passed');
}

describe('generate-clients', () => {
  it('writes deterministic files that --check then accepts', async () => {
    await generate();
    const { stdout } = await generate('--check');
    expect(stdout).toMatch(/clients up to date \(3 files\)/);
  }, 60_000);

  it("writes each module's own client types for the backend target, which --check accepts", async () => {
    const backendOut = mkdtempSync(join(tmpdir(), 'trading-pro-module-clients-'));
    try {
      const target = ['--target', 'backend', '--out', backendOut];
      await run(process.execPath, [script, ...target], { timeout: 60_000 });
      const { stdout } = await run(process.execPath, [script, ...target, '--check'], {
        timeout: 60_000,
      });
      expect(stdout).toMatch(/clients up to date \(5 files\)/);
      const datafeed = readFileSync(join(backendOut, 'rest/datafeed.ts'), 'utf8');
      // The module's own paths, not the merged document's.
      expect(datafeed).toMatch(/"\/api\/v1\/datafeed\/quotes"/);
      expect(datafeed).not.toMatch(/"\/api\/v1\/broker\//);
      appendFileSync(join(backendOut, 'rest/datafeed.ts'), '// edited by hand\n');
      const failure = await run(process.execPath, [script, ...target, '--check']).then(
        () => '',
        (error: { stderr: string }) => error.stderr,
      );
      expect(failure).toMatch(/rest\/datafeed\.ts[\s\S]*backend\/src\/clients\/generated/);
    } finally {
      rmSync(backendOut, { recursive: true, force: true });
    }
  }, 60_000);

  it('names an edited file and a stale one, and points to make generate', async () => {
    await generate();
    appendFileSync(join(out, 'ws/datafeed.ts'), '// edited by hand\n');
    writeFileSync(join(out, 'ws/gone.ts'), 'export {};\n');
    const stderr = await checkFailure();
    expect(stderr).toMatch(/ws\/datafeed\.ts/);
    expect(stderr).toMatch(/ws\/gone\.ts/);
    expect(stderr).toMatch(/make generate/);
  }, 60_000);
});
