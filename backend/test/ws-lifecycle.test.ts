// Heartbeat, lifetime and slow consumers, over real sockets with shortened timings.
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { discoverModules } from '../src/shared/registry.js';
import type { GatewayOptions } from '../src/shared/ws/ws-gateway.js';
import { buildTestApp, testConfig } from './helpers/test-app.js';
import { entryOf } from './helpers/test-modules.js';
import { TestClient } from './helpers/ws-client.js';
import { makeWsTestModule, type WsProbe } from './helpers/ws-test-module.js';

let app: TypedApp | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await app?.close();
  app = undefined;
});

async function start(ws: Partial<GatewayOptions>): Promise<{ url: string; probe: WsProbe }> {
  const module = makeWsTestModule();
  app = await buildTestApp({ modules: [...discoverModules(), entryOf(module.definition)], ws });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/wstest/ws`;
  return { url, probe: module.probe };
}

async function connect(url: string, options?: Parameters<typeof TestClient.connect>[1]) {
  const client = await TestClient.connect(url, options);
  clients.push(client);
  return client;
}

const gateway = () => app!.wsGateways.get('wstest')!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops reading from the socket, as a client whose consumer is stuck would. */
function stall(client: TestClient): void {
  (client.socket as unknown as { _socket: { pause(): void } })._socket.pause();
}
function unstall(client: TestClient): void {
  (client.socket as unknown as { _socket: { resume(): void } })._socket.resume();
}

describe('heartbeat', () => {
  it('closes a client that shows no sign of life with 1001', async () => {
    const { url } = await start({ heartbeatMs: 300 });
    // autoPong off: this client does not even answer the server's protocol pings.
    const silent = await connect(url, { autoPong: false });
    const started = Date.now();
    expect(await silent.waitClosed(2_000)).toBe(1001);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(gateway().counters.closes.heartbeat).toBe(1);
  });

  it('takes its interval from WS_HEARTBEAT_MS', async () => {
    const module = makeWsTestModule();
    app = await buildTestApp({
      config: testConfig({ wsHeartbeatMs: 200 }),
      modules: [...discoverModules(), entryOf(module.definition)],
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    const silent = await connect(`ws://127.0.0.1:${port}/api/v1/wstest/ws`, { autoPong: false });
    expect(await silent.waitClosed(2_000)).toBe(1001);
  });

  it('keeps a client that sends ping frames', async () => {
    const { url } = await start({ heartbeatMs: 300 });
    const client = await connect(url, { autoPong: false });
    for (let i = 0; i < 8; i++) {
      client.send('ping');
      await sleep(100);
    }
    expect(client.closeCode).toBeUndefined();
  });

  it('counts a protocol pong to the server’s ping as a sign of life', async () => {
    const { url } = await start({ heartbeatMs: 300 });
    const browserLike = await connect(url); // answers pings automatically, sends nothing itself
    await sleep(900);
    expect(browserLike.closeCode).toBeUndefined();
    expect(gateway().counters.closes.heartbeat).toBe(0);
  });
});

describe('lifetime', () => {
  it('closes a connection at its maximum age with 4000, however lively', async () => {
    const { url } = await start({ maxLifetimeMs: 300 });
    const client = await connect(url);
    const pinger = setInterval(() => client.send('ping'), 50);
    try {
      expect(await client.waitClosed(2_000)).toBe(4000);
    } finally {
      clearInterval(pinger);
    }
    expect(gateway().counters.closes.lifetime).toBe(1);
  });
});

describe('slow consumers', () => {
  const pad = 'x'.repeat(16 * 1024);

  it('conflates a lagging client’s snapshots to the latest value, in bounded memory', async () => {
    const { url, probe } = await start({ highWaterBytes: 64 * 1024 });
    const topic = 'ticks:{"symbol":"AAPL"}';
    const slow = await connect(url);
    const fast = await connect(url);
    await slow.subscribe('ticks', { symbol: 'AAPL' });
    await fast.subscribe('ticks', { symbol: 'AAPL' });
    stall(slow);

    // The stalled client connected first, so its server-side connection has the lower id.
    const connection = [...gateway().connections].sort((a, b) => a.id - b.id)[0]!;
    let maxQueued = 0;
    let maxBuffered = 0;
    // 4,000 updates × 16 KiB = 64 MiB offered to the stalled client.
    for (let seq = 1; seq <= 4000; seq++) {
      probe.ticks!.publish(topic, { symbol: 'AAPL', seq, pad });
      if (seq % 100 === 0) {
        await sleep(1);
        maxQueued = Math.max(maxQueued, connection.queuedFrames);
        maxBuffered = Math.max(maxBuffered, connection.bufferedBytes);
      }
    }
    const seqOf = (f: { payload: { payload?: unknown } }) =>
      (f.payload.payload as { seq: number }).seq;
    await fast.until(
      () => fast.updates('ticks').some((f) => seqOf(f) === 4000),
      5_000,
      'latest on fast client',
    );
    const fastSeqs = fast.updates('ticks').map(seqOf);
    expect([...fastSeqs].sort((a, b) => a - b)).toEqual(fastSeqs);
    expect(fast.closeCode).toBeUndefined();
    expect(maxQueued).toBeLessThanOrEqual(1); // one pending snapshot for the one topic
    expect(maxBuffered).toBeLessThan(4 * 1024 * 1024);
    expect(gateway().counters.conflated).toBeGreaterThan(1000);

    unstall(slow);
    await slow.until(
      () =>
        (slow.updates('ticks').at(-1)?.payload.payload as { seq: number } | undefined)?.seq ===
        4000,
      5_000,
      'latest on slow client',
    );
    const seqs = slow.updates('ticks').map((f) => (f.payload.payload as { seq: number }).seq);
    expect(seqs.length).toBeLessThan(4001);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs); // conflated, never reordered
    expect(slow.closeCode).toBeUndefined();
  });

  it('closes a client too far behind on an event stream with 1013, and spares the others', async () => {
    const { url, probe } = await start({ highWaterBytes: 64 * 1024, maxEventBacklog: 500 });
    const topic = 'events:{"stream":"fills"}';
    const slow = await connect(url);
    const fast = await connect(url);
    await slow.subscribe('events', { stream: 'fills' });
    await fast.subscribe('events', { stream: 'fills' });
    stall(slow);
    for (let seq = 0; seq < 3000; seq++) {
      probe.events!.publish(topic, { seq, pad });
      if (seq % 100 === 0) await sleep(1);
    }
    await fast.until(
      () => fast.updates('events').length === 3000,
      10_000,
      'all events on the fast client',
    );
    expect(gateway().counters.closes.backpressure).toBe(1);
    expect(gateway().counters.connectionsOpen).toBe(1);
    unstall(slow);
    expect(await slow.waitClosed(5_000)).toBe(1013);
    // What the slow client did receive is a gap-free prefix: nothing silently dropped.
    const seqs = slow.updates('events').map((f) => (f.payload.payload as { seq: number }).seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i));
  });
});
