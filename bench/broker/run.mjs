// bench/broker: filled market orders per second over HTTP (each persisted in one transaction and
// filled against the live quote), against the same server answering GET /account (no write),
// interleaved; then the POST → executions.update latency at half the measured rate.
// Server on core 0, load generator on core 1. Needs `make build`.
import autocannon from 'autocannon';
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureLatency } from './latency.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(`${root}backend/dist/app.js`)) {
  console.error('backend/dist is missing: run `make build` first.');
  process.exit(1);
}
const QUICK = process.env.BENCH_QUICK === '1';
const DURATION = Number(process.env.BENCH_SECONDS ?? (QUICK ? 2 : 5));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const CONNECTIONS = 16;
const PORT = 19_000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${PORT}`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pin = (core, pid) => {
  try {
    execFileSync('taskset', ['-pc', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-bench-broker-'));
const pinnedSelf = pin(1, process.pid);
const server = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), {
  env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const stop = () => {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
await new Promise((resolve, reject) => {
  server.once('message', resolve);
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const pinnedServer = pin(0, server.pid);

const order = (side) => ({
  method: 'POST',
  path: '/api/v1/broker/orders',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ symbol: 'BTCUSD', type: 2, side, qty: 0.001 }),
});
async function load(name) {
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
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
  };
}

await load('account');
const samples = { orders: [], account: [] };
let placed = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const name of ['orders', 'account']) {
    const sample = await load(name);
    samples[name].push(sample);
    if (name === 'orders') placed += sample.total;
  }
}
const orders = await (await fetch(`${base}/api/v1/broker/orders`)).json();
const filled = orders.filter((o) => o.status === 2).length;
const allFilled = filled === orders.length;

console.log(
  `bench/broker — ${CONNECTIONS} connections, ${ROUNDS}×${DURATION} s each, interleaved, embedded database` +
    ` (server core 0: ${pinnedServer ? 'pinned' : 'not pinned'}, load generator core 1: ${pinnedSelf ? 'pinned' : 'not pinned'})`,
);
const ordersRps = median(samples.orders.map((s) => s.rps));
const accountRps = median(samples.account.map((s) => s.rps));
console.log(
  `  POST /orders (market, filled)  ${Math.round(ordersRps).toString().padStart(6)} orders/s   p50 ${median(samples.orders.map((s) => s.p50))} ms   p99 ${median(samples.orders.map((s) => s.p99))} ms`,
);
console.log(
  `  GET /account (baseline)        ${Math.round(accountRps).toString().padStart(6)} req/s      p50 ${median(samples.account.map((s) => s.p50))} ms   p99 ${median(samples.account.map((s) => s.p99))} ms`,
);
console.log(`  ratio orders / baseline        ${(ordersRps / accountRps).toFixed(2)}×`);
console.log(
  `  filled: ${filled} of ${orders.length} orders in the book (${placed} answered inside the timed windows)   target ≥ 1,000 filled orders/s: ${ordersRps >= 1000 && allFilled ? 'met' : 'NOT met'}`,
);

const latency = await measureLatency({
  base,
  rate: Math.max(1, Math.round(ordersRps / 2)),
  seconds: QUICK ? 2 : 5,
});
console.log(
  `  fill latency at ${latency.offered} orders/s (half the maximum): p50 ${latency.p50?.toFixed(1)} ms, p99 ${latency.p99?.toFixed(1)} ms` +
    ` (${latency.received}/${latency.sent} executions received)   target p99 < 50 ms: ${latency.p99 < 50 && latency.received === latency.sent ? 'met' : 'NOT met'}`,
);
process.exit(0);
