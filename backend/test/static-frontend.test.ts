import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { buildTestApp, testConfig } from './helpers/test-app.js';

const dist = mkdtempSync(join(tmpdir(), 'trading-pro-dist-'));
let app: TypedApp;
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>Trading Pro</title><div id="app"></div>',
  );
  writeFileSync(join(dist, 'assets', 'main.js'), 'console.log(1)');
  app = await buildTestApp({ config: testConfig({ staticDir: dist }), serveFrontend: true });
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('serving the terminal', () => {
  it('serves index.html at /', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Trading Pro</title>');
  });

  it('serves built assets', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/main.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
  });

  it('answers deep links of the single-page app with index.html', async () => {
    const response = await app.inject({ method: 'GET', url: '/status' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="app">');
  });

  it('keeps JSON 404s under /api', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/unknown' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
