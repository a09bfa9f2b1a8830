// One WebSocket per module endpoint, shared by the whole app (docs/contract.md#websocket). Listeners subscribe to
// a route with params; the client keeps one server subscription per topic however many
// listeners share it, routes updates only once the server has confirmed the subscription,
// reconnects with exponential backoff and jitter, subscribes every active topic again, and asks
// the app to re-read its state over REST: whatever was published while the socket was down (a
// dropped link, or the server closing a lagging client with 1013) never reaches it.
import {
  buildTopic,
  wsMessageType,
  type SubscriptionResponse,
  type TopicUpdate,
  type WsFrame,
} from '@trading-pro/contract';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The part of the browser's WebSocket the client uses; tests pass a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface WsClientOptions {
  url: string;
  createSocket?: (url: string) => SocketLike;
  /** First reconnect delay; doubles per failed attempt up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** 0 ≤ random() < 1, for the jitter; tests make it fixed. */
  random?: () => number;
  /** A `ping` this often while open; no frame for twice as long means the link is dead. */
  pingIntervalMs?: number;
  /**
   * How long a connection must last before the backoff starts over: a server that accepts and
   * drops at once (overloaded, restarting) is retried ever more slowly, not every half second.
   */
  stableAfterMs?: number;
  onStatus?: (status: ConnectionStatus) => void;
  /** Back after a drop (a lost link, or 1013 for lagging): updates were lost, re-read state. */
  onResync?: () => void;
}

export interface SubscriptionHandlers<D> {
  /** `seq`: on a sequenced route, the change the update reflects. */
  update: (data: D, seq: number | undefined) => void;
  /** The server refused the subscription (invalid params, unknown symbol), with its reason. */
  refused?: (message: string) => void;
}

interface TopicEntry {
  route: string;
  params: unknown;
  listeners: Set<SubscriptionHandlers<never>>;
  confirmed: boolean;
}

const OPEN = 1;

export class WsClient {
  private socket: SocketLike | undefined;
  private readonly topics = new Map<string, TopicEntry>();
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private stableTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private lastFrameAt = 0;
  private resyncOnOpen = false;
  /** Back after a drop: the re-read waits until every topic is live again. */
  private resyncPending = false;
  private stopped = false;
  private current: ConnectionStatus = 'closed';

  constructor(private readonly options: WsClientOptions) {}

  /** Listens to `route` with `params`; the returned function stops listening. */
  subscribe<D>(route: string, params: unknown, handlers: SubscriptionHandlers<D>): () => void {
    const topic = buildTopic(route, params);
    let entry = this.topics.get(topic);
    if (entry === undefined) {
      entry = { route, params, listeners: new Set(), confirmed: false };
      this.topics.set(topic, entry);
      this.send(wsMessageType.subscribe(route), params);
    }
    const listener = handlers as SubscriptionHandlers<never>;
    entry.listeners.add(listener);
    this.connect();
    return () => {
      const current = this.topics.get(topic);
      if (current === undefined || !current.listeners.delete(listener)) return;
      if (current.listeners.size > 0) return;
      this.topics.delete(topic);
      this.send(wsMessageType.unsubscribe(route), params);
      // A re-read waiting for this topic now waits only for the others.
      this.resyncWhenLive();
    };
  }

  /**
   * The server is known to be back: a reconnect waiting out its backoff is tried now, so the
   * screen stops being stale as soon as it can.
   */
  reconnectNow(): void {
    if (this.stopped || this.reconnectTimer === undefined) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.connect();
  }

