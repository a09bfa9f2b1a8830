import { describe, expect, it } from 'vitest';
import { createApiClient } from './apiClient';

/** A fetch that records each request and answers from `answer`. */
function recordingFetch(answer: (request: Request) => Response) {
  const requests: Request[] = [];
  const fetch = (request: Request) => {
    requests.push(request);
    return Promise.resolve(answer(request));
  };
  return { fetch, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createApiClient', () => {
  it('calls a path of the backend document and returns its typed answer', async () => {
    const { fetch, requests } = recordingFetch(() =>
      json({ status: 'ok', timestamp: '2026-11-23T00:00:00.000Z', modules: ['core'] }),
    );
    const api = createApiClient({ baseUrl: 'http://backend.test', fetch });
    const { data, error } = await api.GET('/api/v1/core/health');
    expect(error).toBeUndefined();
    expect(data?.modules).toEqual(['core']);
    expect(requests[0]!.url).toBe('http://backend.test/api/v1/core/health');
  });

  it('sends a typed body and path parameters, and hands back the error shape on 4xx', async () => {
    const { fetch, requests } = recordingFetch(() =>
      json({ error: { code: 'BAD_REQUEST', message: 'qty: must be > 0' } }, 400),
    );
    const api = createApiClient({ baseUrl: 'http://backend.test', fetch });
    const { data, error } = await api.POST('/api/v1/broker/orders', {
      body: { symbol: 'AAPL', type: 2, side: 1, qty: 0 },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: { code: 'BAD_REQUEST', message: 'qty: must be > 0' } });
    expect(requests[0]!.method).toBe('POST');
    expect(await requests[0]!.json()).toEqual({ symbol: 'AAPL', type: 2, side: 1, qty: 0 });

    await api.DELETE('/api/v1/broker/orders/{id}', { params: { path: { id: '42' } } });
    expect(requests[1]!.url).toBe('http://backend.test/api/v1/broker/orders/42');
  });
});
