// Whether prices actually reach the broker (the `broker-connection` stream): no quote source in
// reach → Disconnected; the link to a datafeed in another process down, or quotes followed but
// none for a while → Connecting (stale prices); otherwise Connected. Watchers hear the current
// status at once and every change after.
import { ConnectionStatus } from '@trading-pro/contract';
import type { BrokerConnection } from '../../models/broker/connection.js';
import type { QuoteSource } from '../../shared/ports/quote-source.js';

/** Quotes come four times a second; this long without one means they are not coming. */
export const STALE_AFTER_MS = 3_000;
const CHECK_EVERY_MS = 1_000;

export interface QuoteFlow {
  /** Symbols followed now. */
  readonly watched: readonly string[];
  /** When the last quote arrived. */
  readonly lastQuoteAt: number | undefined;
}

export class ConnectionMonitor {
  private readonly listeners = new Set<(status: BrokerConnection) => void>();
  private timer: NodeJS.Timeout | undefined;
  private last: ConnectionStatus | undefined;
  private since: number;

  constructor(
    private readonly source: () => QuoteSource | undefined,
    private readonly flow: QuoteFlow,
    private readonly now: () => number,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.since = now();
  }

  status(): BrokerConnection {
    const timestamp = this.now();
    const source = this.source();
    if (source === undefined) {
      return {
        status: ConnectionStatus.Disconnected,
        message: 'No market data reaches the broker: orders cannot be filled',
        timestamp,
      };
    }
    const link = source.link?.();
    if (link !== undefined && !link.up) {
      return {
        status: ConnectionStatus.Connecting,
        message: `Market data is interrupted (${link.reason}): orders are refused until it is back`,
        timestamp,
      };
    }
    const { watched, lastQuoteAt } = this.flow;
    const heard = lastQuoteAt ?? this.since;
    if (watched.length > 0 && timestamp - heard > STALE_AFTER_MS) {
      return {
        status: ConnectionStatus.Connecting,
        message: `Market data is delayed: no price for ${Math.round((timestamp - heard) / 1000)} s`,
        timestamp,
      };
    }
    return { status: ConnectionStatus.Connected, timestamp };
  }

  /** The current status now, then each change; returns the unsubscribe function. */
  watch(listener: (status: BrokerConnection) => void): () => void {
    this.listeners.add(listener);
    const status = this.status();
    listener(status);
    this.last ??= status.status;
    this.timer ??= setInterval(() => this.check(), CHECK_EVERY_MS);
    this.timer.unref();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private check(): void {
    const status = this.status();
    // The status, not its wording: "no price for 4 s", "5 s" … is one state.
    if (status.status === this.last) return;
    this.last = status.status;
    for (const listener of this.listeners) {
      // A timer's exception would end the process: it is reported instead.
      try {
        listener(status);
      } catch (error) {
        this.onError(error);
      }
    }
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.last = undefined;
  }
}
