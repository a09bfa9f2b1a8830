// One client connection: what it is subscribed to, and how frames reach it. A healthy client's
// frames go to its socket corked, and the end of the turn of the event loop uncorks it, so the
// turn's frames (a tick's quotes of every symbol) leave in one write: the kernel's per-write cost,
// not serialization, dominates fan-out — twice over behind a gateway that relays each write. A client that cannot keep up
// never makes memory grow without bound: once its socket holds more than the high-water mark,
// frames wait in a queue where snapshots are replaced by the latest value of their topic, and an
// event backlog past its limit closes the connection with 1013.
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import type { Delivery } from './ws-route.js';
import type { WriteTurns } from './ws-write-turns.js';

export interface ConnectionLimits {
  /** Above this many bytes buffered in the socket, stop writing and let the queue absorb. */
  highWaterBytes: number;
  /** Queued event frames beyond this close the connection with 1013. */
  maxEventBacklog: number;
}

/** Why a connection ended, as the gateway counts it. */
export type CloseReason =
  'client' | 'heartbeat' | 'lifetime' | 'backpressure' | 'interrupted' | 'shutdown';

interface QueuedFrame {
  /** Conflation slot of a snapshot (its topic, or topic and snapshot key); unused otherwise. */
  topic: string | undefined;
  frame: Buffer;
  delivery: Delivery | 'control';
}

export interface ConnectionEvents {
  onSent(count: number): void;
  onConflated(): void;
  onBackpressureClose(connection: WsConnection): void;
}

let nextId = 1;

export class WsConnection {
  readonly id = nextId++;
  /** Topics this client holds: `pending` while the topic is being created, then `live`. */
  readonly topics = new Map<string, 'pending' | 'live'>();
  readonly openedAt: number;
  lastSeen: number;
  closing = false;
  /** Another process of the cluster (docs/cluster.md#the-shared-secret): no lifetime limit. */
  peer = false;

  /** Frames held back while the socket is over its high-water mark. */
  private queue: QueuedFrame[] = [];
  /** Index in `queue` of each topic's not-yet-written snapshot, to replace it in place. */
  private readonly snapshotSlots = new Map<string, number>();
  private queuedEvents = 0;
  private waitingForDrain = false;
  private isCorked = false;

  constructor(
    readonly socket: WebSocket,
    private readonly raw: Socket,
    private readonly limits: ConnectionLimits,
    private readonly events: ConnectionEvents,
    private readonly turns: WriteTurns,
    now: number,
  ) {
    this.openedAt = now;
    this.lastSeen = now;
  }

  /** Frames waiting in this connection's queue (not yet handed to the socket). */
  get queuedFrames(): number {
    return this.queue.length;
  }

  /** Bytes handed to the socket that the kernel has not taken yet. */
  get bufferedBytes(): number {
    return this.socket.bufferedAmount;
  }

  send(frame: Buffer, topic: string | undefined, delivery: Delivery | 'control'): void {
    if (this.closing || this.socket.readyState !== this.socket.OPEN) return;
    if (!this.waitingForDrain) {
      if (this.socket.bufferedAmount <= this.limits.highWaterBytes) {
        this.write(frame);
        this.events.onSent(1);
        return;
      }
      this.waitForDrain();
    }
    if (delivery === 'snapshot' && topic !== undefined) {
      // Only a lagging client is sent the latest value instead of every one.
      const slot = this.snapshotSlots.get(topic);
      if (slot !== undefined) {
        this.queue[slot] = { topic, frame, delivery };
        this.events.onConflated();
        return;
      }
      this.snapshotSlots.set(topic, this.queue.length);
    } else if (delivery === 'event') {
      this.queuedEvents++;
      if (this.queuedEvents > this.limits.maxEventBacklog) {
        this.events.onBackpressureClose(this);
        return;
      }
    }
    this.queue.push({ topic, frame, delivery });
  }

  private write(frame: Buffer): void {
    if (!this.isCorked) {
      this.raw.cork();
      this.isCorked = true;
      this.turns.corked(this);
    }
    this.socket.send(frame, { binary: false });
  }

  /** Ends the turn's batch: everything written since the cork leaves in one write. */
  uncork(): void {
    if (!this.isCorked) return;
    this.isCorked = false;
    this.raw.uncork();
  }

  private waitForDrain(): void {
    this.waitingForDrain = true;
    this.raw.once('drain', () => {
      this.waitingForDrain = false;
      this.flush();
    });
  }

  /** Writes the held-back queue in one corked batch, unless the socket is full again. */
  private flush(): void {
    if (this.closing || this.queue.length === 0) return;
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.limits.highWaterBytes) {
      this.waitForDrain();
      return;
    }
    const batch = this.queue;
    this.queue = [];
    this.snapshotSlots.clear();
    this.queuedEvents = 0;
    this.raw.cork();
    for (const item of batch) this.socket.send(item.frame, { binary: false });
    this.raw.uncork();
    this.events.onSent(batch.length);
  }

  /** Stops all delivery at once; the socket closes with `code` and is cut if the peer stalls. */
  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.queue = [];
    this.snapshotSlots.clear();
    if (
      this.socket.readyState === this.socket.OPEN ||
      this.socket.readyState === this.socket.CONNECTING
    ) {
      this.socket.close(code, reason);
      // A peer that stopped reading cannot receive the close frame behind its backlog; do not
      // hold that backlog in memory for the library's 30 s closing timeout.
      const cut = setTimeout(() => this.socket.terminate(), 2_000);
      cut.unref();
      this.socket.once('close', () => clearTimeout(cut));
    }
  }
}
