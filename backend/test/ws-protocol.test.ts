// docs/contract.md#websocket over real sockets: frames, responses, reference counting, robustness, ordering.
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverModules } from '../src/shared/registry.js';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import type { WsGateway } from '../src/shared/ws/ws-gateway.js';
import { buildTestApp } from './helpers/test-app.js';
import { entryOf } from './helpers/test-modules.js';
import { TestClient } from './helpers/ws-client.js';
import { makeWsTestModule, type WsProbe } from './helpers/ws-test-module.js';

let app: TypedApp;
let probe: WsProbe;
let gateway: WsGateway;
let url: string;
const clients: TestClient[] = [];

beforeEach(async () => {
  const module = makeWsTestModule();
  probe = module.probe;
  app = await buildTestApp({ modules: [...discoverModules(), entryOf(module.definition)] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/wstest/ws`;
  gateway = app.wsGateways.get('wstest')!;
});
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await app.close();
});

async function connect(): Promise<TestClient> {
  const client = await TestClient.connect(url);
  clients.push(client);
  return client;
}

const AAPL = { symbol: 'AAPL' };
const AAPL_TOPIC = 'ticks:{"symbol":"AAPL"}';
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('frames', () => {
  it('answers ping with pong', async () => {
    const client = await connect();
    client.send('ping', {});
    expect(await client.nextOf('pong')).toEqual({ type: 'pong', payload: {} });
  });

  it('confirms a subscription with the contract topic, then sends updates', async () => {
    const client = await connect();
    const response = await client.subscribe('ticks', AAPL);
    expect(response).toEqual({
      type: 'ticks.subscribe.response',
      payload: { status: 'ok', message: 'Subscribed', topic: AAPL_TOPIC },
    });
    // The value published while the topic was created arrives right after the confirmation.
    const first = await client.nextOf('ticks.update');
    expect(first.payload).toEqual({ topic: AAPL_TOPIC, payload: { symbol: 'AAPL', seq: 0 } });
    expect(client.frames.findIndex((f) => f.type === 'ticks.subscribe.response')).toBeLessThan(
      client.frames.findIndex((f) => f.type === 'ticks.update'),
    );
    probe.ticks!.publish(AAPL_TOPIC, { symbol: 'AAPL', seq: 1 });
    expect((await client.nextOf('ticks.update', 1)).payload.payload).toEqual({
      symbol: 'AAPL',
      seq: 1,
    });
  });

  it('sends updates only to subscribers of the topic', async () => {
    const a = await connect();
    const b = await connect();
    await a.subscribe('ticks', AAPL);
    await b.subscribe('ticks', { symbol: 'MSFT' });
    probe.ticks!.publish(AAPL_TOPIC, { symbol: 'AAPL', seq: 7 });
    await a.until(() =>
      a.updates('ticks').some((f) => (f.payload.payload as { seq: number }).seq === 7),
    );
    await settle();
    expect(b.updates('ticks').every((f) => f.payload.topic === 'ticks:{"symbol":"MSFT"}')).toBe(
      true,
    );
  });

  it('keeps the order of a topic’s events', async () => {
    const client = await connect();
    await client.subscribe('events', { stream: 'fills' });
    const topic = 'events:{"stream":"fills"}';
    for (let seq = 0; seq < 2000; seq++) probe.events!.publish(topic, { seq });
    await client.until(() => client.updates('events').length === 2000, 5_000, '2000 events');
    expect(client.updates('events').map((f) => (f.payload.payload as { seq: number }).seq)).toEqual(
      Array.from({ length: 2000 }, (_, i) => i),
    );
  });
});

describe('reference counting', () => {
  it('creates a topic for its first subscriber and removes it after its last', async () => {
    const a = await connect();
    const b = await connect();
    await a.subscribe('ticks', AAPL);
    await b.subscribe('ticks', AAPL);
    expect(probe.created).toEqual([AAPL_TOPIC]);
    await a.unsubscribe('ticks', AAPL);
    await settle();
    expect(probe.removed).toEqual([]);
    await b.unsubscribe('ticks', AAPL);
    await b.until(() => probe.removed.length === 1, 1_000, 'removeTopic');
    expect(probe.removed).toEqual([AAPL_TOPIC]);
  });

  it('counts a client subscribing twice once', async () => {
    const client = await connect();
    await client.subscribe('ticks', AAPL);
    const again = await client.subscribe('ticks', { symbol: 'AAPL' });
    expect(again.payload).toMatchObject({
      status: 'ok',
      message: 'Already subscribed',
      topic: AAPL_TOPIC,
    });
    expect(gateway.counters.subscriptions.ticks).toBe(1);
    await client.unsubscribe('ticks', AAPL);
    await client.until(() => probe.removed.length === 1, 1_000, 'removeTopic');
    expect(probe.created).toHaveLength(1);
  });

  it('cleans up everything a connection held when it disconnects', async () => {
    const client = await connect();
    await client.subscribe('ticks', AAPL);
    await client.subscribe('ticks', { symbol: 'MSFT' });
    await client.subscribe('events', { stream: 'fills' });
    client.close();
    await client.until(() => probe.removed.length === 3, 2_000, 'three removeTopic calls');
    expect(probe.removed.sort()).toEqual(
      ['events:{"stream":"fills"}', 'ticks:{"symbol":"AAPL"}', 'ticks:{"symbol":"MSFT"}'].sort(),
    );
    expect(gateway.counters).toMatchObject({ topics: 0, subscriptions: { ticks: 0, events: 0 } });
  });

  it('answers an unsubscribe of a topic never held with an error and changes nothing', async () => {
    const a = await connect();
    const b = await connect();
    await a.subscribe('ticks', AAPL);
    const response = await b.unsubscribe('ticks', AAPL);
    expect(response.payload).toEqual({
      status: 'error',
      message: 'Not subscribed to this topic',
      topic: AAPL_TOPIC,
    });
    await settle();
    expect(probe.removed).toEqual([]);
    probe.ticks!.publish(AAPL_TOPIC, { symbol: 'AAPL', seq: 3 });
    await a.until(() => a.updates('ticks').length === 2);
  });

  it('never overlaps create and remove of one topic when a client comes and goes quickly', async () => {
    probe.holdCreation.add('SLOW');
    const topic = 'ticks:{"symbol":"SLOW"}';
    const a = await connect();
    a.send('ticks.subscribe', { symbol: 'SLOW' });
    await settle();
    a.send('ticks.unsubscribe', { symbol: 'SLOW' });
    a.send('ticks.subscribe', { symbol: 'SLOW' });
    await a.nextOf('ticks.unsubscribe.response');
    probe.release('SLOW');
    // The first subscribe was withdrawn before it was confirmed; its topic is removed only
    // after its creation finished, and the second creation waits for that removal.
    const first = await a.nextOf('ticks.subscribe.response');
    expect(first.payload).toMatchObject({
      status: 'error',
      message: 'Unsubscribed before the subscription was confirmed',
    });
    await a.until(() => probe.removed.length === 1, 1_000, 'removeTopic of the first');
    await settle();
    probe.release('SLOW');
    const second = await a.nextOf('ticks.subscribe.response', 1);
    expect(second.payload).toMatchObject({ status: 'ok', topic });
    expect(probe.created).toEqual([topic, topic]);
    expect(probe.removed).toEqual([topic]);
    expect(gateway.counters).toMatchObject({ topics: 1, subscriptions: { ticks: 1 } });
  });
});

describe('robustness', () => {
  it.each([
    [{ symbol: 42 }, /symbol must be string/],
    [{}, /must have required properties symbol|symbol/],
    [{ symbol: 'aapl' }, /symbol must match pattern/],
    [{ symbol: 'AAPL', extra: true }, /additional properties/],
  ])('refuses invalid params %j with the reason and stays open', async (params, reason) => {
    const client = await connect();
    const response = await client.subscribe('ticks', params);
    expect(response.payload.status).toBe('error');
    expect(response.payload.message).toMatch(reason);
    expect(probe.created).toEqual([]);
    client.send('ping');
    await client.nextOf('pong');
  });

  it('refuses a subscription the service rejects, with the service’s reason', async () => {
    const client = await connect();
    const response = await client.subscribe('ticks', { symbol: 'UNKNOWN' });
    expect(response.payload).toMatchObject({ status: 'error', message: 'Unknown symbol UNKNOWN' });
    expect(gateway.counters.topics).toBe(0);
  });

  it('survives a service that throws, and keeps serving', async () => {
    const client = await connect();
    const response = await client.subscribe('ticks', { symbol: 'BOOM' });
    expect(response.payload).toMatchObject({
      status: 'error',
      message: 'The subscription could not be started',
    });
    expect((await client.subscribe('ticks', AAPL)).payload.status).toBe('ok');
  });

  it.each([
    ['not JSON', (c: TestClient) => c.socket.send('{nope'), 'Frame is not valid JSON'],
    [
      'binary',
      (c: TestClient) => c.socket.send(Buffer.from([1, 2, 3]), { binary: true }),
      'Binary frames are not supported',
    ],
    [
      'oversized',
      (c: TestClient) => c.send('ping', { pad: 'x'.repeat(70 * 1024) }),
      'exceeds the 65536-byte limit',
    ],
    ['unknown type', (c: TestClient) => c.send('hello'), 'Unknown message type "hello"'],
    [
      'unknown route',
      (c: TestClient) => c.send('weather.subscribe', {}),
      'Unknown route "weather"',
    ],
    ['an array', (c: TestClient) => c.socket.send('[1,2]'), 'must be a JSON object'],
    ['no type', (c: TestClient) => c.socket.send('{"payload":{}}'), 'no string "type"'],
  ])(
    'answers a frame that is %s with error, and the connection and others carry on',
    async (_what, sendBad, message) => {
      const bystander = await connect();
      await bystander.subscribe('ticks', AAPL);
      const client = await connect();
      sendBad(client);
      const error = await client.nextOf('error');
      expect(error.payload.message).toContain(message);
      client.send('ping');
      await client.nextOf('pong');
      probe.ticks!.publish(AAPL_TOPIC, { symbol: 'AAPL', seq: 9 });
      await bystander.until(() => bystander.updates('ticks').length === 2);
      expect(gateway.counters.errorsSent).toBe(1);
    },
  );

  it('answers a plain HTTP GET of the endpoint with 426', async () => {
    const response = await fetch(url.replace('ws://', 'http://'));
    expect(response.status).toBe(426);
    expect(await response.json()).toMatchObject({ statusCode: 426, error: 'Upgrade Required' });
  });
});

describe('counters', () => {
  it('count connections, subscriptions per route, messages and closes', async () => {
    const a = await connect();
    const b = await connect();
    await a.subscribe('ticks', AAPL);
    await b.subscribe('events', { stream: 's' });
    expect(gateway.counters).toMatchObject({
      connectionsOpen: 2,
      connectionsOpened: 2,
      topics: 2,
      subscriptions: { ticks: 1, events: 1 },
    });
    expect(gateway.counters.messagesSent).toBeGreaterThanOrEqual(3);
    a.close();
    await b.until(() => gateway.counters.connectionsOpen === 1, 1_000, 'close counted');
    expect(gateway.counters.closes.client).toBe(1);
  });
});
