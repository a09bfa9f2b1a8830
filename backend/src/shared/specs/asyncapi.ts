// AsyncAPI 2.6 documents derived from the declared WebSocket routes: one channel per module
// endpoint, the client's frames under `publish`, the server's under `subscribe` (AsyncAPI 2.x
// names operations from the client's point of view).
import type { TSchema } from 'typebox';
import type { WsRouteDefinition } from '../ws/ws-route.js';
import { API_PREFIX, type ModuleSummary } from './openapi.js';
import { sortKeys } from './sort-keys.js';

export interface AsyncApiDocument {
  asyncapi: string;
  info: { title: string; version: string; description?: string };
  channels: Record<string, unknown>;
  components: { messages: Record<string, unknown>; schemas?: Record<string, unknown> };
  [key: string]: unknown;
}

export interface ModuleWsRoutes extends ModuleSummary {
  routes: readonly WsRouteDefinition[];
}

const envelope = (type: string, payload: TSchema | object) => ({
  type: 'object',
  required: ['type', 'payload'],
  additionalProperties: false,
  properties: { type: { type: 'string', const: type }, payload },
});

const SubscriptionResponse = {
  type: 'object',
  required: ['status', 'message', 'topic'],
  properties: {
    status: { type: 'string', enum: ['ok', 'error'] },
    message: { type: 'string' },
    topic: { type: 'string', description: '{route}:{stableJson(params)}' },
  },
};

function message(name: string, summary: string, payload: object) {
  return { name, title: name, summary, contentType: 'application/json', payload };
}

/** Messages shared by every endpoint. */
function commonMessages(prefix: string): Record<string, unknown> {
  return {
    [`${prefix}ping`]: message(
      'ping',
      'Keeps the connection alive; answered by pong',
      envelope('ping', { type: 'object' }),
    ),
    [`${prefix}pong`]: message('pong', 'Answer to ping', envelope('pong', { type: 'object' })),
    [`${prefix}error`]: message(
      'error',
      'A frame that is not JSON, is binary or too large, or names no route',
      envelope('error', {
        type: 'object',
        required: ['message'],
        properties: { message: { type: 'string' } },
      }),
    ),
  };
}

function routeMessages(prefix: string, route: WsRouteDefinition) {
  const n = route.name;
  const client = {
    [`${prefix}${n}.subscribe`]: message(
      `${n}.subscribe`,
      `Subscribe: ${route.summary}`,
      envelope(`${n}.subscribe`, route.params),
    ),
    [`${prefix}${n}.unsubscribe`]: message(
      `${n}.unsubscribe`,
      `Unsubscribe from ${n}`,
      envelope(`${n}.unsubscribe`, route.params),
    ),
  };
  const server = {
    [`${prefix}${n}.subscribe.response`]: message(
      `${n}.subscribe.response`,
      `Outcome of ${n}.subscribe`,
      envelope(`${n}.subscribe.response`, SubscriptionResponse),
    ),
    [`${prefix}${n}.unsubscribe.response`]: message(
      `${n}.unsubscribe.response`,
      `Outcome of ${n}.unsubscribe`,
      envelope(`${n}.unsubscribe.response`, SubscriptionResponse),
    ),
    [`${prefix}${n}.update`]: message(
      `${n}.update`,
      `${route.summary} (${route.delivery === 'snapshot' ? 'snapshot: a lagging client receives the latest value' : 'event: never dropped; a client too far behind is closed with 1013'})`,
      envelope(`${n}.update`, {
        type: 'object',
        required: route.sequenced === true ? ['topic', 'seq', 'payload'] : ['topic', 'payload'],
        properties: {
          topic: { type: 'string' },
          ...(route.sequenced === true
            ? {
                seq: {
                  type: 'integer',
                  minimum: 0,
                  description:
                    'The account change this update reflects (1, 2, 3 … per account): a client that re-read GET /snapshot drops updates older than its seq',
                },
              }
            : {}),
          payload: route.data,
        },
      }),
    ),
  };
  return { client, server };
}

const refs = (names: string[]) => ({
  oneOf: names.map((name) => ({ $ref: `#/components/messages/${name}` })),
});

/** Channel and messages of one module; `prefix` keeps message names unique in the merged document. */
function moduleParts(module: ModuleWsRoutes, prefix: string) {
  const common = commonMessages(prefix);
  const client: Record<string, unknown> = { [`${prefix}ping`]: common[`${prefix}ping`] };
  const server: Record<string, unknown> = {
    [`${prefix}pong`]: common[`${prefix}pong`],
    [`${prefix}error`]: common[`${prefix}error`],
  };
  for (const route of module.routes) {
    const parts = routeMessages(prefix, route);
    Object.assign(client, parts.client);
    Object.assign(server, parts.server);
  }
  const id = module.name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  const channel = {
    description: `${module.description}. Frames are JSON { type, payload }; a client silent for 30 s is closed (1001), a connection lives at most 1 h (4000).`,
    publish: {
      operationId: `${id}ClientFrames`,
      summary: 'Frames the client sends',
      message: refs(Object.keys(client)),
    },
    subscribe: {
      operationId: `${id}ServerFrames`,
      summary: 'Frames the server sends',
      message: refs(Object.keys(server)),
    },
  };
  return { channel, messages: { ...client, ...server } };
}

const base = (title: string, description: string) => ({
  asyncapi: '2.6.0',
  info: { title, version: '1.0.0', description },
  defaultContentType: 'application/json',
  servers: {
    local: { url: 'localhost:8000', protocol: 'ws', description: 'The server of `make run`' },
  },
});

export function moduleAsyncApi(module: ModuleWsRoutes): AsyncApiDocument {
  const { channel, messages } = moduleParts(module, '');
  return sortKeys({
    ...base(`Trading Pro WebSocket — ${module.name}`, module.description),
    channels: { [`${API_PREFIX}/${module.name}/ws`]: channel },
    components: { messages },
  }) as AsyncApiDocument;
}

export function mergedAsyncApi(modules: readonly ModuleWsRoutes[]): AsyncApiDocument {
  const channels: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const module of modules) {
    const parts = moduleParts(module, `${module.name}.`);
    channels[`${API_PREFIX}/${module.name}/ws`] = parts.channel;
    Object.assign(messages, parts.messages);
  }
  return sortKeys({
    ...base(
      'Trading Pro WebSocket',
      'Every module endpoint: real-time market data and broker state.',
    ),
    channels,
    components: { messages },
  }) as AsyncApiDocument;
}
