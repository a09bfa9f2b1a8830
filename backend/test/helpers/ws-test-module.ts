// A module that exists only in tests: one snapshot route (`ticks`) and one event route
// (`events`), with a probe recording what the gateway asked of the service and a handle to
// publish on demand.
import { Type, type Static } from 'typebox';
import { NotFoundError } from '../../src/shared/http/errors.js';
import { defineModule, type ModuleDefinition } from '../../src/shared/module.js';
import type { BoundWsRoute } from '../../src/shared/ws/ws-gateway.js';
import { defineWsRoute } from '../../src/shared/ws/ws-route.js';

const TickParams = Type.Object(
  { symbol: Type.String({ pattern: '^[A-Z]{1,10}$' }) },
  { additionalProperties: false },
);
const Tick = Type.Object({
  symbol: Type.String(),
  seq: Type.Integer(),
  pad: Type.Optional(Type.String()),
});
const EventParams = Type.Object(
  { stream: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);
const StreamEvent = Type.Object({ seq: Type.Integer(), pad: Type.Optional(Type.String()) });

export const ticksRoute = defineWsRoute({
  name: 'ticks',
  summary: 'Latest tick of a symbol',
  params: TickParams,
  data: Tick,
  delivery: 'snapshot',
});

export const eventsRoute = defineWsRoute({
  name: 'events',
  summary: 'Every event of a stream, in order',
  params: EventParams,
  data: StreamEvent,
  delivery: 'event',
});

export interface WsProbe {
  created: string[];
  removed: string[];
  /** Resolves createTopic of a symbol only when released, to test races. */
  holdCreation: Set<string>;
  release(symbol: string): void;
  ticks?: BoundWsRoute<Static<typeof TickParams>, Static<typeof Tick>>;
  events?: BoundWsRoute<Static<typeof EventParams>, Static<typeof StreamEvent>>;
}

export function makeWsTestModule(): { definition: ModuleDefinition; probe: WsProbe } {
  const waiting = new Map<string, () => void>();
  const probe: WsProbe = {
    created: [],
    removed: [],
    holdCreation: new Set(),
    release: (symbol) => waiting.get(symbol)?.(),
  };
  const definition = defineModule({
    name: 'wstest',
    description: 'Test-only WebSocket routes',
    create: (ctx) => {
      probe.ticks = ctx.ws.route(ticksRoute, {
        createTopic: async (topic, params, publish) => {
          if (params.symbol === 'UNKNOWN') throw new NotFoundError('Unknown symbol UNKNOWN');
          if (params.symbol === 'BOOM') throw new Error('service exploded');
          if (probe.holdCreation.has(params.symbol)) {
            await new Promise<void>((resolve) => waiting.set(params.symbol, resolve));
          }
          probe.created.push(topic);
          publish({ symbol: params.symbol, seq: 0 });
        },
        removeTopic: (topic) => {
          probe.removed.push(topic);
        },
      });
      probe.events = ctx.ws.route(eventsRoute, {
        createTopic: (topic) => {
          probe.created.push(topic);
        },
        removeTopic: (topic) => {
          probe.removed.push(topic);
        },
      });
      return { routes: () => undefined };
    },
  });
  return { definition, probe };
}
