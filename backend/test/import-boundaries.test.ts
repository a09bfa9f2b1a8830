// The boundary rules are only worth having if they fire: run the checker on a tree that breaks
// each rule on purpose, and on the real sources, which must be clean.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const depcruise = fileURLToPath(new URL('../../node_modules/.bin/depcruise', import.meta.url));

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

async function cruise(path: string): Promise<Violation[]> {
  const result = await run(
    depcruise,
    ['--config', '.dependency-cruiser.cjs', '--output-type', 'json', path],
    { cwd: repoRoot, maxBuffer: 32 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return (JSON.parse(result.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('import boundaries', () => {
  it('reports every rule the fixture breaks', async () => {
    const violations = await cruise('backend/test/fixtures/boundaries/src');
    const byRule = (name: string) => violations.filter((v) => v.rule.name === name);
    expect(byRule('no-cross-module')).toEqual([
      expect.objectContaining({
        from: expect.stringMatching(/modules\/alpha\/index\.ts$/),
        to: expect.stringMatching(/modules\/beta\/index\.ts$/),
      }),
    ]);
    expect(byRule('shared-not-to-modules')).toHaveLength(1);
    expect(byRule('shared-only-models')).toEqual([
      expect.objectContaining({ from: expect.stringMatching(/shared\/bootstrap\.ts$/) }),
    ]);
    expect(byRule('models-are-pure')).toHaveLength(1);
  });

  it('reports the terminal rules the frontend fixture breaks', async () => {
    const violations = await cruise('frontend/test-fixtures/boundaries/src');
    const byRule = (name: string) => violations.filter((v) => v.rule.name === name);
    // The mappers' own import of the generated client is allowed; the service's is not.
    expect(byRule('generated-types-only-in-mappers')).toEqual([
      expect.objectContaining({ from: expect.stringMatching(/services\/leaky\.service\.ts$/) }),
    ]);
    expect(byRule('ui-through-stores-and-services')).toEqual([
      expect.objectContaining({
        from: expect.stringMatching(/components\/order\/OrderLeaky\.ts$/),
      }),
    ]);
  });

  it('reports the market package’s rules the package fixture breaks', async () => {
    const violations = await cruise('backend/test/fixtures/boundaries/packages');
    const byRule = (name: string) => violations.filter((v) => v.rule.name === name);
    expect(byRule('market-is-browser-safe')).toEqual([
      expect.objectContaining({
        from: expect.stringMatching(/market\/src\/leaky\.ts$/),
        to: 'fs',
      }),
    ]);
    expect(byRule('market-imports-no-app')).toEqual([
      expect.objectContaining({
        from: expect.stringMatching(/market\/src\/leaky\.ts$/),
        to: 'backend/src/config.ts',
      }),
    ]);
  });

  it('finds no violation in the real sources', async () => {
    expect(await cruise('backend/src')).toEqual([]);
    expect(await cruise('frontend/src')).toEqual([]);
    expect(await cruise('packages/market/src')).toEqual([]);
  });
});
