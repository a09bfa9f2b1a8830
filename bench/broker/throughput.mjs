// Filled market orders per second over HTTP (each decided by the engine, persisted in one
// transaction and filled against the live quote), against the same server answering GET /account
// (no write), interleaved A B A B; then the POST → executions.update latency at half that rate.
import autocannon from 'autocannon';
import { measureLatency } from './latency.mjs';
import { QUICK, median, met, startServer } from './support.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? (QUICK ? 2 : 5));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const CONNECTIONS = 16;

const order = (side) => ({
  method: 'POST',
  path: '/api/v1/broker/orders',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ symbol: 'BTCUSD', type: 2, side, qty: 0.001 }),
});

async function load(base, name) {
  const options =
    name === 'orders'
      ? { requests: [order(1), order(-1)] }
      : { requests: [{ method: 'GET', path: '/api/v1/broker/account' }] };
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    ...options,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** Orders/s and fill latency on one database; `target` is the orders/s to reach. */
export async function measureThroughput({ label, databaseUrl, target }) {
  const server = await startServer({ databaseUrl });
  try {
    await load(server.base, 'account');
    const samples = { orders: [], account: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['orders', 'account']) samples[name].push(await load(server.base, name));
    }
    const orders = await (await fetch(`${server.base}/api/v1/broker/orders`)).json();
    const allFilled = orders.every((o) => o.status === 2);
    const ordersRps = median(samples.orders.map((s) => s.rps));
    const accountRps = median(samples.account.map((s) => s.rps));
    console.log(
      `  ${label}: POST /orders (market, filled) ${Math.round(ordersRps)} orders/s ` +
        `(p50 ${median(samples.orders.map((s) => s.p50))} ms, p99 ${median(samples.orders.map((s) => s.p99))} ms)   ` +
        `GET /account ${Math.round(accountRps)} req/s   ratio ${(ordersRps / accountRps).toFixed(2)}×   ` +
        `${orders.length} orders, all filled: ${allFilled}   target ≥ ${target}/s: ${met(ordersRps >= target && allFilled)}`,
    );
    const latency = await measureLatency({
      base: server.base,
      rate: Math.max(1, Math.round(ordersRps / 2)),
      seconds: QUICK ? 2 : 5,
    });
    console.log(
      `  ${label}: fill latency at ${latency.offered} orders/s (half the maximum): p50 ${latency.p50?.toFixed(1)} ms, ` +
        `p99 ${latency.p99?.toFixed(1)} ms (${latency.received}/${latency.sent} executions)   ` +
        `target p99 < 50 ms: ${met(latency.p99 < 50 && latency.received === latency.sent)}`,
    );
    return { ordersRps, accountRps, latency };
  } finally {
    await server.stop();
  }
}
