// One client connection: what it is subscribed to, and what is waiting to be written to it.
// Frames are queued and written in batches (one corked socket write per flush) because the
// kernel's per-write cost, not serialization, dominates fan-out. A client that cannot keep up
// never makes this queue grow without bound: snapshots are replaced by the latest value of their
// topic, and an event backlog past its limit closes the connection with 1013.
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import type { Delivery } from './ws-route.js';

export interface ConnectionLimits {
  /** Above this many bytes buffered in the socket, stop writing and let the queue absorb. */
  highWaterBytes: number;
  /** Queued event frames beyond this close the connection with 1013. */
  maxEventBacklog: number;
}

/** Why a connection ended, as the gateway counts it. */
export type CloseReason = 'client' | 'heartbeat' | 'lifetime' | 'backpressure' | 'shutdown';

interface QueuedFrame {
  /** Conflation slot of a snapshot (its topic, or topic and snapshot key); unused otherwise. */
  topic: string | undefined;
  frame: Buffer;
  delivery: Delivery | 'control';
}

export interface ConnectionEvents {
  /** The connection has frames to write; the gateway schedules the flush. */
  onDirty(connection: WsConnection): void;
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

  private queue: QueuedFrame[] = [];
  /** Index in `queue` of each topic's not-yet-written snapshot, to replace it in place. */
  private readonly snapshotSlots = new Map<string, number>();
  private queuedEvents = 0;
  private waitingForDrain = false;

  constructor(
    readonly socket: WebSocket,
    private readonly raw: Socket,
    private readonly limits: ConnectionLimits,
    private readonly events: ConnectionEvents,
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
    if (this.closing) return;
    if (delivery === 'snapshot' && topic !== undefined) {
      // Only a lagging client (its socket is full) is sent the latest value instead of every one.
      const slot = this.snapshotSlots.get(topic);
      if (slot !== undefined && this.waitingForDrain) {
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
    if (this.queue.length === 1 && !this.waitingForDrain) this.events.onDirty(this);
  }

  /** Writes the queue in one corked batch, unless the socket is already too full. */
  flush(): void {
    if (this.closing || this.queue.length === 0 || this.waitingForDrain) return;
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.limits.highWaterBytes) {
      this.waitingForDrain = true;
      this.conflateQueue();
      this.raw.once('drain', () => {
        this.waitingForDrain = false;
        this.flush();
      });
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

  /** Keeps only the latest queued snapshot of each topic, in its place. */
  private conflateQueue(): void {
    const latest = new Map<string, number>();
    this.queue.forEach((item, index) => {
      if (item.delivery === 'snapshot' && item.topic !== undefined) latest.set(item.topic, index);
    });
    const kept: QueuedFrame[] = [];
    this.snapshotSlots.clear();
    this.queue.forEach((item, index) => {
      if (item.delivery === 'snapshot' && item.topic !== undefined) {
        if (latest.get(item.topic) !== index) return this.events.onConflated();
        this.snapshotSlots.set(item.topic, kept.length);
      }
      kept.push(item);
    });
    this.queue = kept;
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
