// Our gateway, built by the real application factory with a bench-only module. Updates go
// through the route's public publish (the event bus, then the gateway's batched fan-out), the
// same path a production event route takes; nothing here bypasses the coalescing being measured.
import { Type } from 'typebox';
import { createApp } from '../../../backend/dist/app.js';
import { loadConfig } from '../../../backend/dist/config.js';
import { discoverModules } from '../../../backend/dist/shared/registry.js';
import { defineWsRoute } from '../../../backend/dist/shared/ws/ws-route.js';

export const path = '/api/v1/bench/ws';

const ticksRoute = defineWsRoute({
  name: 'ticks',
  summary: 'Benchmark ticks: one integer topic, a sequence number and a send timestamp.',
  params: Type.Object({ topic: Type.Integer() }),
  data: Type.Object({ seq: Type.Integer(), t: Type.Number() }),
  // Every update must arrive (no conflation), as with the raw baseline.
  delivery: 'event',
});

function benchModule(bound) {
  return {
    name: 'bench',
    description: 'Fan-out benchmark module (bench/ws-fanout only).',
    create(ctx) {
      // Production is driven by the benchmark's producer, so the topic handlers only accept.
      bound.route = ctx.ws.route(ticksRoute, { createTopic() {}, removeTopic() {} });
      return { routes: () => undefined };
    },
  };
}

export async function start(topicCount) {
  const bound = {};
  const module = benchModule(bound);
  const app = await createApp({
    config: { ...loadConfig({}), logLevel: 'silent' },
    logger: false,
    serveFrontend: false,
    serveDocsUi: false,
    modules: [
      ...discoverModules().filter((entry) => entry.name === 'core'),
      { name: 'bench', load: async () => module },
    ],
    // No heartbeat or lifetime closes during a run; a backlog never closes a slow client, so a
    // saturated load generator shows up as latency, not as 1013 closes.
    ws: { heartbeatMs: 600_000, maxLifetimeMs: 3_600_000, maxEventBacklog: 1_000_000 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const topics = Array.from({ length: topicCount }, (_, i) => bound.route.topic({ topic: i }));
  const gateway = app.wsGateways.get('bench');
  return {
    port: app.server.address().port,
    publish: (index, seq, t) => bound.route.publish(topics[index], { seq, t }),
    counters: () => ({ messagesSent: gateway.counters.messagesSent }),
    close: () => app.close(),
  };
}
