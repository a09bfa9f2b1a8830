// The AsyncAPI documents must be valid for AsyncAPI's own parser, served as JSON and as a
// readable page, for each module and merged.
import { Parser } from '@asyncapi/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { discoverModules } from '../src/shared/registry.js';
import { buildTestApp } from './helpers/test-app.js';
import { entryOf } from './helpers/test-modules.js';
import { makeWsTestModule } from './helpers/ws-test-module.js';

let app: TypedApp;
beforeAll(async () => {
  app = await buildTestApp({
    modules: [...discoverModules(), entryOf(makeWsTestModule().definition)],
  });
});
afterAll(() => app.close());

const parser = new Parser();
const ERROR = 0; // DiagnosticSeverity.Error

async function problems(document: unknown) {
  const { diagnostics } = await parser.parse(JSON.stringify(document));
  return diagnostics
    .filter((d) => d.severity === ERROR)
    .map((d) => `${d.path.join('.')}: ${d.message}`);
}

describe('AsyncAPI documents', () => {
  it.each(['/api/v1/wstest/ws/asyncapi.json', '/api/v1/ws/asyncapi.json'])(
    '%s parses without error',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      const document = response.json<{ asyncapi: string; channels: Record<string, unknown> }>();
      expect(document.asyncapi).toBe('2.6.0');
      expect(Object.keys(document.channels)).toContain('/api/v1/wstest/ws');
      expect(await problems(document)).toEqual([]);
    },
  );

  it('describes every frame of every route', async () => {
    const document = (
      await app.inject({ method: 'GET', url: '/api/v1/wstest/ws/asyncapi.json' })
    ).json<{
      components: {
        messages: Record<string, { payload: { properties: { type: { const: string } } } }>;
      };
    }>();
    const types = Object.values(document.components.messages).map(
      (m) => m.payload.properties.type.const,
    );
    for (const route of ['ticks', 'events']) {
      for (const suffix of [
        'subscribe',
        'unsubscribe',
        'subscribe.response',
        'unsubscribe.response',
        'update',
      ]) {
        expect(types).toContain(`${route}.${suffix}`);
      }
    }
    expect(types).toEqual(expect.arrayContaining(['ping', 'pong', 'error']));
  });

  it('would catch an invalid document', async () => {
    expect(await problems({ asyncapi: '2.6.0', info: { title: 'x' }, channels: 7 })).not.toEqual(
      [],
    );
  });

  it.each(['/api/v1/wstest/ws/docs', '/api/v1/ws/docs'])(
    '%s renders the document as a page',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.body).toContain('ticks.subscribe');
      expect(response.body).toContain('events.update');
      expect(response.body).toContain('/api/v1/wstest/ws');
    },
  );

  it('are left out of the OpenAPI document', async () => {
    const openapi = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: object;
    }>();
    expect(Object.keys(openapi.paths).filter((p) => p.includes('/ws'))).toEqual([]);
  });
});
