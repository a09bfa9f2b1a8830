import { describe, expect, it } from 'vitest';
import {
  fakeFetch,
  healthBody,
  healthyCoreApi,
  jsonResponse,
  versionsBody,
} from '../testing/fakeFetch';
import { fetchHealth, fetchVersions, type FetchFn } from './apiStatus.service';

describe('fetchHealth', () => {
  it('returns the health of the API', async () => {
    const fetch = fakeFetch(healthyCoreApi());

    await expect(fetchHealth({ fetch })).resolves.toEqual(healthBody);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/v1/core/health');
  });

  it("reports the backend's message on a non-2xx answer", async () => {
    const fetch = fakeFetch({
      '/api/v1/core/health': () =>
        jsonResponse(
          { statusCode: 503, error: 'Service Unavailable', message: 'database is starting' },
          503,
          'Service Unavailable',
        ),
    });

    await expect(fetchHealth({ fetch })).rejects.toThrow(
      'GET /api/v1/core/health failed (503 Service Unavailable): database is starting',
    );
  });

  it('reports the status alone when an error answer has no message', async () => {
    const fetch = fakeFetch({
      '/api/v1/core/health': () => new Response('', { status: 502, statusText: 'Bad Gateway' }),
    });

    await expect(fetchHealth({ fetch })).rejects.toThrow(
      /^GET \/api\/v1\/core\/health failed \(502 Bad Gateway\)$/,
    );
  });

  it('reports a network failure as unreachable', async () => {
    const fetch: FetchFn = () => Promise.reject(new TypeError('Failed to fetch'));

    await expect(fetchHealth({ fetch })).rejects.toThrow(
      'Cannot reach the API (GET /api/v1/core/health): Failed to fetch',
    );
  });

  it('gives up on a request that never answers', async () => {
    const fetch: FetchFn = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });

    await expect(fetchHealth({ fetch, timeoutMs: 20 })).rejects.toThrow(
      'Cannot reach the API (GET /api/v1/core/health): no answer within 0.02 s',
    );
  });

  it('rejects a body that is not JSON', async () => {
    const fetch = fakeFetch({
      '/api/v1/core/health': () => new Response('<html>gateway</html>', { status: 200 }),
    });

    await expect(fetchHealth({ fetch })).rejects.toThrow(
      'Unexpected answer from GET /api/v1/core/health: the body is not JSON',
    );
  });

  it('rejects a body of the wrong shape', async () => {
    const fetch = fakeFetch(healthyCoreApi({ status: 'ok', timestamp: 'now', modules: 'core' }));

    await expect(fetchHealth({ fetch })).rejects.toThrow(
      'Unexpected answer from GET /api/v1/core/health: "modules" must be an array of strings',
    );
  });

  it('rejects a JSON array', async () => {
    const fetch = fakeFetch(healthyCoreApi([]));

    await expect(fetchHealth({ fetch })).rejects.toThrow('expected a JSON object');
  });
});

describe('fetchVersions', () => {
  it('returns the versions, optional dates included only when present', async () => {
    const fetch = fakeFetch(healthyCoreApi());

    const versions = await fetchVersions({ fetch });

    expect(versions).toEqual(versionsBody);
    expect(versions.versions[0]).not.toHaveProperty('deprecationDate');
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/v1/core/versions');
  });

  it('treats null optional dates as absent', async () => {
    const fetch = fakeFetch(
      healthyCoreApi(healthBody, {
        current: 'v1',
        versions: [{ version: 'v1', status: 'stable', releaseDate: null, deprecationDate: null }],
      }),
    );

    await expect(fetchVersions({ fetch })).resolves.toEqual({
      current: 'v1',
      versions: [{ version: 'v1', status: 'stable' }],
    });
  });

  it('names the malformed entry', async () => {
    const fetch = fakeFetch(
      healthyCoreApi(healthBody, {
        current: 'v1',
        versions: [{ version: 'v1', status: 'stable' }, { version: 'v2' }],
      }),
    );

    await expect(fetchVersions({ fetch })).rejects.toThrow(
      'Unexpected answer from GET /api/v1/core/versions: "versions[1].status" must be a string',
    );
  });

  it('rejects a missing current version', async () => {
    const fetch = fakeFetch(healthyCoreApi(healthBody, { versions: [] }));

    await expect(fetchVersions({ fetch })).rejects.toThrow('"current" must be a string');
  });
});
