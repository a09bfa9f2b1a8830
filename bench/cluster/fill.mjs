// Part 1, quote to fill: non-marketable limit orders at a fixed rate (open loop: each is sent at
// its time whether or not earlier ones were answered), spread over a few crypto symbols and
// accounts; the bench reads the same quotes the broker reads (the datafeed instance the broker's
// health names — in the cluster each instance ticks on its own timer, so another instance's
// quotes would be up to 250 ms off) and the broker's orders and executions streams as a client
// of the setup does (through the gateway in the cluster). See fill-tracker.mjs for the rules.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { findInstrument } from '../../packages/market/dist/index.js';
import { inParallel } from '../broker/support.mjs';
import { readCores, otherLoadPct } from '../ws-fanout/cores.mjs';
import { tapBrokerEvents } from './bus-tap.mjs';
import { FillTracker } from './fill-tracker.mjs';
import { openSocket, request, sleep, subscribeAll } from './http.mjs';
import { cpuBetween, sampleCpu } from './proc.mjs';

/** In flight at most: beyond this the server is not keeping up and the run says so. */
const MAX_IN_FLIGHT = 2_000;

const onTick = (price, tick, decimals) =>
  Number((Math.round(price / tick) * tick).toFixed(decimals));

function instrumentOf(symbol) {
  const instrument = findInstrument(symbol);
  if (instrument === undefined) throw new Error(`unknown instrument ${symbol}`);
  const tick = instrument.minmov / instrument.pricescale;
  return { tick, decimals: Math.ceil(Math.log10(instrument.pricescale)), qty: instrument.qty.min };
}

async function createAccounts(base, count) {
  const ids = [];
  await inParallel(
    Array.from({ length: count }, (_, i) => async () => {
      const answer = await request(base, 'POST', '/api/v1/broker/accounts', {
        name: `Bench cluster ${i}`,
        deposit: 1_000_000,
      });
      if (answer.status !== 201)
        throw new Error(`create account: ${answer.status} ${JSON.stringify(answer.body)}`);
      ids.push(answer.body.id);
    }),
    8,
  );
  return ids;
}

