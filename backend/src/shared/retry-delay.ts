// How long a client waits before reconnecting: the Redis bus, the broker's link to the datafeed.

/** The delay before reconnection attempt `attempt` (1-based): doubling, capped, with jitter. */
export function retryDelay(attempt: number, minMs: number, maxMs: number): number {
  const base = Math.min(maxMs, minMs * 2 ** Math.min(attempt - 1, 20));
  // Up to a quarter less, so that every process of a cluster does not return at the same instant.
  return Math.round(base * (1 - Math.random() * 0.25));
}
