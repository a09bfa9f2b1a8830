// Each module must run alone (ENABLED_MODULES=<name>): build the app with exactly one module
// and check it answers its own routes, documents only itself, and knows nothing of the others.
import { describe, expect, it } from 'vitest';
import { discoverModules } from '../src/shared/registry.js';
import type { OpenApiDocument } from '../src/shared/specs/openapi.js';
import { buildTestApp } from './helpers/test-app.js';

const shipped = discoverModules().map((entry) => entry.name);

describe.each(shipped)('the %s module alone', (name) => {
  it('starts, reports itself in health and serves its own document', async () => {
    const app = await buildTestApp({ enabledModules: [name] });
    try {
      expect(app.loadedModules).toEqual(name === 'core' ? ['core'] : ['core', name]);
      const health = await app.inject({ method: 'GET', url: '/api/v1/core/health' });
      expect(health.json<{ modules: string[] }>().modules).toEqual(app.loadedModules);

      const merged = (
        await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
      ).json<OpenApiDocument>();
      const owners = new Set(Object.keys(merged.paths ?? {}).map((p) => p.split('/')[3]));
      expect([...owners].sort()).toEqual([...app.loadedModules].sort());

      for (const other of shipped.filter((n) => !app.loadedModules.includes(n))) {
        const response = await app.inject({ method: 'GET', url: `/api/v1/${other}/openapi.json` });
        expect(response.statusCode).toBe(404);
      }
    } finally {
      await app.close();
    }
  });
});
