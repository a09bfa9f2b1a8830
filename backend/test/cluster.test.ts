// The cluster as an operator runs it (docs/cluster.md): nginx, one broker and two datafeed
// processes started by the manager itself on free ports, sharing PostgreSQL and a Redis of the
// test's own. Orders go through the gateway and fill against quotes the broker reads from the
// datafeed processes; their events reach WebSocket clients through the gateway; the datafeed the
// broker reads is killed; Redis is restarted under load; `status` and `down` are checked last.
import { ConnectionStatus, OrderStatus } from '@trading-pro/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alive, clusterPrerequisites, startCluster, type TestCluster } from './helpers/cluster.js';
import { postgresAvailable, postgresSchemaUrl } from './helpers/postgres.js';
import { redisServerAvailable, TestRedis } from './helpers/redis-server.js';
import { TestClient, type Frame } from './helpers/ws-client.js';

const missing =
  clusterPrerequisites() ??
  (redisServerAvailable() ? undefined : 'redis-server not found') ??
  ((await postgresAvailable()) ? undefined : 'PostgreSQL not reachable');
if (missing !== undefined) console.warn(`The cluster tests are skipped: ${missing}.`);

interface Order {
  id: string;
  status: number;
  symbol: string;
}

describe.skipIf(missing !== undefined)('a cluster of nginx, one broker and two datafeeds', () => {
  let redis: TestRedis;
  let schema: { url: string; drop: () => Promise<void> };
  let cluster: TestCluster;
  let accountId: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    redis = await TestRedis.start();
    schema = await postgresSchemaUrl();
    cluster = await startCluster({ database: schema.url, redis: redis.url, datafeedInstances: 2 });
    accountId = (await getJson<{ id: string }>(`${cluster.gateway}/api/v1/broker/account`)).id;
  }, 120_000);
  afterAll(async () => {
    for (const client of clients) client.close();
    await cluster?.stop();
    await redis?.stop();
    await schema?.drop();
  }, 60_000);

  const ws = async (base: string, module: string) => {
    const client = await TestClient.connect(`${base.replace('http', 'ws')}/api/v1/${module}/ws`);
    clients.push(client);
    return client;
  };
  const order = (body: object) =>
    fetch(`${cluster.gateway}/api/v1/broker/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-account-id': accountId },
      body: JSON.stringify(body),
    });
  const buy = (symbol = 'BTCUSD') => order({ symbol, side: 1, type: 2, qty: 0.01 });
  const brokerHealth = () =>
    getJson<{ quotes: { connected: boolean; datafeed?: string } }>(
      `${cluster.urlOf('broker-1')}/api/v1/core/health`,
    );

  it('fills an order placed through the gateway, its events reaching a client of the gateway', async () => {
    const events = await ws(cluster.gateway, 'broker');
    for (const route of ['orders', 'executions'])
      expect((await events.subscribe(route, { accountId })).payload.status).toBe('ok');
    const response = await buy();
    expect(response.status, await response.clone().text()).toBe(200);
    const { orderId } = (await response.json()) as { orderId: string };
    const execution = await events.until(
      () =>
        events
          .updates('executions')
          .map((f) => f.payload.payload as { orderId: string; price: number })
          .find((e) => e.orderId === orderId),
      5_000,
      `the execution of order ${orderId}`,
    );
    expect(execution.price).toBeGreaterThan(0);
    const filled = await events.until(() =>
      events
        .updates('orders')
        .map((f) => f.payload.payload as Order)
        .find((o) => o.id === orderId && o.status === OrderStatus.Filled),
    );
    expect(filled.symbol).toBe('BTCUSD');
    expect((await brokerHealth()).quotes).toMatchObject({ connected: true });
    const report = await cluster.run('status');
    expect(report.code, report.output).toBe(0);
    for (const name of ['gateway', 'broker-1', 'datafeed-1', 'datafeed-2'])
      expect(report.output).toMatch(new RegExp(`^${name}\\s+\\d+\\s+\\d+\\s+\\S+\\s+ok\\s`, 'm'));
  });

  it('quotes the clients of both datafeed instances, bars in order, the two agreeing', async () => {
    const feeds = [
      await ws(cluster.urlOf('datafeed-1'), 'datafeed'),
      await ws(cluster.urlOf('datafeed-2'), 'datafeed'),
      await ws(cluster.gateway, 'datafeed'),
      await ws(cluster.gateway, 'datafeed'),
    ];
    for (const feed of feeds) {
      expect(
        (await feed.subscribe('quotes', { symbols: ['BTCUSD'], fast_symbols: [] })).payload.status,
      ).toBe('ok');
      expect(
        (await feed.subscribe('bars', { symbol: 'ETHUSD', resolution: '1' })).payload.status,
      ).toBe('ok');
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const bars = feeds.map((feed) =>
      feed.updates('bars').map((f) => f.payload.payload as { time: number; open: number }),
    );
    for (const [i, feed] of feeds.entries()) {
      // Once a second at least, for 3 s.
      expect(feed.updates('quotes').length, `client ${i}`).toBeGreaterThanOrEqual(3);
      const times = bars[i]!.map((b) => b.time);
      expect(times, `client ${i}`).toEqual([...times].sort((a, b) => a - b));
    }
    // Both instances run the same market: the same minute has the same open everywhere.
    const last = bars.map((b) => b.at(-1)!);
    for (const bar of last.slice(1)) {
      if (bar.time === last[0]!.time) expect(bar.open).toBe(last[0]!.open);
    }
  });

  it('keeps every acknowledged order across a Redis restart; event clients are sent to re-read', async () => {
    const events = await ws(cluster.gateway, 'broker');
    await events.subscribe('orders', { accountId });
    const acknowledged: string[] = [];
    let refused = 0;
    let placing = true;
    const load = (async () => {
      while (placing) {
        const response = await buy('ETHUSD');
        if (response.status === 200)
          acknowledged.push(((await response.json()) as Order & { orderId: string }).orderId);
        else refused++;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await redis.restart();
    // The client of an event stream is closed with 1013 (try again later) rather than left to
    // miss what could not travel.
    expect(await events.waitClosed(10_000)).toBe(1013);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    placing = false;
    await load;
    expect(acknowledged.length).toBeGreaterThan(5);
    expect(refused, 'orders are not refused for a bus outage').toBe(0);

    // A client that re-reads finds every acknowledged order, filled.
    const orders = await getJson<Order[]>(`${cluster.gateway}/api/v1/broker/orders`, {
      'x-account-id': accountId,
    });
    const byId = new Map(orders.map((o) => [o.id, o]));
    for (const id of acknowledged)
      expect(byId.get(id)?.status, `order ${id}`).toBe(OrderStatus.Filled);
    // And the streams work again once Redis is back.
    const again = await ws(cluster.gateway, 'broker');
    await again.until(
      async () => (await again.subscribe('orders', { accountId })).payload.status === 'ok',
      10_000,
      'an orders subscription accepted again',
    );
    const { orderId } = (await (await buy()).json()) as { orderId: string };
    await again.until(() =>
      again.updates('orders').some((f) => (f.payload.payload as Order).id === orderId),
    );
  });

  it('reads quotes from the other datafeed when the one it reads is killed', async () => {
    const status = await ws(cluster.gateway, 'broker');
    await status.subscribe('broker-connection', { accountId });
    const statuses = () =>
      status
        .updates('broker-connection')
        .map((f: Frame) => (f.payload.payload as { status: number }).status);
    await status.until(() => statuses().at(-1) === ConnectionStatus.Connected);
    // A terminal's quote client, on whichever instance the gateway chose.
    const terminal = await ws(cluster.gateway, 'datafeed');
    await terminal.subscribe('quotes', { symbols: ['BTCUSD'], fast_symbols: ['BTCUSD'] });

    const read = (await brokerHealth()).quotes.datafeed!;
    const victim = cluster.processes().find((p) => read.endsWith(`:${p.port}`))!;
    const survivor = cluster
      .processes()
      .find((p) => p.server === 'datafeed' && p.name !== victim.name)!;
    process.kill(victim.pid, 'SIGKILL');
    await expect
      .poll(async () => (await brokerHealth()).quotes.datafeed, { timeout: 5_000 })
      .toBe(`http://127.0.0.1:${survivor.port}`);
    expect((await buy()).status).toBe(200);
    expect(alive(victim)).toBe(false);

    // The terminal's client of the killed instance (if it was) reconnects through the gateway
    // and is quoted by the survivor.
    if (terminal.closeCode !== undefined) {
      const back = await ws(cluster.gateway, 'datafeed');
      await back.subscribe('quotes', { symbols: ['BTCUSD'], fast_symbols: ['BTCUSD'] });
      await back.nextOf('quotes.update');
    } else {
      const seen = terminal.updates('quotes').length;
      await terminal.until(() => terminal.updates('quotes').length > seen + 2);
    }

    // With no datafeed left, the broker says so and refuses orders with the reason.
    process.kill(survivor.pid, 'SIGKILL');
    await status.until(
      () => statuses().at(-1) === ConnectionStatus.Connecting,
      5_000,
      'Connecting',
    );
    const refused = await buy();
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { message: string }).message).toMatch(/out of reach/);
    const report = await cluster.run('status');
    expect(report.code).toBe(1);
    expect(report.output).toMatch(/broker-1\s+\d+\s+\d+\s+broker\s+degraded/);
    expect(report.output).toMatch(/datafeed-1\s+-\s+\d+\s+datafeed\s+down/);
  });

  it('reports each process in status, and down leaves none behind', async () => {
    const processes = cluster.processes();
    expect(processes.map((p) => p.name).sort()).toEqual([
      'broker-1',
      'datafeed-1',
      'datafeed-2',
      'gateway',
    ]);
    await cluster.stop();
    for (const p of processes) expect(alive(p), p.name).toBe(false);
  });
});

async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
