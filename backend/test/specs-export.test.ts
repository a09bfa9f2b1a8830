import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSpecFiles, renderSpecFiles, writeSpecFiles } from '../src/shared/specs/export.js';
import { buildTestApp, testConfig } from './helpers/test-app.js';

const temp = mkdtempSync(join(tmpdir(), 'trading-pro-specs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function render() {
  const app = await buildTestApp({ enabledModules: undefined });
  try {
    return renderSpecFiles(app);
  } finally {
    await app.close();
  }
}

describe('spec export', () => {
  it('is deterministic across two applications', async () => {
    expect(await render()).toEqual(await render());
  });

  it('writes the merged and one document per module, keys sorted', async () => {
    const files = await render();
    expect(files.map((f) => f.path)).toContain('openapi/merged.json');
    expect(files.map((f) => f.path)).toContain('openapi/core.json');
    const merged = files.find((f) => f.path === 'openapi/merged.json')!.content;
    const keys = Object.keys(JSON.parse(merged) as object);
    expect(keys).toEqual([...keys].sort());
  });

  it('reports changed, missing and stale files, and none after writing', async () => {
    const files = await render();
    await writeSpecFiles(temp, files);
    expect(await diffSpecFiles(temp, files)).toEqual([]);

    writeFileSync(join(temp, 'openapi/core.json'), '{}\n');
    writeFileSync(join(temp, 'openapi/retired.json'), '{}\n');
    rmSync(join(temp, 'openapi/merged.json'));
    expect((await diffSpecFiles(temp, files)).sort()).toEqual(
      ['openapi/core.json', 'openapi/merged.json', 'openapi/retired.json'].sort(),
    );

    await writeSpecFiles(temp, files);
    expect(await diffSpecFiles(temp, files)).toEqual([]);
  });

  it('matches the committed documents in backend/specs', async () => {
    const files = await render();
    const committed = fileURLToPath(new URL('../specs/', import.meta.url));
    for (const file of files) {
      expect(readFileSync(join(committed, file.path), 'utf8'), file.path).toBe(file.content);
    }
  });
});

describe('document-only application', () => {
  it('renders the same documents without starting modules or touching the data directory', async () => {
    const dataDir = join(temp, 'never-created');
    const app = await buildTestApp({
      config: testConfig({ dataDir }),
      enabledModules: undefined,
      documentOnly: true,
    });
    try {
      expect(renderSpecFiles(app)).toEqual(await render());
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await app.close();
    }
  });
});
