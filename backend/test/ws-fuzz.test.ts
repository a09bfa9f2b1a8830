// No frame may crash the server or close the connection: random frames of every kind, then a
// ping that must still be answered and a subscription that must still work.
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { discoverModules } from '../src/shared/registry.js';
import { buildTestApp } from './helpers/test-app.js';
import { entryOf } from './helpers/test-modules.js';
import { TestClient } from './helpers/ws-client.js';
import { makeWsTestModule } from './helpers/ws-test-module.js';

let app: TypedApp;
let url: string;
beforeAll(async () => {
  app = await buildTestApp({
    modules: [...discoverModules(), entryOf(makeWsTestModule().definition)],
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/wstest/ws`;
});
afterAll(() => app.close());

const type = fc.oneof(
  fc.constantFrom(
    'ping',
    'ticks.subscribe',
    'ticks.unsubscribe',
    'events.subscribe',
    'events.unsubscribe',
    'x.subscribe',
    '.subscribe',
    'subscribe',
    '',
  ),
  fc.string(),
);
const frame = fc.oneof(
  fc.record({ type, payload: fc.jsonValue() }).map((f) => ({ text: JSON.stringify(f) })),
  fc.json().map((text) => ({ text })),
  fc.string().map((text) => ({ text })),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ binary: Buffer.from(bytes) })),
);

describe('the WebSocket endpoint under random frames', () => {
  it('answers and stays open', async () => {
    const client = await TestClient.connect(url);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 20 }), async (frames) => {
          for (const f of frames) {
            if ('binary' in f) client.socket.send(f.binary, { binary: true });
            else client.socket.send(f.text);
          }
          const pongs = client.frames.filter((x) => x.type === 'pong').length;
          client.send('ping');
          await client.nextOf('pong', pongs);
          expect(client.closeCode).toBeUndefined();
        }),
        { numRuns: 150 },
      );
      // Answers to the random frames may still be arriving (a random `ticks.subscribe` gets a
      // response too): the answer awaited is the one for this topic.
      client.send('ticks.subscribe', { symbol: 'AAPL' });
      const topic = 'ticks:{"symbol":"AAPL"}';
      const response = await client.until(() =>
        client.frames.find(
          (f) => f.type === 'ticks.subscribe.response' && f.payload.topic === topic,
        ),
      );
      expect(response.payload.status).toBe('ok');
    } finally {
      client.close();
    }
  });
});
