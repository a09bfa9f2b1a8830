import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import type { ModuleDefinition } from '../src/shared/module.js';
import {
  discoverModules,
  isValidModuleName,
  ModuleRegistry,
  ModuleRegistryError,
  type ModuleEntry,
} from '../src/shared/registry.js';
import { testConfig } from './helpers/test-app.js';

const stub = (name: string): ModuleDefinition => ({
  name,
  description: `${name} module`,
  create: () => ({ routes: () => undefined }),
});
const entry = (name: string, load = async () => stub(name)): ModuleEntry => ({ name, load });

const tempRoots: string[] = [];
afterAll(() => tempRoots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A modules folder on disk with the given `<name>/index.js` sources. */
function modulesFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'trading-pro-modules-'));
  tempRoots.push(root);
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, 'index.js'), source);
  }
  return root;
}
const moduleSource = (name: string) =>
  `export default { name: ${JSON.stringify(name)}, description: 'd', create: () => ({ routes() {} }) };`;

describe('module discovery', () => {
  it('finds the shipped modules, core among them', () => {
    expect(discoverModules().map((e) => e.name)).toContain('core');
  });

  it('finds one entry per folder with an index file, ignoring other folders', async () => {
    const root = modulesFolder({
      core: moduleSource('core'),
      'order-book': moduleSource('order-book'),
    });
    mkdirSync(join(root, 'assets'));
    const entries = discoverModules(root);
    expect(entries.map((e) => e.name)).toEqual(['core', 'order-book']);
    expect((await entries[1]!.load()).name).toBe('order-book');
  });

  it('refuses a module whose declared name differs from its folder', async () => {
    const root = modulesFolder({ core: moduleSource('core'), alpha: moduleSource('beta') });
    const alpha = discoverModules(root).find((e) => e.name === 'alpha')!;
    await expect(alpha.load()).rejects.toThrow(/folder "alpha" declares the name "beta"/);
  });

  it('refuses a module without a module definition as default export', async () => {
    const root = modulesFolder({ core: moduleSource('core'), alpha: 'export const x = 1;' });
    const alpha = discoverModules(root).find((e) => e.name === 'alpha')!;
    await expect(alpha.load()).rejects.toThrow(/must default-export defineModule/);
  });

  it('reports a missing modules folder', () => {
    expect(() => discoverModules('/nonexistent/modules')).toThrow(/Modules folder not found/);
  });
});

describe('module names', () => {
  it.each(['core', 'datafeed', 'order-book', 'v2-api'])('accepts %s', (name) => {
    expect(isValidModuleName(name)).toBe(true);
  });

  it.each(['Core', 'order_book', '-x', 'x-', 'a--b', '2fa', '', 'a b'])('rejects "%s"', (name) => {
    expect(isValidModuleName(name)).toBe(false);
    expect(() => new ModuleRegistry([entry('core'), entry(name)])).toThrow(ModuleRegistryError);
  });

  it('rejects duplicate names', () => {
    expect(() => new ModuleRegistry([entry('core'), entry('alpha'), entry('alpha')])).toThrow(
      'Duplicate module name "alpha"',
    );
  });

  it('requires core', () => {
    expect(() => new ModuleRegistry([entry('alpha')])).toThrow(/"core" module is missing/);
  });
});

describe('ModuleRegistry.resolve', () => {
  const registry = new ModuleRegistry([entry('core'), entry('alpha'), entry('beta')]);

  it('loads everything by default, core first', () => {
    expect(registry.resolve(undefined)).toEqual(['core', 'alpha', 'beta']);
  });

  it('always adds core and removes repeats', () => {
    expect(registry.resolve(['beta', 'beta'])).toEqual(['core', 'beta']);
    expect(registry.resolve(['beta', 'core'])).toEqual(['core', 'beta']);
  });

  it('names the unknown module and what is available', () => {
    expect(() => registry.resolve(['alpha', 'gamma'])).toThrow(
      'Unknown module "gamma" in ENABLED_MODULES; available: core, alpha, beta',
    );
  });
});

describe('createApp with ENABLED_MODULES', () => {
  it('imports and creates only the enabled modules', async () => {
    const loadBeta = vi.fn(async () => stub('beta'));
    const createAlpha = vi.fn(() => ({ routes: () => undefined }));
    const app = await createApp({
      config: testConfig({ enabledModules: ['alpha'] }),
      logger: false,
      serveFrontend: false,
      modules: [
        ...discoverModules().filter((e) => e.name === 'core'),
        entry('alpha', async () => ({ ...stub('alpha'), create: createAlpha })),
        entry('beta', loadBeta),
      ],
    });
    expect(app.loadedModules).toEqual(['core', 'alpha']);
    expect(createAlpha).toHaveBeenCalledOnce();
    expect(loadBeta).not.toHaveBeenCalled();
    await app.close();
  });

  it('fails start-up for an unknown module', async () => {
    await expect(
      createApp({ config: testConfig({ enabledModules: ['nope'] }), logger: false }),
    ).rejects.toThrow(/Unknown module "nope" in ENABLED_MODULES/);
  });
});
