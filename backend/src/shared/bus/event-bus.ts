// State changes travel from the service that commits them to every process that serves
// WebSocket clients. One interface, two transports: in-process for one process, Redis for
// several (docs/configuration.md#variables, REDIS_URL).

export type BusHandler = (message: unknown) => void;

export interface BusState {
  transport: 'in-process' | 'redis';
  /** False while messages cannot travel (the Redis link is down). */
  connected: boolean;
}

export interface EventBus {
  /** Delivers `message` to every subscriber of `channel`, in publication order per channel. */
  publish(channel: string, message: unknown): void;
  /** Returns the function that ends the subscription. */
  subscribe(channel: string, handler: BusHandler): () => void;
  state(): BusState;
  /**
   * Calls `listener` whenever messages may have been lost (the link dropped, a publication
   * failed): whoever relays events to clients must make them re-read, since a gap in an event
   * stream must never pass silently. Returns the function that ends the registration.
   */
  onInterruption(listener: () => void): () => void;
  close(): Promise<void>;
}
