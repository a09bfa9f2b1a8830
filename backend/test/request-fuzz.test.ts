// No malformed request may yield a 500 (docs/contract.md#conventions): throw random methods, paths, query strings,
// headers and bodies at every route that exists and check each answer is a clean client error.
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { buildTestApp } from './helpers/test-app.js';

let app: TypedApp;
beforeAll(async () => {
  // Every shipped module, whatever the environment enables.
  app = await buildTestApp({ enabledModules: undefined });
});
afterAll(() => app.close());

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'] as const;

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '%',
    '%zz',
    '..',
    '../../etc/passwd',
    '\u0000',
    '🙂',
    'a'.repeat(5000),
    '-1',
    '1e309',
    'NaN',
    '__proto__',
  ),
);

const body = fc.oneof(
  fc.constant(undefined),
  fc.json(),
  fc.string(),
  fc.constantFrom(
    '{',
    '{"delayMs":',
    'null',
    '[]',
    '{"__proto__":{"x":1}}',
    '{"delayMs":1e400}',
    '\u0000',
  ),
  fc.jsonValue().map((value) => JSON.stringify({ delayMs: value })),
);

const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'garbage/;;',
);

/** A route's URL with its `:params` replaced by hostile values. */
function fillPath(url: string, values: string[]): string {
  let i = 0;
  return url.replace(/:[A-Za-z_]+|\*/g, () =>
    encodeURIComponent(values[i++ % values.length] ?? 'x'),
  );
}

describe('every route under malformed requests', () => {
  it('never answers 5xx', async () => {
    const routes = app.routeTable.filter((route) => route.url.startsWith('/api'));
    expect(routes.length).toBeGreaterThanOrEqual(4);

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom(...METHODS),
        fc.array(hostile, { minLength: 1, maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 12 }), hostile, { maxKeys: 4 }),
        body,
        contentType,
        async (route, method, pathValues, query, payload, type) => {
          const request: InjectOptions = {
            method,
            url: fillPath(route.url, pathValues),
            query,
            headers: type === undefined ? {} : { 'content-type': type },
          };
          if (payload !== undefined && method !== 'GET' && method !== 'HEAD')
            request.payload = payload;
          const response = await app.inject(request);
          if (response.statusCode >= 500) {
            throw new Error(
              `${method} ${request.url as string} → ${response.statusCode}: ${response.body}`,
            );
          }
          if (response.statusCode >= 400 && method !== 'HEAD') {
            expect(response.json()).toMatchObject({ statusCode: response.statusCode });
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
