// A broker whose process has no datafeed (docs/cluster.md#quotes-across-processes): it reads the
// catalogue, the sessions and the quotes of two real datafeed servers over HTTP and WebSocket,
// answers as a broker with the datafeed in its process would, fails over when the datafeed it
// reads goes away, and says so on `broker-connection` and in health while none is in reach.
import { Catalogue, MarketSimulator } from '@trading-pro/market';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionStatus } from '@trading-pro/contract';
import WebSocket from 'ws';
import { RemoteQuoteSource } from '../src/clients/datafeed/remote-quote-source.js';
import { datafeedQuoteSource } from '../src/modules/datafeed/datafeed.quote-source.js';
import { DatafeedService } from '../src/modules/datafeed/datafeed.service.js';
import { LiveFeed } from '../src/modules/datafeed/live-feed.js';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { buildTestApp, testConfig } from './helpers/test-app.js';
import { freePort } from './helpers/ports.js';
import { TestClient } from './helpers/ws-client.js';

/** Wednesday 2026-11-18 10:00:30.5 New York: every market is open. */
const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);
const clock = () => new Date(NOW);
const SECRET = 'cluster-secret-of-this-test-0123456789abcdef';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface Datafeed {
  app: TypedApp;
  url: string;
  port: number;
}

async function startDatafeed(port = 0, inCluster = true): Promise<Datafeed> {
  const app = await buildTestApp({
    config: testConfig({ clusterSecret: inCluster ? SECRET : undefined }),
    enabledModules: ['datafeed'],
    clock,
    ws: { maxLifetimeMs: 400 },
  });
  await app.listen({ host: '127.0.0.1', port });
  const { port: bound } = app.server.address() as { port: number };
  return { app, url: `http://127.0.0.1:${bound}`, port: bound };
}

describe('the remote quote source', () => {
  let datafeed: Datafeed;
  let remote: RemoteQuoteSource;
  beforeAll(async () => {
    datafeed = await startDatafeed();
    remote = new RemoteQuoteSource({
      urls: [datafeed.url],
      secret: SECRET,
      log: silent,
      now: () => NOW,
    });
  });
  afterAll(async () => {
    remote.close();
    await datafeed.app.close();
  });

  it('answers for every instrument what the datafeed in the same process answers', async () => {
    const service = new DatafeedService(new Catalogue(), new MarketSimulator(), clock);
    const feed = new LiveFeed(
      () => NOW,
      () => undefined,
    );
    const local = datafeedQuoteSource(service, feed);
    try {
      for (const { ticker } of service.catalogue.instruments) {
        await remote.prepare(ticker);
        expect(remote.instrument(ticker), ticker).toEqual(local.instrument(ticker));
        for (const t of [NOW, NOW + 3 * 86_400_000, Date.UTC(2026, 10, 21, 12)]) {
          expect(remote.sessionClose(ticker, t), `${ticker} at ${t}`).toBe(
            local.sessionClose(ticker, t),
          );
        }
        const { bid, ask, last, inSession } = local.quote(ticker)!;
        expect(remote.quote(ticker), ticker).toMatchObject({ bid, ask, last, inSession });
      }
    } finally {
      feed.close();
    }
  });

  it('knows an unknown symbol as unknown, and a lower-case ticker by its ticker', async () => {
    await remote.prepare('NOPE');
    expect(remote.instrument('NOPE')).toBeUndefined();
    await remote.prepare('aapl');
    expect(remote.instrument('aapl')?.symbol).toBe('AAPL');
    expect(remote.quote('aapl')?.symbol).toBe('AAPL');
  });

  it('calls a subscriber on each quote of the stream, four times a second', async () => {
    const times: number[] = [];
    const stop = remote.subscribe('MSFT', () => times.push(Date.now()));
    try {
      await expect.poll(() => times.length, { timeout: 3_000 }).toBeGreaterThanOrEqual(5);
    } finally {
      stop();
    }
    const gaps = times.slice(2).map((t, i) => t - times[i + 1]!);
    expect(Math.max(...gaps)).toBeLessThan(600);
  });
});

describe('a remote quote source started before any datafeed', () => {
  it('resolves and follows what it was asked for once a datafeed answers', async () => {
    const port = await freePort();
    let resolved = 0;
    const remote = new RemoteQuoteSource({
      urls: [`http://127.0.0.1:${port}`],
      secret: SECRET,
      log: silent,
      now: () => NOW,
      onResolved: () => resolved++,
      minRetryMs: 20,
      maxRetryMs: 100,
    });
    let datafeed: Datafeed | undefined;
    try {
      expect(remote.instrument('ETHUSD')).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(remote.link()).toMatchObject({
        up: false,
        reason: expect.stringMatching(/out of reach/),
      });
      await expect(remote.prepare('ETHUSD')).rejects.toThrow(/out of reach/);
      datafeed = await startDatafeed(port);
      await expect.poll(() => resolved, { timeout: 5_000 }).toBeGreaterThan(0);
      expect(remote.instrument('ETHUSD')?.symbol).toBe('ETHUSD');
      const quotes: number[] = [];
      const stop = remote.subscribe('ETHUSD', (q) => quotes.push(q.ask));
      await expect.poll(() => quotes.length, { timeout: 3_000 }).toBeGreaterThan(0);
      stop();
    } finally {
      remote.close();
      await datafeed?.app.close();
    }
  });
});

