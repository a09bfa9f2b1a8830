import type { BusHandler, BusState, EventBus } from './event-bus.js';

/**
 * Synchronous delivery in publication order. A failing handler is reported and skipped: one
 * broken listener must not stop the others from hearing about a committed change.
 */
export class InProcessEventBus implements EventBus {
  private readonly channels = new Map<string, Set<BusHandler>>();
  private closed = false;

  constructor(private readonly onHandlerError: (error: unknown, channel: string) => void) {}

  publish(channel: string, message: unknown): void {
    if (this.closed) return;
    const handlers = this.channels.get(channel);
    if (handlers === undefined) return;
    for (const handler of [...handlers]) {
      try {
        handler(message);
      } catch (error) {
        this.onHandlerError(error, channel);
      }
    }
  }

  subscribe(channel: string, handler: BusHandler): () => void {
    let handlers = this.channels.get(channel);
    if (handlers === undefined) {
      handlers = new Set();
      this.channels.set(channel, handlers);
    }
    handlers.add(handler);
    return () => {
      handlers.delete(handler);
      if (handlers.size === 0 && this.channels.get(channel) === handlers) {
        this.channels.delete(channel);
      }
    };
  }

  state(): BusState {
    return { transport: 'in-process', connected: !this.closed };
  }

  /** Delivery within one process has no link to lose. */
  onInterruption(): () => void {
    return () => undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.channels.clear();
  }
}
