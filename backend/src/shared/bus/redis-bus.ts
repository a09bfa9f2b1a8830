// The event bus across processes: Redis publish/subscribe. Every process publishes on one
// connection and listens on another, so the messages of a channel reach every process in the
// order they were published (Redis keeps a connection's order). A process's own subscribers
// hear its messages through Redis too: one path, one order, whichever process committed.
import { Redis, type RedisOptions } from 'ioredis';
import { retryDelay } from '../retry-delay.js';
import type { BusHandler, BusState, EventBus } from './event-bus.js';

export interface RedisBusLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface RedisBusOptions {
  /** Prepended to every channel name, so that several products can share one Redis. */
  prefix?: string;
  /** Reconnection delays (ms) grow from `minRetryMs` to `maxRetryMs`. */
  minRetryMs?: number;
  maxRetryMs?: number;
  onHandlerError?: (error: unknown, channel: string) => void;
}

export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly prefix: string;
  private readonly handlers = new Map<string, Set<BusHandler>>();
  private readonly interruptionListeners = new Set<() => void>();
  /** An interruption was reported and the link has not come back since. */
  private inOutage = false;
  private lostAt: number | undefined;
  private closed = false;

  constructor(
    url: string,
    private readonly log: RedisBusLog,
    options: RedisBusOptions = {},
  ) {
    this.prefix = options.prefix ?? 'trading-pro:';
    const minMs = options.minRetryMs ?? 100;
    const maxMs = options.maxRetryMs ?? 5_000;
    const common: RedisOptions = {
      retryStrategy: (attempt) => (this.closed ? null : retryDelay(attempt, minMs, maxMs)),
      // A command waits for no reconnection: a publication either goes now or is reported lost.
      maxRetriesPerRequest: 0,
    };
    this.publisher = new Redis(url, {
      ...common,
      connectionName: 'trading-pro-publish',
      // The publications of one turn of the event loop (a commit's orders, executions and
      // positions; a burst of fills) leave in one write, in order.
      enableAutoPipelining: true,
      // Queued publications would be delivered late, after the clients were told to re-read:
      // a publication that cannot go now fails at once instead.
      enableOfflineQueue: false,
    });
    this.subscriber = new Redis(url, {
      ...common,
      connectionName: 'trading-pro-subscribe',
      autoResubscribe: true,
    });
    const onHandlerError =
      options.onHandlerError ??
      ((error: unknown, channel: string) =>
        this.log.error({ err: error, channel }, 'event bus handler failed'));
    this.subscriber.on('message', (channel: string, text: string) => {
      if (!channel.startsWith(this.prefix)) return;
      const name = channel.slice(this.prefix.length);
      const handlers = this.handlers.get(name);
      if (handlers === undefined) return;
      let message: unknown;
      try {
        message = JSON.parse(text);
      } catch (error) {
        return onHandlerError(error, name);
      }
      for (const handler of [...handlers]) {
        try {
          handler(message);
        } catch (error) {
          onHandlerError(error, name);
        }
      }
    });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('close', () => this.lost('the connection closed'));
      connection.on('error', (error: Error) => this.lost(error.message));
      connection.on('ready', () => this.maybeRestored());
    }
  }

  /** Resolves once both connections are ready, or rejects after `timeoutMs`. */
  async ready(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.state().connected) {
      if (Date.now() > deadline)
        throw new Error(`Redis did not answer within ${Math.round(timeoutMs / 1000)} s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  publish(channel: string, message: unknown): void {
    if (this.closed) return;
    const text = JSON.stringify(message);
    this.publisher.publish(this.prefix + channel, text).catch((error: unknown) => {
      if (this.closed) return;
      this.log.error({ err: error, channel }, 'an event could not be published');
      this.interrupted();
    });
  }

  subscribe(channel: string, handler: BusHandler): () => void {
    let handlers = this.handlers.get(channel);
    if (handlers === undefined) {
      handlers = new Set();
      this.handlers.set(channel, handlers);
      // While the link is down the command waits in the subscriber's queue; once back, every
      // channel is subscribed again anyway.
      this.subscriber.subscribe(this.prefix + channel).catch(() => undefined);
    }
    handlers.add(handler);
    return () => {
      handlers.delete(handler);
      if (handlers.size > 0 || this.handlers.get(channel) !== handlers) return;
      this.handlers.delete(channel);
      if (!this.closed) this.subscriber.unsubscribe(this.prefix + channel).catch(() => undefined);
    };
  }

  state(): BusState {
    return {
      transport: 'redis',
      connected:
        !this.closed && this.publisher.status === 'ready' && this.subscriber.status === 'ready',
    };
  }

  onInterruption(listener: () => void): () => void {
    this.interruptionListeners.add(listener);
    return () => this.interruptionListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.handlers.clear();
    this.interruptionListeners.clear();
    for (const connection of [this.publisher, this.subscriber]) {
      // QUIT needs a live link; without one there is nothing to say goodbye to.
      if (connection.status === 'ready') await connection.quit().catch(() => undefined);
      connection.disconnect();
    }
  }

  private lost(reason: string): void {
    if (this.closed) return;
    if (this.lostAt === undefined) {
      this.lostAt = Date.now();
      this.log.warn({ reason }, 'the Redis link is down; reconnecting with backoff');
    }
    this.interrupted();
  }

  private interrupted(): void {
    if (this.inOutage) return;
    this.inOutage = true;
    for (const listener of [...this.interruptionListeners]) {
      try {
        listener();
      } catch (error) {
        this.log.error({ err: error }, 'an interruption listener failed');
      }
    }
  }

  private maybeRestored(): void {
    if (this.closed || !this.state().connected) return;
    if (this.lostAt !== undefined)
      this.log.info({ downMs: Date.now() - this.lostAt }, 'the Redis link is back');
    this.lostAt = undefined;
    this.inOutage = false;
  }
}
