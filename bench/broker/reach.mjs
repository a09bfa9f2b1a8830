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
const quoteAt = (t) => {
  const quote = tickQuote(simulator, btc, t);
  return { ask: ticksToPrice(btc, quote.ask), bid: ticksToPrice(btc, quote.bid) };
};

/**
 * The first move after `from` to a price not touched since now — a new low of the ask (a buy
 * limit there) or a new high of the bid (a sell limit) — held for three quarter-second steps (so
 * the feed, ticking every 250 ms on its own phase, sees it at least twice): the limits rest
 * untouched until the move, then fill on it.
 */
function reachablePrice(from) {
  const start = Date.now() - (Date.now() % STEP_MS);
  let lowestAsk = Infinity;
  let highestBid = -Infinity;
  const seen = (t) => {
    lowestAsk = Math.min(lowestAsk, quoteAt(t).ask);
    highestBid = Math.max(highestBid, quoteAt(t).bid);
  };
  for (let t = start; t < from; t += STEP_MS) seen(t);
  for (let t = from - (from % STEP_MS); t < from + 120_000; t += STEP_MS) {
    const steps = [t, t + STEP_MS, t + 2 * STEP_MS].map(quoteAt);
    const ask = Math.max(...steps.map((q) => q.ask));
    if (ask < lowestAsk) return { side: 1, price: ask, at: t };
    const bid = Math.min(...steps.map((q) => q.bid));
    if (bid > highestBid) return { side: -1, price: bid, at: t };
    seen(t);
  }
  throw new Error('the market sets no new high or low in the next two minutes: run again');
}

function open(url) {
  const socket = new WebSocket(url);
  return new Promise((resolve, reject) =>
    socket.once('open', () => resolve(socket)).once('error', reject),
  );
}

/**
 * `orders` limits over `accounts` accounts, all reached by one move — the server's first fills.
 * Latencies in ms.
 */
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
    feed.send(
      JSON.stringify({
        type: 'quotes.subscribe',
        payload: { symbols: ['BTCUSD'], fast_symbols: ['BTCUSD'] },
      }),
    );
    // Placing takes a while; the move must come after it.
    const target = reachablePrice(Date.now() + 4_000 + orders * 4);
    const arrived = [];
    let movedAt;
    broker.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === 'executions.update') arrived.push(performance.now());
    });
    feed.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type !== 'quotes.update' || movedAt !== undefined) return;
      const { ask, bid } = frame.payload.payload.v;
      if (target.side === 1 ? ask <= target.price : bid >= target.price)
        movedAt = performance.now();
    });
    await inParallel(
      Array.from({ length: orders }, (_, n) => async () => {
        const answer = await call(
          server.base,
          'POST',
          '/api/v1/broker/orders',
          { symbol: 'BTCUSD', type: 1, side: target.side, qty: 0.001, limitPrice: target.price },
          { 'x-account-id': ids[n % ids.length] },
        );
        if (answer.status !== 200) throw new Error(`place: ${JSON.stringify(answer.body)}`);
      }),
    );
    const early = arrived.length;
    const deadline = Date.now() + Math.max(0, target.at - Date.now()) + 15_000;
    while (arrived.length < orders && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const latencies = movedAt === undefined ? [] : arrived.map((at) => at - movedAt);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(
      `  ${label}: ${arrived.length}/${orders} filled (${early} before the move: placed too late) — ` +
        `quote → executions.update p50 ${p50?.toFixed(1)} ms, p99 ${p99?.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
    );
    broker.close();
    feed.close();
    return { filled: arrived.length, early, p50, p99 };
  } finally {
    await server.stop();
  }
}

export const reachTarget = (result, orders) =>
  `target all filled, p99 < 100 ms: ${met(result.filled === orders && result.early === 0 && result.p99 < 100)}`;
