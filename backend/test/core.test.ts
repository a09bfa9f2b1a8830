import { afterEach, describe, expect, it } from 'vitest';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { buildTestApp, testConfig } from './helpers/test-app.js';

let app: TypedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('GET /api/v1/core/health', () => {
  it('reports ok, the injected time, the loaded modules and the event bus', async () => {
    app = await buildTestApp({ clock: () => new Date('2026-01-02T03:04:05.000Z') });
    const response = await app.inject({ method: 'GET', url: '/api/v1/core/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      timestamp: '2026-01-02T03:04:05.000Z',
      modules: app.loadedModules,
      bus: { transport: 'in-process', connected: true },
      quotes: { source: 'in-process', connected: true },
    });
    expect(app.loadedModules[0]).toBe('core');
  });

  it('says where prices come from: none without a datafeed, and the instance name', async () => {
    app = await buildTestApp({
      config: testConfig({ instanceName: 'broker-2' }),
      enabledModules: ['broker'],
    });
    const body = (await app.inject({ method: 'GET', url: '/api/v1/core/health' })).json();
    expect(body).toMatchObject({
      quotes: { source: 'none', connected: false },
      instance: 'broker-2',
    });
  });
});

describe('GET /api/v1/core/versions', () => {
  it('lists v1 as the current, stable version', async () => {
    app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/v1/core/versions' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      current: string;
      versions: { version: string; status: string }[];
    }>();
    expect(body.current).toBe('v1');
    expect(body.versions).toContainEqual(
      expect.objectContaining({ version: 'v1', status: 'stable' }),
    );
  });
});
