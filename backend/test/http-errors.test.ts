import { afterEach, describe, expect, it } from 'vitest';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { buildTestApp } from './helpers/test-app.js';
import { modulesWithProbe } from './helpers/test-modules.js';

let app: TypedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const probeApp = () => buildTestApp({ modules: modulesWithProbe() });

describe('error responses', () => {
  it('answers an unknown /api path with a JSON 404', async () => {
    app = await probeApp();
    const response = await app.inject({ method: 'GET', url: '/api/v1/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Route GET /api/v1/nowhere not found',
    });
  });

  it.each([
    ['missing', 404, 'Not Found', 'Item missing not found'],
    ['done', 409, 'Conflict', 'Item done is already done'],
    ['bad', 400, 'Bad Request', 'id: "bad" is not allowed'],
  ])('maps the domain error of %s to %i', async (id, statusCode, error, message) => {
    app = await probeApp();
    const response = await app.inject({ method: 'GET', url: `/api/v1/probe/items/${id}` });
    expect(response.statusCode).toBe(statusCode);
    expect(response.json()).toEqual({ statusCode, error, message });
  });

  it('names the offending field of a validation failure', async () => {
    app = await probeApp();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/slow',
      payload: { delayMs: -5 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.json<{ message: string }>().message).toMatch(/delayMs/);
  });

  it('rejects a body that is not JSON with 400', async () => {
    app = await probeApp();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/slow',
      headers: { 'content-type': 'application/json' },
      payload: '{"delayMs":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('rejects an unsupported content type with 415', async () => {
    app = await probeApp();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/slow',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'delayMs=1',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
  });

  it('hides the details of an unexpected failure behind a generic 500', async () => {
    app = await probeApp();
    const response = await app.inject({ method: 'GET', url: '/api/v1/probe/items/crash' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
    });
    expect(response.body).not.toContain('hunter2');
  });
});
