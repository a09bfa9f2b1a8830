import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fakeFetch,
  healthBody,
  healthyCoreApi,
  jsonResponse,
  versionsBody,
} from '../testing/fakeFetch';
import { useApiStatusStore } from './apiStatus';

describe('useApiStatusStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts idle with nothing loaded', () => {
    const store = useApiStatusStore();

    expect(store.state).toBe('idle');
    expect(store.error).toBeNull();
    expect(store.health).toBeNull();
    expect(store.versions).toBeNull();
    expect(store.lastRefreshedAt).toBeNull();
    expect(store.overall).toBe('unknown');
  });

  it('goes idle → loading → done and keeps what it loaded', async () => {
    vi.stubGlobal('fetch', fakeFetch(healthyCoreApi()));
    const store = useApiStatusStore();

    const refreshing = store.refresh();
    expect(store.state).toBe('loading');
    await refreshing;

    expect(store.state).toBe('done');
    expect(store.error).toBeNull();
    expect(store.health).toEqual(healthBody);
    expect(store.versions).toEqual(versionsBody);
    expect(store.overall).toBe('ok');
    expect(store.lastRefreshedAt).toEqual(expect.any(Number));
  });

  it('goes loading → error with the message and drops stale data', async () => {
    vi.stubGlobal('fetch', fakeFetch(healthyCoreApi()));
    const store = useApiStatusStore();
    await store.refresh();

    vi.stubGlobal(
      'fetch',
      fakeFetch({
        ...healthyCoreApi(),
        '/api/v1/core/health': () =>
          jsonResponse({ statusCode: 500, error: 'Internal', message: 'boom' }, 500, 'Internal'),
      }),
    );
    const refreshing = store.refresh();
    expect(store.state).toBe('loading');
    await refreshing;

    expect(store.state).toBe('error');
    expect(store.error).toBe('GET /api/v1/core/health failed (500 Internal): boom');
    expect(store.health).toBeNull();
    expect(store.versions).toBeNull();
    expect(store.overall).toBe('unreachable');
  });

  it('clears the error after a successful retry', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const store = useApiStatusStore();
    await store.refresh();
    expect(store.state).toBe('error');

    vi.stubGlobal('fetch', fakeFetch(healthyCoreApi()));
    await store.refresh();

    expect(store.state).toBe('done');
    expect(store.error).toBeNull();
    expect(store.health?.modules).toEqual(['core', 'datafeed', 'broker']);
  });

  it('reports a health status other than ok as degraded', async () => {
    vi.stubGlobal('fetch', fakeFetch(healthyCoreApi({ ...healthBody, status: 'starting' })));
    const store = useApiStatusStore();

    await store.refresh();

    expect(store.overall).toBe('degraded');
  });

  it('shares one request between overlapping refreshes', async () => {
    const fetch = fakeFetch(healthyCoreApi());
    vi.stubGlobal('fetch', fetch);
    const store = useApiStatusStore();

    await Promise.all([store.refresh(), store.refresh()]);
    expect(fetch).toHaveBeenCalledTimes(2);

    await store.refresh();
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});
