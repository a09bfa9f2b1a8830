// The datafeed's streams over a real socket (docs/contract.md#websocket): confirmation, cadence, agreement with
// history, refusals.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bar, BarsResponse } from '../src/models/market/bars.js';
import type { QuoteData } from '../src/models/market/quotes.js';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { buildTestApp } from './helpers/test-app.js';
import { TestClient } from './helpers/ws-client.js';

/** Wednesday 2026-11-18 10:00:30.5 New York; the clock stands still so stream = history. */
const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);
const NOW_S = Math.floor(NOW / 1000);

let app: TypedApp;
let url: string;
beforeAll(async () => {
  app = await buildTestApp({ enabledModules: ['datafeed'], clock: () => new Date(NOW) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/datafeed/ws`;
});
afterAll(() => app.close());

async function withClient(run: (client: TestClient) => Promise<void>) {
  const client = await TestClient.connect(url);
  try {
    await run(client);
  } finally {
    client.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('bars stream', () => {
  it('confirms, then sends the forming bar — the last bar of history — at least once a second', async () => {
    await withClient(async (client) => {
      const response = await client.subscribe('bars', { symbol: 'AAPL', resolution: '5' });
      expect(response.payload).toEqual({
        status: 'ok',
        message: 'Subscribed',
        topic: 'bars:{"resolution":"5","symbol":"AAPL"}',
      });
      await sleep(2_300);
      const updates = client.updates('bars');
      expect(updates.length).toBeGreaterThanOrEqual(3);
      const history = (
        await app.inject({
          method: 'GET',
          url: `/api/v1/datafeed/bars?symbol=AAPL&resolution=5&from_time=${NOW_S - 3600}&to_time=${NOW_S + 1}`,
        })
      ).json<BarsResponse>();
      expect(updates.at(-1)!.payload.payload as Bar).toEqual(history.bars.at(-1));
    });
  });

  it.each([
    [{ symbol: 'NOPE', resolution: '1' }, 'Unknown symbol "NOPE"'],
    [{ symbol: 'AAPL', resolution: '7' }, 'resolution'],
    [{ symbol: 'AAPL' }, 'resolution'],
  ])('refuses %j', async (params, reason) => {
    await withClient(async (client) => {
      const response = await client.subscribe('bars', params);
      expect(response.payload.status).toBe('error');
      expect(response.payload.message).toContain(reason);
    });
  });
});

describe('quotes stream', () => {
  it('sends each symbol at least once a second and fast symbols four times a second', async () => {
    await withClient(async (client) => {
      await client.subscribe('quotes', { symbols: ['MSFT', 'EURUSD'], fast_symbols: ['BTCUSD'] });
      await sleep(2_100);
      const byName = (name: string) =>
        client.updates('quotes').filter((f) => (f.payload.payload as QuoteData).n === name);
      expect(byName('MSFT').length).toBeGreaterThanOrEqual(2);
      expect(byName('EURUSD').length).toBeGreaterThanOrEqual(2);
      expect(byName('BTCUSD').length).toBeGreaterThanOrEqual(7);
      const quote = byName('MSFT').at(-1)!.payload.payload as QuoteData;
      const rest = (
        await app.inject({
          method: 'POST',
          url: '/api/v1/datafeed/quotes',
          payload: { symbols: ['MSFT'] },
        })
      ).json<QuoteData[]>();
      expect(quote).toEqual(rest[0]);
    });
  });

  it('refuses unknown symbols and an empty list', async () => {
    await withClient(async (client) => {
      const unknown = await client.subscribe('quotes', {
        symbols: ['AAPL', 'NOPE', 'ZZZ'],
        fast_symbols: [],
      });
      expect(unknown.payload).toMatchObject({
        status: 'error',
        message: 'Unknown symbols NOPE, ZZZ',
      });
      const empty = await client.subscribe('quotes', { symbols: [], fast_symbols: [] });
      expect(empty.payload.status).toBe('error');
    });
  });
});

describe('GET /api/v1/datafeed/ws/asyncapi.json', () => {
  it('documents the bars and quotes routes', async () => {
    const document = (
      await app.inject({ method: 'GET', url: '/api/v1/datafeed/ws/asyncapi.json' })
    ).json<{
      components: { messages: Record<string, unknown> };
    }>();
    expect(Object.keys(document.components.messages)).toEqual(
      expect.arrayContaining([
        'bars.subscribe',
        'bars.update',
        'quotes.subscribe',
        'quotes.update',
      ]),
    );
  });
});
