// A module's WebSocket endpoint: connections, topics with reference counting, fan-out and
// heartbeat. Services only see createTopic/removeTopic and a typed publish.
import { WsCloseCode } from '@trading-pro/contract';
import type { FastifyBaseLogger } from 'fastify';
import type { Socket } from 'node:net';
import type { Static, TSchema } from 'typebox';
import type { RawData, WebSocket } from 'ws';
import type { EventBus } from '../bus/event-bus.js';
import { DomainError } from '../http/errors.js';
import { WsConnection, type CloseReason } from './ws-connection.js';
import { emptyCounters, type WsCounters } from './ws-counters.js';
import { WriteTurnClock } from './ws-write-turns.js';
import {
  errorFrame,
  parseClientFrame,
  pongFrame,
  responseFrame,
  updateFrame,
} from './ws-protocol.js';
import type { WsRouteDefinition } from './ws-route.js';

export interface GatewayOptions {
  /** A client silent this long is closed with 1001. */
  heartbeatMs: number;
  /** A connection older than this is closed with 4000 so the client reconnects. */
  maxLifetimeMs: number;
  /** Larger text frames are answered with `error` (the connection stays open). */
  maxFrameBytes: number;
  highWaterBytes: number;
  maxEventBacklog: number;
}

export const DEFAULT_GATEWAY_OPTIONS: GatewayOptions = {
  heartbeatMs: 30_000,
  maxLifetimeMs: 60 * 60_000,
  maxFrameBytes: 64 * 1024,
  highWaterBytes: 256 * 1024,
  maxEventBacklog: 10_000,
};

/** What a module's service implements for one route. */
export interface TopicHandlers<P, D> {
  /**
   * The first subscriber arrived: start producing `topic`. Throw (e.g. a NotFoundError for an
   * unknown symbol) to refuse the subscription with that message.
   */
  createTopic(
    topic: string,
    params: P,
    publish: (data: D, seq?: number) => void,
  ): void | Promise<void>;
  /** The last subscriber left: stop producing `topic`. */
  removeTopic(topic: string): void | Promise<void>;
}

export interface BoundWsRoute<P, D> {
  readonly definition: WsRouteDefinition;
  topic(params: P): string;
  /**
   * Sends `data` to the topic's subscribers (through the event bus for `event` routes); `seq`
   * is the change it reflects, for a sequenced route.
   */
  publish(topic: string, data: D, seq?: number): void;
}

interface RouteBinding {
  definition: WsRouteDefinition;
  handlers: TopicHandlers<unknown, unknown>;
}

interface TopicState {
  binding: RouteBinding;
  /** Every connection holding the topic, including those still waiting for its creation. */
  members: Set<WsConnection>;
  /** Connections that receive updates. */
  live: Set<WsConnection>;
  created: Promise<void>;
  /** Latest update of a snapshot route per snapshot key, sent to a client as soon as it joins. */
  last: Map<string, Buffer>;
}

export class WsGateway {
  readonly counters: WsCounters = emptyCounters();
  readonly connections = new Set<WsConnection>();
  private readonly routes = new Map<string, RouteBinding>();
  private readonly topics = new Map<string, TopicState>();
  /** Per topic, the tail of its create/remove calls, so the service never sees them overlap. */
  private readonly lifecycle = new Map<string, Promise<void>>();
  private readonly turns = new WriteTurnClock();
  private sweepTimer: NodeJS.Timeout | undefined;
  private readonly unsubscribeBus: (() => void)[] = [];

  constructor(
    readonly moduleName: string,
    private readonly options: GatewayOptions,
    private readonly bus: EventBus,
    private readonly log: FastifyBaseLogger,
    private readonly now: () => number = Date.now,
  ) {
    this.unsubscribeBus.push(bus.onInterruption(() => this.closeEventClients()));
  }

  get definitions(): WsRouteDefinition[] {
    return [...this.routes.values()].map((binding) => binding.definition);
  }

