// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../plugins/apiClient';
import { backendError } from '../../testing/fakeApi';
import { jsonResponse } from '../../testing/fakeFetch';
import { BrokerRequestError } from '../broker.service';
import { messageOf, unwrap } from './apiResult';

const response = (status: number, statusText = '') => new Response(null, { status, statusText });

async function failure(request: Promise<unknown>): Promise<BrokerRequestError> {
  const error = await request.then(
    () => undefined,
    (cause: unknown) => cause,
  );
  expect(error).toBeInstanceOf(BrokerRequestError);
  return error as BrokerRequestError;
}

describe('messageOf', () => {
  it("prefers the backend's message", () => {
    const body = { statusCode: 400, error: 'Bad Request', message: 'limitPrice is required' };
    expect(messageOf(body, response(400, 'Bad Request'))).toBe('limitPrice is required');
  });

  it('falls back to status and reason when the message is missing, blank or not text', () => {
    expect(messageOf(undefined, response(502, 'Bad Gateway'))).toBe('502 Bad Gateway');
    expect(messageOf({ message: '  ' }, response(503, 'Service Unavailable'))).toBe(
      '503 Service Unavailable',
    );
    expect(messageOf({ message: 42 }, response(500))).toBe('500 request failed');
    expect(messageOf('oops', response(500))).toBe('500 request failed');
    expect(messageOf(null, response(500))).toBe('500 request failed');
  });
});

describe('unwrap', () => {
  it('returns the body of a successful answer', async () => {
    await expect(
      unwrap(Promise.resolve({ data: { orderId: '9' }, response: response(200) })),
    ).resolves.toEqual({
      orderId: '9',
    });
  });

  it("throws the backend's message and status from a real error answer", async () => {
    const api = createApiClient({
      baseUrl: 'http://backend.test',
      fetch: async () => backendError(409, 'Conflict', 'Order 42 is Filled, not Working'),
    });
    const error = await failure(
      unwrap(api.DELETE('/api/v1/broker/orders/{id}', { params: { path: { id: '42' } } })),
    );
    expect(error.message).toBe('Order 42 is Filled, not Working');
    expect(error.status).toBe(409);
  });

  it('throws when a 2xx answer has no body', async () => {
    const error = await failure(unwrap(Promise.resolve({ response: response(204, 'No Content') })));
    expect(error.status).toBe(204);
    expect(error.message).toBe('204 No Content');
  });

  it('throws status 0 with the reason when the server cannot be reached', async () => {
    const api = createApiClient({
      baseUrl: 'http://backend.test',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const error = await failure(unwrap(api.GET('/api/v1/broker/orders')));
    expect(error.status).toBe(0);
    expect(error.message).toBe('Cannot reach the server: Failed to fetch');

    const odd = await failure(unwrap(Promise.reject('socket hang up')));
    expect(odd.message).toBe('Cannot reach the server: socket hang up');
  });

  it('passes a successful typed answer through the real client', async () => {
    const api = createApiClient({
      baseUrl: 'http://backend.test',
      fetch: async () => jsonResponse({ id: 'acc-1', name: 'Paper', currency: 'USD' }),
    });
    await expect(unwrap(api.GET('/api/v1/broker/account'))).resolves.toEqual({
      id: 'acc-1',
      name: 'Paper',
      currency: 'USD',
    });
  });
});
