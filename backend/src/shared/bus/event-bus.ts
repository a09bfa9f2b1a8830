// State changes travel from the service that commits them to every process that serves
// WebSocket clients. One interface, two transports: in-process now, Redis for several processes.

export type BusHandler = (message: unknown) => void;

export interface EventBus {
  /** Delivers `message` to every subscriber of `channel`, in publication order per channel. */
  publish(channel: string, message: unknown): void;
  /** Returns the function that ends the subscription. */
  subscribe(channel: string, handler: BusHandler): () => void;
  close(): Promise<void>;
}