  bind<P extends TSchema, D extends TSchema>(
    definition: WsRouteDefinition<P, D>,
    handlers: TopicHandlers<Static<P>, Static<D>>,
  ): BoundWsRoute<Static<P>, Static<D>> {
    if (this.routes.has(definition.name)) {
      throw new Error(
        `WebSocket route "${definition.name}" is declared twice in ${this.moduleName}`,
      );
    }
    const binding: RouteBinding = {
      definition: definition as unknown as WsRouteDefinition,
      handlers: handlers as TopicHandlers<unknown, unknown>,
    };
    this.routes.set(definition.name, binding);
    this.counters.subscriptions[definition.name] = 0;

    // Events go through the bus so that a change committed in one process reaches the clients
    // of every process; snapshots are produced wherever they are watched.
    const channel = `ws:${this.moduleName}:${definition.name}`;
    if (definition.delivery === 'event') {
      this.unsubscribeBus.push(
        this.bus.subscribe(channel, (message) => {
          const { topic, data, seq } = message as { topic: string; data: unknown; seq?: number };
          this.fanOut(topic, data, seq);
        }),
      );
    }
    return {
      definition: binding.definition,
      topic: (params) => definition.topic(params),
      publish: (topic, data, seq) => {
        if (definition.delivery === 'event') this.bus.publish(channel, { topic, data, seq });
        else this.fanOut(topic, data, seq);
      },
    };
  }

  /** Serializes once and queues the frame for every live subscriber of the topic. */
  private fanOut(topic: string, data: unknown, seq?: number): void {
    const state = this.topics.get(topic);
    if (state === undefined) return;
    const { definition } = state.binding;
    const frame = updateFrame(definition.name, topic, data, seq);
    let slot = topic;
    if (definition.delivery === 'snapshot') {
      if (definition.snapshotKey !== undefined)
        slot = `${topic}\u0000${definition.snapshotKey(data as never)}`;
      state.last.set(slot, frame);
    }
    for (const connection of state.live) connection.send(frame, slot, definition.delivery);
  }

  handleConnection(socket: WebSocket, raw: Socket, peer = false): void {
    const connection = new WsConnection(
      socket,
      raw,
      this.options,
      {
        onSent: (count) => (this.counters.messagesSent += count),
        onConflated: () => this.counters.conflated++,
        onBackpressureClose: (c) => this.close(c, 'backpressure'),
      },
      this.turns,
      this.now(),
    );
    connection.peer = peer;
    this.connections.add(connection);
    this.counters.connectionsOpen++;
    this.counters.connectionsOpened++;
    this.ensureSweep();

    socket.on('message', (data: RawData, isBinary: boolean) => {
      connection.lastSeen = this.now();
      this.onMessage(connection, toBuffer(data), isBinary).catch((error: unknown) =>
        this.log.error({ err: error }, 'WebSocket message handling failed'),
      );
    });
    socket.on('pong', () => (connection.lastSeen = this.now()));
    socket.on('error', (error) => this.log.debug({ err: error }, 'WebSocket error'));
    socket.on('close', () => {
      if (!connection.closing) this.counters.closes.client++;
      connection.closing = true;
      this.detach(connection);
    });
  }

  private async onMessage(
    connection: WsConnection,
    data: Buffer,
    isBinary: boolean,
  ): Promise<void> {
    const parsed = parseClientFrame(data, isBinary, this.options.maxFrameBytes);
    if (parsed.kind === 'ping') return connection.send(pongFrame(), undefined, 'control');
    if (parsed.kind === 'invalid') return this.sendError(connection, parsed.message);
    const binding = this.routes.get(parsed.route);
    if (binding === undefined) {
      return this.sendError(
        connection,
        `Unknown route "${parsed.route}"; this endpoint serves: ${[...this.routes.keys()].join(', ')}`,
      );
    }
    if (parsed.kind === 'subscribe') await this.subscribe(connection, binding, parsed.payload);
    else this.unsubscribe(connection, binding, parsed.payload);
  }

