// Resting orders cost nothing until the market reaches them: a server holding 1,000 accounts
// with 100 working orders each (on every instrument, out of reach) against the same server with
// none, both idle for the same windows — the extra CPU, the rows written per quote (the
// broker's own count, and PostgreSQL's where it runs) and the memory.
import { QUICK, median, met, postgresSchema, startServer } from './support.mjs';
import { createAccounts, restingOrders } from './seed.mjs';

const WINDOW_S = QUICK ? 3 : 10;
const ROUNDS = QUICK ? 1 : 3;
const STATS_DELAY_MS = 11_000;

const cpuMs = ({ user, system }) => (user + system) / 1000;

async function idleWindow(servers) {
  const before = await Promise.all(servers.map((s) => s.stats()));
  await new Promise((resolve) => setTimeout(resolve, WINDOW_S * 1000));
  const after = await Promise.all(servers.map((s) => s.stats()));
  return servers.map((_, i) => ({
    cpuPct: ((cpuMs(after[i].cpu) - cpuMs(before[i].cpu)) / (WINDOW_S * 1000)) * 100,
    quotes:
      (after[i].modules.broker?.quotesReceived ?? 0) -
      (before[i].modules.broker?.quotesReceived ?? 0),
    writes: (after[i].modules.broker?.writes ?? 0) - (before[i].modules.broker?.writes ?? 0),
    rss: after[i].rss,
  }));
}

export async function measureResting({ accounts, perAccount, label }) {
  const baseline = await startServer();
  const loaded = await startServer();
  try {
    const ids = await createAccounts(loaded.base, accounts - 1);
    const first = (await (await fetch(`${loaded.base}/api/v1/broker/account`)).json()).id;
    const seeded = await restingOrders(loaded.base, [first, ...ids], perAccount);
    const held = (await loaded.stats()).modules.broker;
    console.log(
      `  ${label}: ${held.workingOrders} working orders in ${held.accounts} accounts on ${held.watchedSymbols} symbols ` +
        `(placed over HTTP at ${Math.round(seeded.placed / seeded.seconds)}/s)`,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push(await idleWindow([baseline, loaded]));
    const base = median(rounds.map((r) => r[0].cpuPct));
    const busy = median(rounds.map((r) => r[1].cpuPct));
    const quotes = rounds.reduce((n, r) => n + r[1].quotes, 0);
    const writes = rounds.reduce((n, r) => n + r[1].writes, 0);
    const rss = (await loaded.stats(false, true)).rss / 2 ** 20;
    console.log(
      `  ${label}: idle server CPU ${busy.toFixed(2)} % of a core vs ${base.toFixed(2)} % with no orders ` +
        `(extra ${(busy - base).toFixed(2)} %; median of ${ROUNDS}×${WINDOW_S} s)   target extra < 5 %: ${met(busy - base < 5)}`,
    );
    console.log(
      `  ${label}: ${quotes} quotes reached the broker, ${writes} rows written (${(writes / Math.max(1, quotes)).toFixed(3)} per quote)   ` +
        `target 0 per quote: ${met(writes === 0 && quotes > 0)}`,
    );
    console.log(
      `  ${label}: RSS ${rss.toFixed(0)} MB with those orders   target < 300 MB: ${met(rss < 300)}`,
    );
    return { extraCpu: busy - base, writes, quotes, rss };
  } finally {
    await Promise.all([baseline.stop(), loaded.stop()]);
  }
}

/** The same on PostgreSQL, counted by PostgreSQL itself (rows inserted, updated, deleted). */
export async function measureRestingWritesOnPostgres({ accounts, perAccount }) {
  const schema = await postgresSchema();
  if (schema === undefined) return undefined;
  const server = await startServer({ databaseUrl: schema.url });
  try {
    const ids = await createAccounts(server.base, accounts - 1);
    const first = (await (await fetch(`${server.base}/api/v1/broker/account`)).json()).id;
    await restingOrders(server.base, [first, ...ids], perAccount);
    // A PostgreSQL backend reports its counts at most once a second, an idle one only after
    // 10 s (PGSTAT_IDLE_INTERVAL): wait them out before and after the window.
    await new Promise((resolve) => setTimeout(resolve, STATS_DELAY_MS));
    const before = { rows: await schema.rowWrites(), stats: await server.stats() };
    await new Promise((resolve) => setTimeout(resolve, WINDOW_S * 1000 + STATS_DELAY_MS));
    const rows = (await schema.rowWrites()) - before.rows;
    const quotes =
      (await server.stats()).modules.broker.quotesReceived -
      before.stats.modules.broker.quotesReceived;
    console.log(
      `  PostgreSQL, ${accounts} accounts × ${perAccount} orders: ${quotes} quotes, ${rows} rows written by PostgreSQL's own count   ` +
        `target 0: ${met(rows === 0 && quotes > 0)}`,
    );
    return { rows, quotes };
  } finally {
    await server.stop();
    await schema.drop();
  }
}
