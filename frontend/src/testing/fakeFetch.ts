import { vi } from 'vitest';
import type { FetchFn } from '../services/apiStatus.service';

export const healthBody = {
  status: 'ok',
  timestamp: '2025-03-01T09:30:05.000Z',
  modules: ['core', 'datafeed', 'broker'],
};

export const versionsBody = {
  current: 'v1',
  versions: [
    { version: 'v1', status: 'stable', releaseDate: '2025-01-15' },
    {
      version: 'v0',
      status: 'deprecated',
      releaseDate: '2024-06-01',
      deprecationDate: '2025-01-15',
    },
  ],
};

export function jsonResponse(body: unknown, status = 200, statusText = 'OK'): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { 'Content-Type': 'application/json' },
  });
}

export type FakeRoutes = Record<string, () => Response | Promise<Response>>;

/** A fetch mock answering by exact URL; anything else is a 404 so a wrong URL fails loudly. */
export function fakeFetch(routes: FakeRoutes) {
  return vi.fn<FetchFn>(async (input) => {
    const answer = routes[input];
    return answer
      ? answer()
      : jsonResponse({ statusCode: 404, error: 'Not Found', message: `no route ${input}` }, 404);
  });
}

/** The core status endpoints answering normally. */
export function healthyCoreApi(
  health: unknown = healthBody,
  versions: unknown = versionsBody,
): FakeRoutes {
  return {
    '/api/v1/core/health': () => jsonResponse(health),
    '/api/v1/core/versions': () => jsonResponse(versions),
  };
}