  private sendError(connection: WsConnection, message: string): void {
    this.counters.errorsSent++;
    connection.send(errorFrame(message), undefined, 'control');
  }

  private respond(
    connection: WsConnection,
    route: string,
    action: 'subscribe' | 'unsubscribe',
    status: 'ok' | 'error',
    message: string,
    topic: string,
  ): void {
    connection.send(responseFrame(route, action, { status, message, topic }), undefined, 'control');
  }

  private async subscribe(connection: WsConnection, binding: RouteBinding, payload: unknown) {
    const { definition } = binding;
    // Events would not arrive: the client is sent away to come back when they do.
    if (definition.delivery === 'event' && !this.bus.state().connected) {
      return this.close(connection, 'interrupted');
    }
    const topic = definition.topic(payload as never);
    const problems = definition.validate(payload);
    if (problems.length > 0) {
      return this.respond(
        connection,
        definition.name,
        'subscribe',
        'error',
        `Invalid params: ${problems.join('; ')}`,
        topic,
      );
    }
    if (connection.topics.has(topic)) {
      return this.respond(
        connection,
        definition.name,
        'subscribe',
        'ok',
        'Already subscribed',
        topic,
      );
    }

    let state = this.topics.get(topic);
    if (state === undefined) {
      const created = this.inLifecycle(topic, () =>
        binding.handlers.createTopic(topic, payload, (data, seq) => this.fanOut(topic, data, seq)),
      );
      state = { binding, members: new Set(), live: new Set(), created, last: new Map() };
      this.topics.set(topic, state);
      this.counters.topics++;
    }
    connection.topics.set(topic, 'pending');
    state.members.add(connection);
    this.counters.subscriptions[definition.name]!++;

    try {
      await state.created;
    } catch (error) {
      this.leave(connection, topic, { created: false });
      return this.respond(
        connection,
        definition.name,
        'subscribe',
        'error',
        refusal(error, this.log),
        topic,
      );
    }
    // The client may have unsubscribed (and perhaps subscribed anew) or gone meanwhile.
    if (this.topics.get(topic) !== state || connection.topics.get(topic) !== 'pending') {
      if (connection.closing) return;
      return this.respond(
        connection,
        definition.name,
        'subscribe',
        'error',
        'Unsubscribed before the subscription was confirmed',
        topic,
      );
    }
    if (connection.closing) return;
    connection.topics.set(topic, 'live');
    this.respond(connection, definition.name, 'subscribe', 'ok', 'Subscribed', topic);
    state.live.add(connection);
    for (const [slot, frame] of state.last) connection.send(frame, slot, 'snapshot');
  }

  private unsubscribe(connection: WsConnection, binding: RouteBinding, payload: unknown): void {
    const { definition } = binding;
    const topic = definition.topic(payload as never);
    if (!connection.topics.has(topic)) {
      return this.respond(
        connection,
        definition.name,
        'unsubscribe',
        'error',
        'Not subscribed to this topic',
        topic,
      );
    }
    this.leave(connection, topic, { created: true });
    this.respond(connection, definition.name, 'unsubscribe', 'ok', 'Unsubscribed', topic);
  }

  /** Removes one client from a topic; the last one out stops the topic's production. */
  private leave(connection: WsConnection, topic: string, { created }: { created: boolean }): void {
    const state = this.topics.get(topic);
    if (!connection.topics.delete(topic) || state === undefined) return;
    state.members.delete(connection);
    state.live.delete(connection);
    this.counters.subscriptions[state.binding.definition.name]!--;
    if (state.members.size > 0) return;
    this.topics.delete(topic);
    this.counters.topics--;
    if (!created) return;
    // Only a topic whose creation succeeded has anything to stop.
    this.inLifecycle(topic, async () => {
      const ok = await state.created.then(
        () => true,
        () => false,
      );
      if (ok) await state.binding.handlers.removeTopic(topic);
    }).catch((error: unknown) => this.log.error({ err: error, topic }, 'removeTopic failed'));
  }

