// Settings of bench/cluster from the environment (documented in bench/README.md). The defaults
// are sized so that a full run — 5 rounds of both parts (the fan-out ratio moves by ±0.15 between rounds), each setup on fresh processes — stays
// under about 8 minutes on this 2-core machine; BENCH_QUICK=1 is a ~1.5-minute smoke run that
// checks the harness end to end, not a result to quote.
const env = process.env;
const quick = env.BENCH_QUICK === '1';

const number = (name, fallback, { min = 0 } = {}) => {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min)
    throw new Error(`${name} must be a number ≥ ${min}`);
  return parsed;
};

const list = (name, fallback) => {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
};

/** The crypto instruments (packages/market catalogue): they trade 24x7, so a run never meets a closed market. */
export const CRYPTO = ['BTCUSD', 'ETHUSD', 'SOLUSD', 'XRPUSD', 'DOGEUSD'];
export const PARTS = ['fill', 'fanout'];
export const SETUPS = ['cluster', 'single'];
/** Diagnostic variants (BENCH_CLUSTER_SETUPS): without nginx; one process on the Redis bus. */
export const VARIANTS = ['cluster-direct', 'single-redis'];

export function loadConfig() {
  const parts = list('BENCH_CLUSTER_PARTS', PARTS);
  for (const part of parts)
    if (!PARTS.includes(part)) throw new Error(`BENCH_CLUSTER_PARTS: unknown part "${part}"`);
  const setups = list('BENCH_CLUSTER_SETUPS', SETUPS);
  for (const setup of setups)
    if (![...SETUPS, ...VARIANTS].includes(setup))
      throw new Error(`BENCH_CLUSTER_SETUPS: unknown setup "${setup}"`);
  const symbols = list('BENCH_FILL_SYMBOLS', CRYPTO);
  const fanoutSymbols = list('BENCH_FANOUT_SYMBOLS', CRYPTO);
  return {
    quick,
    parts,
    // Interleaved in this order within every round (A B, A B, …).
    setups,
    rounds: number('BENCH_ROUNDS', quick ? 1 : 5, { min: 1 }),
    // Servers on this core, the bench and its load generator on the other (0 = no pinning).
    pin: env.BENCH_PIN !== '0',
    serverCore: 0,
    benchCore: 1,
    // Log level of every server process: the same for both setups.
    logLevel: env.BENCH_LOG_LEVEL ?? 'warn',
    database: {
      // A fresh database per measurement on this server (created, then dropped).
      server: env.BENCH_PG_SERVER ?? 'postgres://127.0.0.1:5432',
      prefix: 'trading_bench',
    },
    redis: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    fill: {
      rate: number('BENCH_FILL_RATE', 200, { min: 1 }),
      warmupS: number('BENCH_FILL_WARMUP_S', quick ? 2 : 3),
      windowS: number('BENCH_FILL_WINDOW_S', quick ? 6 : 15, { min: 1 }),
      // After the window: how long orders that a quote crossed may still take to fill.
      drainS: number('BENCH_FILL_DRAIN_S', 3, { min: 1 }),
      symbols,
      accounts: number('BENCH_FILL_ACCOUNTS', 10, { min: 1 }),
      // Limits this many ticks inside the touch: not marketable when placed, reached by the
      // first quote that moves that far.
      ticks: number('BENCH_FILL_TICKS', 1, { min: 1 }),
      targetP99Ms: 50,
    },
    fanout: {
      clients: number('BENCH_FANOUT_CLIENTS', quick ? 400 : 1000, { min: 1 }),
      // Each client subscribes once to `quotes` with these symbols, all fast (4 quotes/s each).
      symbols: fanoutSymbols,
      warmupS: number('BENCH_FANOUT_WARMUP_S', quick ? 2 : 3),
      windowS: number('BENCH_FANOUT_WINDOW_S', quick ? 4 : 8, { min: 1 }),
      targetRatio: 1.5,
    },
    // Before each measurement, wait (bounded) until both cores are this quiet.
    maxOtherPct: number('BENCH_MAX_OTHER_PCT', 15),
    quietWaitS: number('BENCH_QUIET_WAIT_S', quick ? 5 : 30),
  };
}
