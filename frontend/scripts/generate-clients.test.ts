// @vitest-environment node
// The generator's --check mode, run as `make test` runs it, against a scratch folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
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
