import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import type { OpenApiDocument } from '../src/shared/specs/openapi.js';
import { buildTestApp } from './helpers/test-app.js';

let app: TypedApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

type Operation = { operationId?: string; summary?: string; tags?: string[]; responses?: object };
const operations = (document: OpenApiDocument) =>
  Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
  );

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document with the paths of every loaded module', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<OpenApiDocument>();
    expect(document.openapi).toBe('3.1.0');
    for (const name of app.loadedModules) {
      expect(Object.keys(document.paths ?? {}).some((p) => p.startsWith(`/api/v1/${name}/`))).toBe(
        true,
      );
    }
    expect(document.tags?.map((t) => t.name)).toEqual([...app.loadedModules]);
  });

  it('describes every operation fully: operationId, summary, tag and its success answer', async () => {
    const document = (
      await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
    ).json<OpenApiDocument>();
    const ops = operations(document);
    expect(ops.length).toBeGreaterThan(0);
    for (const { path, method, op } of ops) {
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(op.summary, `${method} ${path}`).toBeTruthy();
      expect(op.tags, `${method} ${path}`).toHaveLength(1);
      expect(
        Object.keys(op.responses ?? {}).filter((status) => /^2\d\d$/.test(status)),
        `${method} ${path}: one success answer`,
      ).toHaveLength(1);
    }
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves out the documentation endpoints themselves', async () => {
    const document = (
      await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
    ).json<OpenApiDocument>();
    expect(
      Object.keys(document.paths ?? {}).filter((p) => p.includes('openapi') || p.includes('docs')),
    ).toEqual([]);
  });
});

describe('GET /api/v1/{module}/openapi.json', () => {
  it('holds only that module’s paths', async () => {
    for (const name of app.loadedModules) {
      const response = await app.inject({ method: 'GET', url: `/api/v1/${name}/openapi.json` });
      expect(response.statusCode).toBe(200);
      const document = response.json<OpenApiDocument>();
      const paths = Object.keys(document.paths ?? {});
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.every((p) => p.startsWith(`/api/v1/${name}/`))).toBe(true);
      expect(document.tags).toEqual([expect.objectContaining({ name })]);
    }
  });
});

describe('GET /api/v1/docs', () => {
  it('renders the interactive documentation page', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('swagger-ui');
  });
});
