// The event bus across processes, against a real Redis of the test's own (restarted to play a
// crash): order per channel between two buses as two processes would hold them, the lost link
// reported and recovered, and the WebSocket clients of event streams sent to re-read instead of
// silently missing what could not travel.
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { busPrefix } from '../src/app.js';
import { RedisEventBus } from '../src/shared/bus/redis-bus.js';
import { retryDelay } from '../src/shared/retry-delay.js';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { discoverModules } from '../src/shared/registry.js';
import { redisServerAvailable, TestRedis } from './helpers/redis-server.js';
import { buildTestApp, testConfig } from './helpers/test-app.js';
import { entryOf } from './helpers/test-modules.js';
import { TestClient } from './helpers/ws-client.js';
import { makeWsTestModule } from './helpers/ws-test-module.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const fast = { minRetryMs: 20, maxRetryMs: 200 };

async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('retryDelay', () => {
  it('doubles from the minimum up to the maximum, never above it', () => {
    for (let attempt = 1; attempt <= 30; attempt++) {
      const delay = retryDelay(attempt, 100, 5_000);
      const base = Math.min(5_000, 100 * 2 ** (attempt - 1));
      expect(delay).toBeGreaterThanOrEqual(base * 0.75 - 1);
      expect(delay).toBeLessThanOrEqual(base);
    }
  });
});

describe.skipIf(!redisServerAvailable())('RedisEventBus', () => {
  let redis: TestRedis;
  const buses: RedisEventBus[] = [];
  const bus = async () => {
    const created = new RedisEventBus(redis.url, quiet, fast);
    buses.push(created);
    await created.ready(5_000);
    return created;
  };
  beforeAll(async () => {
    redis = await TestRedis.start();
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('delivers every message to the subscribers of every process, in publication order', async () => {
    const [a, b] = [await bus(), await bus()];
    const heardByA: unknown[] = [];
    const heardByB: unknown[] = [];
    a.subscribe('orders', (m) => heardByA.push(m));
    b.subscribe('orders', (m) => heardByB.push(m));
    b.subscribe('other', () => heardByB.push('wrong channel'));
    // Subscriptions travel to Redis asynchronously: wait until both are in place.
    await until(() => {
      a.publish('orders', 'probe');
      return heardByA.includes('probe') && heardByB.includes('probe');
    }, 'both subscriptions');
    // Probes still in flight may arrive after this point: they are not part of the run.
    const run = (heard: unknown[]) => heard.filter((m) => m !== 'probe');

    const sent = Array.from({ length: 500 }, (_, i) => ({ seq: i, pad: 'x'.repeat(i % 7) }));
    for (const message of sent) a.publish('orders', message);
    await until(() => run(heardByA).length >= 500 && run(heardByB).length >= 500, '500 messages');
    expect(run(heardByA)).toEqual(sent);
    expect(run(heardByB)).toEqual(sent);
    expect(a.state()).toEqual({ transport: 'redis', connected: true });
  });

  it('reports a lost link, reconnects with backoff and delivers again once Redis is back', async () => {
    const [a, b] = [await bus(), await bus()];
    let interruptionsA = 0;
    let interruptionsB = 0;
    a.onInterruption(() => interruptionsA++);
    b.onInterruption(() => interruptionsB++);
    const heard: unknown[] = [];
    b.subscribe('fills', (m) => heard.push(m));
    await until(() => {
      a.publish('fills', 'probe');
      return heard.includes('probe');
    }, 'the subscription');

    await redis.stop();
    await until(() => !a.state().connected && !b.state().connected, 'both to see the loss');
    // One report per outage, however many reconnection attempts fail.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([interruptionsA, interruptionsB]).toEqual([1, 1]);
    // A publication while the link is down is not queued for later: it is reported lost.
    a.publish('fills', 'lost while down');

    await redis.restart();
    await until(() => a.state().connected && b.state().connected, 'both to reconnect');
    heard.length = 0;
    // The subscription was restored on the new connection.
    await until(() => {
      a.publish('fills', 'after');
      return heard.includes('after');
    }, 'delivery after the restart');
    expect(heard).not.toContain('lost while down');
    // The next outage is reported again.
    await redis.stop();
    await until(() => interruptionsA === 2 && interruptionsB === 2, 'a second report');
    await redis.restart();
  });

  it('closes the clients of event streams with 1013 when the link drops, and refuses new ones until it is back', async () => {
    const module = makeWsTestModule();
    const app: TypedApp = await buildTestApp({
      config: testConfig({ redisUrl: redis.url }),
      modules: [...discoverModules(), entryOf(module.definition)],
    });
    const clients: TestClient[] = [];
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/wstest/ws`;
      const health = async () =>
        (await app.inject({ url: '/api/v1/core/health' })).json<{
          bus: { transport: string; connected: boolean };
        }>().bus;
      expect(await health()).toEqual({ transport: 'redis', connected: true });

      const events = await TestClient.connect(url);
      const ticks = await TestClient.connect(url);
      clients.push(events, ticks);
      await events.subscribe('events', { stream: 'fills' });
      await ticks.subscribe('ticks', { symbol: 'AAPL' });
      // An event published by the route travels through Redis back to this process's client.
      module.probe.events!.publish('events:{"stream":"fills"}', { seq: 1 });
      expect((await events.nextOf('events.update')).payload.payload).toEqual({ seq: 1 });

      await redis.stop();
      await events.until(() => events.closeCode, 5_000, 'the event client to be closed');
      expect(events.closeCode).toBe(1013);
      // A client of snapshots only has nothing to re-read: it stays.
      expect(ticks.closeCode).toBeUndefined();
      expect(await health()).toEqual({ transport: 'redis', connected: false });

      const early = await TestClient.connect(url);
      clients.push(early);
      early.send('events.subscribe', { stream: 'fills' });
      await early.until(() => early.closeCode, 3_000, 'the refusal');
      expect(early.closeCode).toBe(1013);

      await redis.restart();
      await until(async () => (await health()).connected, 'the bus to reconnect');
      const again = await TestClient.connect(url);
      clients.push(again);
      await again.subscribe('events', { stream: 'fills' });
      module.probe.events!.publish('events:{"stream":"fills"}', { seq: 2 });
      expect((await again.nextOf('events.update')).payload.payload).toEqual({ seq: 2 });
      expect(await health()).toEqual({ transport: 'redis', connected: true });
    } finally {
      for (const client of clients) client.close();
      await app.close();
    }
  });

  it('keeps apart the processes of two databases on one Redis, and joins those of one', async () => {
    const heard: string[] = [];
    const [a, b, c] = await Promise.all(
      ['postgres://h/one', 'postgres://h/one', 'postgres://h/two'].map(async (storage) => {
        const created = new RedisEventBus(redis.url, quiet, {
          ...fast,
          prefix: busPrefix(storage),
        });
        buses.push(created);
        await created.ready(5_000);
        return created;
      }),
    );
    b!.subscribe('fills', (m) => heard.push(`one:${String(m)}`));
    c!.subscribe('fills', (m) => heard.push(`two:${String(m)}`));
    await until(() => {
      a!.publish('fills', 'x');
      return heard.includes('one:x');
    }, 'delivery within one database');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard.filter((h) => h.startsWith('two:'))).toEqual([]);
  });
});