  private detach(connection: WsConnection): void {
    if (!this.connections.delete(connection)) return;
    this.counters.connectionsOpen--;
    for (const topic of [...connection.topics.keys()])
      this.leave(connection, topic, { created: true });
  }

  private inLifecycle(topic: string, step: () => void | Promise<void>): Promise<void> {
    const previous = this.lifecycle.get(topic) ?? Promise.resolve();
    const next = previous.then(step);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.lifecycle.set(topic, settled);
    void settled.then(() => {
      if (this.lifecycle.get(topic) === settled) this.lifecycle.delete(topic);
    });
    return next;
  }

  private close(connection: WsConnection, reason: CloseReason): void {
    if (connection.closing) return;
    this.counters.closes[reason]++;
    const [code, text] = CLOSE_FRAMES[reason];
    connection.close(code, text);
    this.detach(connection);
  }

  /**
   * Event updates may have been lost between processes: every client holding an event topic is
   * closed with 1013, reconnects and re-reads state, so no gap passes silently.
   */
  private closeEventClients(): void {
    for (const connection of [...this.connections]) {
      const holdsEvents = [...connection.topics.keys()].some(
        (topic) => this.topics.get(topic)?.binding.definition.delivery === 'event',
      );
      if (holdsEvents) this.close(connection, 'interrupted');
    }
  }

  private ensureSweep(): void {
    if (this.sweepTimer !== undefined) return;
    const { heartbeatMs, maxLifetimeMs } = this.options;
    const period = Math.max(10, Math.min(1_000, Math.min(heartbeatMs, maxLifetimeMs) / 4));
    this.sweepTimer = setInterval(() => this.sweep(), period);
    this.sweepTimer.unref();
  }

  /** Closes the silent and the too old; pings the quiet so that live browsers answer. */
  private sweep(): void {
    const now = this.now();
    const { heartbeatMs, maxLifetimeMs } = this.options;
    for (const connection of [...this.connections]) {
      if (now - connection.lastSeen > heartbeatMs) this.close(connection, 'heartbeat');
      // A peer's link (a broker following quotes) is not cut each hour: it would open a gap in
      // its prices for nothing; browsers are, so that they spread over restarted instances.
      else if (!connection.peer && now - connection.openedAt > maxLifetimeMs)
        this.close(connection, 'lifetime');
      else if (now - connection.lastSeen > heartbeatMs / 2) connection.socket.ping();
    }
    if (this.connections.size === 0 && this.sweepTimer !== undefined) {
      clearInterval(this.sweepTimer);
      this.sweepTimer = undefined;
    }
  }

  /** Closes every connection and stops every topic. */
  async shutdown(): Promise<void> {
    if (this.sweepTimer !== undefined) clearInterval(this.sweepTimer);
    this.sweepTimer = undefined;
    for (const connection of [...this.connections]) this.close(connection, 'shutdown');
    for (const stop of this.unsubscribeBus) stop();
    await Promise.all([...this.lifecycle.values()]);
  }
}

const CLOSE_FRAMES: Record<CloseReason, [number, string]> = {
  client: [1000, ''],
  heartbeat: [WsCloseCode.GoingAway, 'No sign of life within the heartbeat interval'],
  lifetime: [WsCloseCode.Lifetime, 'Maximum connection lifetime reached; reconnect'],
  backpressure: [WsCloseCode.TryAgainLater, 'Too far behind; reconnect and re-read state'],
  interrupted: [
    WsCloseCode.TryAgainLater,
    'Event delivery between servers was interrupted; reconnect and re-read state',
  ],
  shutdown: [WsCloseCode.GoingAway, 'Server shutting down'],
};

/** The message a refused subscription carries: the domain's reason, or a generic one. */
function refusal(error: unknown, log: FastifyBaseLogger): string {
  if (error instanceof DomainError) return error.message;
  log.error({ err: error }, 'createTopic failed');
  return 'The subscription could not be started';
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
