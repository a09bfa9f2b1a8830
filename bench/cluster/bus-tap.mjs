// For the cluster only: the bench listens on the Redis channels that carry the broker's events
// to every process that serves WebSockets (backend/src/shared/bus/redis-bus.ts; channels are
// `trading-pro:<database hash>:ws:broker:<route>`, busPrefix in backend/src/app.ts), so that a fill's time after the broker's decision splits into "until the
// event is on the bus" (the database commit, the publish) and "from the bus to the client" (the
// broker's own subscriber, its fan-out, nginx), and so that the bus's traffic per order is
// counted. Nothing is published.
import { Redis } from 'ioredis';
import { withTimeout } from './http.mjs';

const PATTERN = 'trading-pro:*:ws:broker:*';
const ROUTE_AFTER = ':ws:broker:';

export async function tapBrokerEvents(url, onExecution) {
  const redis = new Redis(url, { maxRetriesPerRequest: 0, lazyConnect: true });
  await withTimeout(redis.connect(), 5_000, 'Redis');
  const counts = {};
  let bytes = 0;
  redis.on('pmessage', (_pattern, channel, text) => {
    const at = performance.now();
    const route = channel.slice(channel.indexOf(ROUTE_AFTER) + ROUTE_AFTER.length);
    counts[route] = (counts[route] ?? 0) + 1;
    bytes += text.length;
    if (route !== 'executions') return;
    const { topic, data } = JSON.parse(text);
    onExecution(JSON.parse(topic.slice(topic.indexOf(':') + 1)).accountId, data, at);
  });
  await withTimeout(redis.psubscribe(PATTERN), 5_000, 'Redis subscribe');
  return {
    /** Messages per route, and bytes, since the tap began. */
    counts: () => ({ ...counts, bytes }),
    close: () => redis.disconnect(),
  };
}
