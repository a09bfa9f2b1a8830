// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSockets } from '../testing/fakeSocket';
import { routedFetch } from '../testing/fakeApi';
import { jsonResponse } from '../testing/fakeFetch';
import { createBackendEndpoints, webSocketUrl, type EndpointName } from './backendEndpoints';
import type { ConnectionStatus } from './wsClient';

describe('webSocketUrl', () => {
  it('uses ws: for an http origin and keeps host and port', () => {
    expect(webSocketUrl('http://localhost:8000', 'datafeed')).toBe(
      'ws://localhost:8000/api/v1/datafeed/ws',
    );
  });

  it('uses wss: for an https origin', () => {
    expect(webSocketUrl('https://trade.example.com', 'broker')).toBe(
      'wss://trade.example.com/api/v1/broker/ws',
    );
  });

  it('ignores any path of the origin', () => {
    expect(webSocketUrl('https://trade.example.com/terminal/', 'broker')).toBe(
      'wss://trade.example.com/api/v1/broker/ws',
    );
  });
});

describe('createBackendEndpoints', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const sockets = fakeSockets();
    const statuses: [EndpointName, ConnectionStatus][] = [];
    const resyncs: EndpointName[] = [];
    const api = routedFetch({
      'GET /api/v1/core/health': () =>
        jsonResponse({ status: 'ok', timestamp: '2026-01-01T00:00:00.000Z', modules: ['core'] }),
    });
    const endpoints = createBackendEndpoints({
      origin: 'https://trade.test',
      createSocket: sockets.createSocket,
      fetch: api.fetch,
      onStatus: (endpoint, status) => statuses.push([endpoint, status]),
      onResync: (endpoint) => resyncs.push(endpoint),
    });
    const listen = (endpoint: EndpointName) =>
      endpoints.ws[endpoint].subscribe('orders', { accountId: 'a' }, { update: () => undefined });
    /** The latest socket opens and the server confirms the subscription again. */
    const reopen = () => {
      sockets.last().open();
      sockets.last().receive('orders.subscribe.response', {
        status: 'ok',
        message: 'Subscribed',
        topic: 'orders:{"accountId":"a"}',
      });
    };
    return { ...sockets, statuses, resyncs, endpoints, api, listen, reopen };
  }

  it('opens one socket per endpoint at its wss URL, and the REST client uses the origin', async () => {
    const { endpoints, sockets, listen, api } = setup();
    listen('datafeed');
    listen('broker');
    expect(sockets.map((s) => s.url)).toEqual([
      'wss://trade.test/api/v1/datafeed/ws',
      'wss://trade.test/api/v1/broker/ws',
    ]);
    const { data } = await endpoints.api.GET('/api/v1/core/health');
    expect(data?.status).toBe('ok');
    expect(api.requests[0]!.url.href).toBe('https://trade.test/api/v1/core/health');
  });

  it('reports each endpoint status under its own name', () => {
    const { statuses, listen, last } = setup();
    listen('broker');
    last().open();
    expect(statuses).toEqual([
      ['broker', 'connecting'],
      ['broker', 'open'],
    ]);
  });

  it('does not ask for a resync on the first open, but does after a reconnect', () => {
    const { resyncs, listen, sockets, last, reopen } = setup();
    listen('datafeed');
    reopen();
    expect(resyncs).toEqual([]);

    last().drop(1006);
    expect(resyncs).toEqual([]);
    vi.advanceTimersByTime(500); // first backoff is under 500 ms whatever the jitter
    expect(sockets).toHaveLength(2);
    expect(resyncs).toEqual([]); // not before the socket is actually back
    reopen();
    expect(resyncs).toEqual(['datafeed']);

    last().drop(1006);
    vi.advanceTimersByTime(500);
    reopen();
    expect(resyncs).toEqual(['datafeed', 'datafeed']);
  });

  it('resyncs once, not twice, after the server dropped it for lagging (1013)', () => {
    const { resyncs, listen, last, reopen } = setup();
    listen('broker');
    reopen();
    last().drop(1013);
    vi.advanceTimersByTime(500);
    reopen();
    expect(resyncs).toEqual(['broker']);
  });

  it('resyncs once after several failed attempts, when the socket is finally open', () => {
    const { resyncs, listen, sockets, last, reopen } = setup();
    listen('broker');
    reopen();
    last().drop(1006);
    vi.advanceTimersByTime(500);
    last().drop(1006);
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(3);
    expect(resyncs).toEqual([]);
    reopen();
    expect(resyncs).toEqual(['broker']);
  });

  it('close() closes both sockets for good', () => {
    const { endpoints, sockets, listen, statuses } = setup();
    listen('datafeed');
    listen('broker');
    sockets.forEach((s) => s.open());
    endpoints.close();
    expect(sockets.map((s) => s.closedWith)).toEqual([1000, 1000]);
    expect(statuses.slice(-2)).toEqual([
      ['datafeed', 'closed'],
      ['broker', 'closed'],
    ]);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(2);
  });
});