export async function measureFill(setup, config, { log, hooks = {} }) {
  const { rate, warmupS, windowS, drainS, symbols, accounts: accountCount, ticks } = config.fill;
  const instruments = new Map(symbols.map((s) => [s, instrumentOf(s)]));
  const tracker = new FillTracker();
  const accounts = await createAccounts(setup.clientBase, accountCount);

  const feedBase = await setup.brokerDatafeed();
  if (feedBase === undefined) throw new Error('the broker reads no datafeed');
  let feed;
  let broker;
  let tap;
  try {
    feed = await openSocket(`${feedBase.replace(/^http/, 'ws')}/api/v1/datafeed/ws`);
    broker = await openSocket(`${setup.clientBase.replace(/^http/, 'ws')}/api/v1/broker/ws`);
    // Wherever the broker's events travel through Redis, the bench listens there too.
    if (setup.kind !== 'single')
      tap = await tapBrokerEvents(config.redis, (account, execution, at) =>
        tracker.onBusExecution(account, execution, at),
      );
    feed.on('message', (data) => {
      const at = performance.now();
      const frame = JSON.parse(data.toString());
      if (frame.type !== 'quotes.update' || frame.payload.payload.s !== 'ok') return;
      const { n, v } = frame.payload.payload;
      tracker.onQuote(n, v.bid, v.ask, at);
    });
    const accountOfTopic = new Map();
    broker.on('message', (data) => {
      const at = performance.now();
      const frame = JSON.parse(data.toString());
      if (frame.type !== 'orders.update' && frame.type !== 'executions.update') return;
      const { topic, seq, payload } = frame.payload;
      // An account's changes are numbered (docs/broker.md#change-sequence), frames of one change
      // sharing the number; every change here (a placement, a fill) changes an order, so a gap
      // in an account's orders stream is a change the bench never heard of.
      if (frame.type === 'orders.update') tracker.checkSeq(topic, seq);
      const account =
        accountOfTopic.get(topic) ?? JSON.parse(topic.slice(topic.indexOf(':') + 1)).accountId;
      accountOfTopic.set(topic, account);
      if (frame.type === 'orders.update') tracker.onOrderUpdate(account, payload, at);
      else tracker.onExecution(account, payload, at);
    });
    // Exactly the broker's own subscription (quote-stream.ts): one topic per symbol, fast.
    await subscribeAll(
      feed,
      symbols.map((s) => ({
        type: 'quotes.subscribe',
        payload: { symbols: [s], fast_symbols: [s] },
      })),
    );
    await subscribeAll(
      broker,
      accounts.flatMap((accountId) => [
        { type: 'orders.subscribe', payload: { accountId } },
        { type: 'executions.subscribe', payload: { accountId } },
      ]),
    );
    for (let i = 0; i < 50 && symbols.some((s) => !tracker.latest.has(s)); i++) await sleep(100);
    if (symbols.some((s) => !tracker.latest.has(s))) throw new Error('no quote for every symbol');

    let inFlight = 0;
    let overload = 0;
    let sequence = 0;
    const place = (measured) => {
      const n = sequence++;
      const symbol = symbols[n % symbols.length];
      const round = Math.floor(n / symbols.length);
      const account = accounts[round % accounts.length];
      const side = round % 2 === 0 ? 1 : -1;
      const { tick, decimals, qty } = instruments.get(symbol);
      const { bid, ask } = tracker.latest.get(symbol);
      // Inside the touch by `ticks`: a buy below the ask, a sell above the bid.
      const limit = onTick(side === 1 ? ask - ticks * tick : bid + ticks * tick, tick, decimals);
      if (inFlight >= MAX_IN_FLIGHT) {
        overload++;
        return;
      }
      const record = tracker.sent({ symbol, side, limit, account, measured });
      inFlight++;
      request(
        setup.clientBase,
        'POST',
        '/api/v1/broker/orders',
        { symbol, type: 1, side, qty, limitPrice: limit },
        { 'x-account-id': account },
        30_000,
      )
        .then(({ status, body }) => tracker.answered(record, status, body))
        .catch((error) => tracker.answered(record, 0, { error: error.message }))
        .finally(() => inFlight--);
    };

    /** Places at `rate` for `seconds`, each order at its scheduled time. */
    const placeFor = async (seconds, measured) => {
      const total = Math.round(rate * seconds);
      const started = performance.now();
      for (let i = 0; i < total; i++) {
        const wait = started + (i * 1000) / rate - performance.now();
        if (wait > 1) await sleep(wait);
        place(measured);
      }
      return (performance.now() - started) / 1000;
    };

    await placeFor(warmupS, false);
    const processes = setup.processes();
    const cpu0 = sampleCpu(processes);
    const cores0 = readCores();
    const bus0 = tap?.counts();
    const placedBefore = sequence;
    // Profiling (profile.mjs) starts here and stops at the window's end.
    const windowStarted = hooks.windowStart?.();
    const windowWallS = await placeFor(windowS, true);
    const placedInWindow = sequence - placedBefore;
    const cpu = cpuBetween(cpu0, sampleCpu(processes));
    const cores1 = readCores();
    const bus1 = tap?.counts();
    await windowStarted;
    await hooks.windowEnd?.();

    // Drain: no more orders; those already crossed get a bounded time to fill (at least a
    // second, so that the last orders of the window meet a few more quotes).
    const drainStart = performance.now();
    const drainEnd = drainStart + drainS * 1000;
    while (
      performance.now() < drainEnd &&
      (performance.now() - drainStart < 1_000 || inFlight > 0 || tracker.awaitingFill() > 0)
    )
      await sleep(50);
    // From here on, quotes no longer count: what has not crossed is "not reached".
    tracker.close();
    const feedAfter = await setup.brokerDatafeed();

    // Leftovers are cancelled, so that the books stop moving and the server's account of every
    // order can be compared with what the streams told the bench. A cancel may lose the race
    // with a fill (409): the fill then arrives like any other.
    const leftovers = tracker.working();
    await inParallel(
      leftovers.map((order) => async () => {
        const answer = await request(
          setup.clientBase,
          'DELETE',
          `/api/v1/broker/orders/${order.orderId}`,
          undefined,
          { 'x-account-id': order.account },
        );
        if (answer.status !== 200 && answer.status !== 204 && answer.status !== 409)
          throw new Error(`cancel: ${answer.status} ${JSON.stringify(answer.body)}`);
      }),
      16,
    );
    // Bounded wait for the last frames: every answered order should end Filled or Canceled.
    for (let i = 0; i < 60 && tracker.unsettled() > 0; i++) await sleep(50);

    const serverStatus = new Map();
    for (const account of accounts) {
      const answer = await request(setup.clientBase, 'GET', '/api/v1/broker/orders', undefined, {
        'x-account-id': account,
      });
      if (answer.status !== 200) throw new Error(`GET /orders: ${answer.status}`);
      for (const order of answer.body) serverStatus.set(`${account} ${order.id}`, order.status);
    }
    // Lost on the way: the server and the streams disagree about an order.
    let missingOnServer = 0;
    let fillNotStreamed = 0;
    let streamedNotFilled = 0;
    let statusDiffers = 0;
    for (const order of tracker.orders) {
      if (order.orderId === undefined) continue;
      const status = serverStatus.get(`${order.account} ${order.orderId}`);
      order.serverStatus = status;
      if (status === undefined) missingOnServer++;
      else if (status === 2 && order.executionAt === undefined) fillNotStreamed++;
      else if (status !== 2 && order.executionAt !== undefined) streamedNotFilled++;
      else if (status !== order.status) statusDiffers++;
    }
    const summary = tracker.summarize();
    if (tracker.history !== undefined) {
      const file = `${tmpdir()}/bench-cluster-fill-${setup.kind}-${Date.now()}.json`;
      writeFileSync(file, JSON.stringify({ orders: tracker.orders, quotes: tracker.history }));
      console.log(`  (debug: orders and quotes written to ${file})`);
    }
    const serverUs = cpu.totalUs;
    const result = {
      kind: setup.kind,
      ...summary,
      latencies: undefined,
      // Every quote-to-fill of the window (ms); Infinity for an order crossed and never filled.
      samples: summary.latencies,
      offeredPerS: rate,
      placedPerS: placedInWindow / windowWallS,
      overload,
      feed: feedBase,
      feedSwitched: feedAfter !== feedBase,
      missingOnServer,
      fillNotStreamed,
      streamedNotFilled,
      serverCpuPct: serverUs / 1e4 / cpu.wallS,
      serverSysPct: cpu.sysUs / 1e4 / cpu.wallS,
      cpuUsPerOrder: serverUs / placedInWindow,
      perProcessPct: Object.fromEntries(
        Object.entries(cpu.perProcess).map(([name, us]) => [name, us / 1e4 / cpu.wallS]),
      ),
      otherOnServerCorePct: config.pin
        ? otherLoadPct(cores0, cores1, config.serverCore, serverUs, cpu.wallS)
        : NaN,
      quotesSeen: tracker.quotes,
      lostParts: {
        noUpdate: summary.count.noUpdate,
        unanswered: summary.count.unanswered,
        seqGaps: summary.seqGaps,
        missingOnServer,
        fillNotStreamed,
        streamedNotFilled,
        statusDiffers,
      },
      leftovers: leftovers.length,
      // Cluster: broker events through Redis per order placed in the window, by route.
      busPerOrder:
        bus1 === undefined
          ? undefined
          : Object.fromEntries(
              Object.keys(bus1).map((k) => [k, (bus1[k] - (bus0[k] ?? 0)) / placedInWindow]),
            ),
      // Messages lost between the server and the bench, or orders the server does not know.
      lost:
        summary.count.noUpdate +
        summary.count.unanswered +
        summary.seqGaps +
        missingOnServer +
        fillNotStreamed +
        streamedNotFilled +
        statusDiffers,
    };
    log(result);
    return result;
  } finally {
    feed?.terminate();
    broker?.terminate();
    tap?.close();
  }
}