describe('module-to-module requests', () => {
  let datafeed: Datafeed;
  let outsider: Datafeed;
  beforeAll(async () => {
    datafeed = await startDatafeed();
    outsider = await startDatafeed(0, false);
  });
  afterAll(async () => {
    await datafeed.app.close();
    await outsider.app.close();
  });

  const resolveWith = (target: Datafeed, secret?: string) =>
    fetch(`${target.url}/api/v1/datafeed/resolve/AAPL`, {
      headers: secret === undefined ? {} : { 'x-cluster-secret': secret },
    });

  it('refuses a wrong shared secret with 401 and serves the right one', async () => {
    const wrong = await resolveWith(datafeed, `${SECRET}x`);
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { message: string }).message).toBe('Wrong X-Cluster-Secret');
    expect((await resolveWith(datafeed, SECRET)).status).toBe(200);
    expect((await resolveWith(datafeed)).status).toBe(200);
  });

  it('refuses any secret where the process is in no cluster', async () => {
    const response = await resolveWith(outsider, SECRET);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /not part of a cluster/,
    );
  });

  it('refuses a WebSocket upgrade with a wrong secret', async () => {
    const socket = new WebSocket(`${datafeed.url.replace('http', 'ws')}/api/v1/datafeed/ws`, {
      headers: { 'x-cluster-secret': 'forged-forged-forged-forged-forged' },
    });
    const status = await new Promise<number>((resolve, reject) => {
      socket.on('unexpected-response', (request, response) => {
        resolve(response.statusCode ?? 0);
        response.socket.destroy();
        request.destroy();
      });
      socket.on('error', () => undefined);
      socket.on('open', () => reject(new Error('the upgrade was accepted')));
    });
    expect(status).toBe(401);
  });

  it("keeps a peer's socket past the lifetime that ends a browser's", async () => {
    const url = `${datafeed.url.replace('http', 'ws')}/api/v1/datafeed/ws`;
    const browser = await TestClient.connect(url);
    const peer = await TestClient.connect(url, { headers: { 'x-cluster-secret': SECRET } });
    try {
      expect(await browser.waitClosed(3_000)).toBe(4000);
      expect(peer.closeCode).toBeUndefined();
      expect((await peer.request('ping', {}, 'pong')).type).toBe('pong');
    } finally {
      browser.close();
      peer.close();
    }
  });
});

describe('a broker without the datafeed in its process', () => {
  let first: Datafeed;
  let second: Datafeed;
  let broker: TypedApp;
  let dataDir: string;
  beforeAll(async () => {
    first = await startDatafeed();
    second = await startDatafeed();
    dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-remote-'));
    broker = await buildTestApp({
      config: testConfig({
        dataDir,
        datafeedUrls: [first.url, second.url],
        clusterSecret: SECRET,
        instanceName: 'broker-1',
      }),
      enabledModules: ['broker'],
      clock,
    });
    await broker.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await broker.close();
    await first.app.close();
    await second.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const health = async () =>
    (await broker.inject({ method: 'GET', url: '/api/v1/core/health' })).json<{
      quotes: { source: string; connected: boolean; datafeed?: string };
      instance?: string;
    }>();
  const buy = () =>
    broker.inject({
      method: 'POST',
      url: '/api/v1/broker/orders',
      payload: { symbol: 'AAPL', side: 1, type: 2, qty: 1 },
    });
  const byUrl = (url: string | undefined) => [first, second].find((d) => d.url === url)!;

  it('fills a market order at the ask the datafeed quotes', async () => {
    await expect.poll(async () => (await health()).quotes.connected, { timeout: 5_000 }).toBe(true);
    const response = await buy();
    expect(response.statusCode, response.body).toBe(200);
    const { orderId } = response.json<{ orderId: string }>();
    const quote = await fetch(`${first.url}/api/v1/datafeed/quotes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ symbols: ['AAPL'] }),
    });
    const [{ v }] = (await quote.json()) as [{ v: { ask: number } }];
    const orders = (await broker.inject({ method: 'GET', url: '/api/v1/broker/orders' })).json<
      { id: string; status: number; avgPrice?: number }[]
    >();
    expect(orders.find((o) => o.id === orderId)).toMatchObject({ status: 2, avgPrice: v.ask });
    expect(await health()).toMatchObject({ instance: 'broker-1', quotes: { source: 'remote' } });
  });

  it('reads the other datafeed when the one it reads goes away, and says so meanwhile', async () => {
    const ws = await TestClient.connect(
      `ws://127.0.0.1:${(broker.server.address() as { port: number }).port}/api/v1/broker/ws`,
    );
    try {
      const account = (await broker.inject({ method: 'GET', url: '/api/v1/broker/account' })).json<{
        id: string;
      }>();
      await ws.subscribe('broker-connection', { accountId: account.id });
      const statuses = () =>
        ws
          .updates('broker-connection')
          .map((f) => (f.payload.payload as { status: number }).status);
      await ws.until(() => statuses().at(-1) === ConnectionStatus.Connected, 3_000, 'Connected');

      const reading = byUrl((await health()).quotes.datafeed);
      const other = reading === first ? second : first;
      await reading.app.close();
      await expect
        .poll(async () => (await health()).quotes.datafeed, { timeout: 5_000 })
        .toBe(other.url);
      expect((await buy()).statusCode).toBe(200);

      // Neither in reach: orders are refused with the reason, and the stream says so.
      await other.app.close();
      await ws.until(() => statuses().at(-1) === ConnectionStatus.Connecting, 4_000, 'Connecting');
      const refused = await buy();
      expect(refused.statusCode).toBe(503);
      expect(refused.json<{ message: string }>().message).toMatch(/datafeed .* out of reach/);
      expect((await health()).quotes).toEqual({ source: 'remote', connected: false });

      // One comes back on its port: prices and trading resume by themselves.
      const back = await startDatafeed(reading.port);
      try {
        await ws.until(() => statuses().at(-1) === ConnectionStatus.Connected, 10_000, 'Connected');
        expect((await buy()).statusCode).toBe(200);
      } finally {
        await back.app.close();
      }
    } finally {
      ws.close();
    }
  });
});
