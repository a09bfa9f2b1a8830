// GET /broker/snapshot of a busy account — 1,000 orders (its open positions' fills, the rest
// working), a position in every instrument whose market is open — against GET /account on the
// same server, interleaved; one client at a time, then four at once.
import autocannon from 'autocannon';
import { INSTRUMENTS } from '../../packages/market/dist/index.js';
import { QUICK, call, inParallel, median, met, startServer } from './support.mjs';
import { restingOrders } from './seed.mjs';

const DURATION = QUICK ? 2 : 5;

async function latency(base, path, headers, connections) {
  const result = await autocannon({
    url: base,
    connections,
    duration: DURATION,
    requests: [{ method: 'GET', path, headers }],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx`);
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

export async function measureSnapshot() {
  const server = await startServer();
  try {
    const account = (await (await fetch(`${server.base}/api/v1/broker/account`)).json()).id;
    const headers = { 'x-account-id': account };
    // A position in every instrument whose market is open now (the rest would only work).
    await inParallel(
      INSTRUMENTS.map((i) => async () => {
        await call(
          server.base,
          'POST',
          '/api/v1/broker/orders',
          { symbol: i.ticker, type: 2, side: 1, qty: i.qty.min },
          headers,
        );
      }),
      4,
    );
    await restingOrders(server.base, [account], 1_000 - INSTRUMENTS.length);
    const snapshot = (await call(server.base, 'GET', '/api/v1/broker/snapshot', undefined, headers))
      .body;
    // One client at a time (a terminal re-reading), then four at once (requests queue).
    const samples = { snapshot: [], account: [], busy: [] };
    for (let round = 0; round < (QUICK ? 1 : 3); round++) {
      samples.snapshot.push(await latency(server.base, '/api/v1/broker/snapshot', headers, 1));
      samples.account.push(await latency(server.base, '/api/v1/broker/account', headers, 1));
      samples.busy.push(await latency(server.base, '/api/v1/broker/snapshot', headers, 4));
    }
    const p99 = median(samples.snapshot.map((s) => s.p99));
    console.log(
      `  GET /snapshot, ${snapshot.orders.length} orders and ${snapshot.positions.length} positions ` +
        `(one per instrument in session; the catalogue lists ${INSTRUMENTS.length}), one client: ` +
        `p50 ${median(samples.snapshot.map((s) => s.p50))} ms, p99 ${p99} ms   ` +
        `GET /account p99 ${median(samples.account.map((s) => s.p99))} ms   target p99 < 20 ms: ${met(p99 < 20)}`,
    );
    console.log(
      `  the same with four clients at once: p50 ${median(samples.busy.map((s) => s.p50))} ms, ` +
        `p99 ${median(samples.busy.map((s) => s.p99))} ms, ${Math.round(median(samples.busy.map((s) => s.rps)))} snapshots/s`,
    );
    return { p99 };
  } finally {
    await server.stop();
  }
}
