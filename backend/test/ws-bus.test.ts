// Event routes reach clients through the bus, so a change published by any process (here: by
// anyone holding the bus) is fanned out to this process's subscribers.
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InProcessEventBus } from '../src/shared/bus/in-process-bus.js';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { discoverModules } from '../src/shared/registry.js';
import { buildTestApp } from './helpers/test-app.js';
import { entryOf } from './helpers/test-modules.js';
import { TestClient } from './helpers/ws-client.js';
import { makeWsTestModule } from './helpers/ws-test-module.js';

let app: TypedApp | undefined;
let client: TestClient | undefined;
afterEach(async () => {
  client?.close();
  await app?.close();
});

describe('event routes over the event bus', () => {
  it('fans out what arrives on the bus to the topic’s subscribers', async () => {
    const bus = new InProcessEventBus(() => undefined);
    const module = makeWsTestModule();
    app = await buildTestApp({ modules: [...discoverModules(), entryOf(module.definition)], bus });
    await app.listen({ port: 0, host: '127.0.0.1' });
    client = await TestClient.connect(
      `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/wstest/ws`,
    );
    await client.subscribe('events', { stream: 'fills' });

    // As another process sharing the bus would publish it.
    bus.publish('ws:wstest:events', { topic: 'events:{"stream":"fills"}', data: { seq: 41 } });
    const update = await client.nextOf('events.update');
    expect(update.payload).toEqual({ topic: 'events:{"stream":"fills"}', payload: { seq: 41 } });

    // The route's own publish goes through the bus too: a listener on the channel hears it.
    const heard: unknown[] = [];
    bus.subscribe('ws:wstest:events', (m) => heard.push(m));
    module.probe.events!.publish('events:{"stream":"fills"}', { seq: 42 });
    expect(heard).toEqual([{ topic: 'events:{"stream":"fills"}', data: { seq: 42 } }]);
    await client.nextOf('events.update', 1);
  });
});