  /** Closes the socket for good (the app is leaving). */
  close(): void {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.stableTimer);
    this.stopPing();
    this.socket?.close(1000, 'client leaving');
    this.socket = undefined;
    this.setStatus('closed');
  }

  private connect(): void {
    if (this.stopped || this.socket !== undefined || this.reconnectTimer !== undefined) return;
    const create =
      this.options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
    const socket = create(this.options.url);
    this.socket = socket;
    this.setStatus(this.attempt === 0 ? 'connecting' : 'reconnecting');
    socket.onopen = () => this.onOpen();
    socket.onmessage = (event) => this.onFrame(event.data);
    socket.onclose = () => this.onClose(socket);
    socket.onerror = () => undefined; // a close follows; it decides what happens next
  }

  private onOpen(): void {
    clearTimeout(this.stableTimer);
    this.stableTimer = setTimeout(() => (this.attempt = 0), this.options.stableAfterMs ?? 10_000);
    this.lastFrameAt = Date.now();
    this.setStatus('open');
    for (const entry of this.topics.values()) {
      entry.confirmed = false;
      this.send(wsMessageType.subscribe(entry.route), entry.params);
    }
    this.startPing();
    if (this.resyncOnOpen) {
      this.resyncOnOpen = false;
      this.resyncPending = true;
      this.resyncWhenLive();
    }
  }

  /**
   * Asks for the re-read once every topic is confirmed (or refused) again: a read taken before
   * the server streams to this socket could miss a change made in between, which no push would
   * then bring.
   */
  private resyncWhenLive(): void {
    if (!this.resyncPending) return;
    for (const entry of this.topics.values()) if (!entry.confirmed) return;
    this.resyncPending = false;
    this.options.onResync?.();
  }

  private onFrame(data: unknown): void {
    this.lastFrameAt = Date.now();
    if (typeof data !== 'string') return;
    let frame: WsFrame;
    try {
      frame = JSON.parse(data) as WsFrame;
    } catch {
      return;
    }
    if (typeof frame?.type !== 'string') return;
    if (frame.type.endsWith('.subscribe.response')) {
      const response = frame.payload as SubscriptionResponse;
      const entry = this.topics.get(response.topic);
      if (entry !== undefined && response.status === 'ok') entry.confirmed = true;
      else if (entry !== undefined) {
        this.topics.delete(response.topic);
        for (const listener of entry.listeners) listener.refused?.(response.message);
      }
      this.resyncWhenLive();
    } else if (frame.type.endsWith('.update')) {
      const update = frame.payload as TopicUpdate<never>;
      const entry = this.topics.get(update.topic);
      if (entry === undefined || !entry.confirmed) return;
      for (const listener of [...entry.listeners]) listener.update(update.payload, update.seq);
    }
  }

  private onClose(socket: SocketLike): void {
    if (socket !== this.socket) return;
    this.socket = undefined;
    clearTimeout(this.stableTimer);
    this.stopPing();
    for (const entry of this.topics.values()) entry.confirmed = false;
    this.resyncPending = false;
    if (this.stopped) return;
    if (this.topics.size === 0) {
      // Nobody listens: stay closed until someone subscribes again.
      this.attempt = 0;
      this.setStatus('closed');
      return;
    }
    this.resyncOnOpen = true;
    this.setStatus('reconnecting');
    const initial = this.options.initialBackoffMs ?? 500;
    const max = this.options.maxBackoffMs ?? 30_000;
    const base = Math.min(max, initial * 2 ** this.attempt);
    // Full range jitter in [base/2, base): clients dropped together do not return together.
    const delay = base / 2 + (base / 2) * (this.options.random ?? Math.random)();
    this.attempt++;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect();
    }, delay);
  }

  private send(type: string, payload: unknown): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify({ type, payload }));
  }

  private startPing(): void {
    const interval = this.options.pingIntervalMs ?? 15_000;
    this.pingTimer = setInterval(() => {
      if (Date.now() - this.lastFrameAt > 2 * interval) {
        // No frame, not even a pong: the link is dead though the socket has not noticed.
        this.socket?.close(4001, 'heartbeat lost');
        if (this.socket !== undefined) this.onClose(this.socket);
        return;
      }
      this.send(wsMessageType.ping, {});
    }, interval);
  }

  private stopPing(): void {
    clearInterval(this.pingTimer);
    this.pingTimer = undefined;
  }

  private setStatus(status: ConnectionStatus): void {
    if (status === this.current) return;
    this.current = status;
    this.options.onStatus?.(status);
  }
}
