// One move of the market that reaches many resting limits: the price is taken from the
// simulator's own future path (the same market the server runs), the limits placed just where
// it will go, and the latency measured from the quote that reaches them — as a client of the
// server's quote stream receives it — to each order's executions.update, as its account's
// client receives it. The same with a single order is the baseline of the run.
import {
  DEFAULT_MARKET_SEED,
  MarketSimulator,
  findInstrument,
  tickQuote,
  ticksToPrice,
} from '../../packages/market/dist/index.js';
import WebSocket from 'ws';
import { call, inParallel, met, percentile, startServer } from './support.mjs';
import { createAccounts } from './seed.mjs';

const STEP_MS = 250;
const btc = findInstrument('BTCUSD');
const simulator = new MarketSimulator(DEFAULT_MARKET_SEED);
const askAt = (t) => ticksToPrice(btc, tickQuote(simulator, btc, t).ask);

/**
 * A price the ask will reach in [from, to] and hold for three quarter-second steps (so the feed,
 * ticking every 250 ms on its own phase, sees it at least twice), below every ask until then.
 */
function reachablePrice(from, to) {
  let best;
  for (let t = from - (from % STEP_MS); t <= to; t += STEP_MS) {
    const plateau = Math.max(askAt(t), askAt(t + STEP_MS), askAt(t + 2 * STEP_MS));
    if (best === undefined || plateau < best.price) best = { price: plateau, at: t };
  }
  for (let t = Date.now() - (Date.now() % STEP_MS); t < best.at; t += STEP_MS) {
    if (askAt(t) <= best.price) return { price: best.price, at: t };
  }
  return best;
}

function open(url) {
  const socket = new WebSocket(url);
  return new Promise((resolve, reject) =>
    socket.once('open', () => resolve(socket)).once('error', reject),
  );
}

/** `orders` buy limits over `accounts` accounts, all reached by one move; latencies in ms. */
export async function measureReach({ orders, accounts, label }) {
  const server = await startServer();
  try {
    const first = (await (await fetch(`${server.base}/api/v1/broker/account`)).json()).id;
    const ids = [first, ...(await createAccounts(server.base, accounts - 1))];
    const ws = server.base.replace('http', 'ws');
    const broker = await open(`${ws}/api/v1/broker/ws`);
    const feed = await open(`${ws}/api/v1/datafeed/ws`);
    for (const accountId of ids) {
      broker.send(JSON.stringify({ type: 'executions.subscribe', payload: { accountId } }));
    }
    // Placing takes a while; the move must come after it.
    const lead = 4_000 + orders * 4;
    const target = reachablePrice(Date.now() + lead, Date.now() + lead + 15_000);
    const arrived = [];
    let quoteAt;
    broker.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === 'executions.update') arrived.push(performance.now());
    });
    feed.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type !== 'quotes.update' || quoteAt !== undefined) return;
      if (frame.payload.payload.v.ask <= target.price) quoteAt = performance.now();
    });
    feed.send(
      JSON.stringify({
        type: 'quotes.subscribe',
        payload: { symbols: ['BTCUSD'], fast_symbols: ['BTCUSD'] },
      }),
    );

    await inParallel(
      Array.from({ length: orders }, (_, n) => async () => {
        const answer = await call(
          server.base,
          'POST',
          '/api/v1/broker/orders',
          { symbol: 'BTCUSD', type: 1, side: 1, qty: 0.001, limitPrice: target.price },
          { 'x-account-id': ids[n % ids.length] },
        );
        if (answer.status !== 200) throw new Error(`place: ${JSON.stringify(answer.body)}`);
      }),
    );
    const early = arrived.length;
    const deadline = Date.now() + Math.max(0, target.at - Date.now()) + 15_000;
    while (arrived.length < orders && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    broker.close();
    feed.close();
    const latencies = quoteAt === undefined ? [] : arrived.map((at) => at - quoteAt);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(
      `  ${label}: ${arrived.length}/${orders} filled (${early} before the move: placed too late) — ` +
        `quote → executions.update p50 ${p50?.toFixed(1)} ms, p99 ${p99?.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
    );
    return { filled: arrived.length, early, p50, p99 };
  } finally {
    await server.stop();
  }
}

export const reachTarget = (result, orders) =>
  `target all filled, p99 < 100 ms: ${met(result.filled === orders && result.early === 0 && result.p99 < 100)}`;
