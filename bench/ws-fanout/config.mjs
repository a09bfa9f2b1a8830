// Benchmark settings from the environment. Defaults are the (C=1000 clients, T=100
// topics, 2 repetitions) sized to finish in about 10 minutes; BENCH_QUICK=1 is a ~1-minute smoke
// run that checks the harness end to end, not a result to quote.
const env = process.env;
const quick = env.BENCH_QUICK === '1';

const number = (name, fallback) => {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a number ≥ 0`);
  return parsed;
};

const list = (name, fallback) => {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  return value.split(',').map((item) => item.trim());
};

export const SERVER_KINDS = ['ours', 'raw', 'socketio'];

export function loadBenchConfig() {
  const clients = number('BENCH_CLIENTS', 1000);
  const topics = number('BENCH_TOPICS', 100);
  if (clients < 1 || topics < 1) throw new Error('BENCH_CLIENTS and BENCH_TOPICS must be ≥ 1');
  if (clients % topics !== 0) throw new Error('BENCH_CLIENTS must be a multiple of BENCH_TOPICS');
  const servers = list('BENCH_SERVERS', SERVER_KINDS);
  for (const kind of servers) {
    if (!SERVER_KINDS.includes(kind)) throw new Error(`Unknown server "${kind}" in BENCH_SERVERS`);
  }
  return {
    quick,
    clients,
    topics,
    servers,
    // Offered load in delivered messages/s (publishes/s × subscribers per topic).
    loads: list(
      'BENCH_LOADS',
      quick ? [5000, 20000] : [5000, 10000, 20000, 30000, 40000, 60000],
    ).map(Number),
    reps: number('BENCH_REPS', quick ? 1 : 2),
    warmupS: number('BENCH_WARMUP_S', quick ? 1 : 2),
    windowS: number('BENCH_WINDOW_S', quick ? 2 : 5),
    // The producer wakes this often and publishes what is due; the same for every server.
    tickMs: number('BENCH_TICK_MS', 1),
    // After the producer stops, how long clients may take to receive the tail.
    drainS: number('BENCH_DRAIN_S', 5),
    idleClients: env.BENCH_IDLE === '0' ? 0 : number('BENCH_IDLE_CLIENTS', quick ? 2000 : 10000),
    idleServers: list('BENCH_IDLE_SERVERS', SERVER_KINDS),
    // Other work above this share of a core: wait for quiet before a point (at most
    // `quietWaitS` over the whole benchmark), repeat a point it disturbed (at most twice per
    // point and `retryBudget` times overall). See clean-run.mjs.
    maxOtherPct: number('BENCH_MAX_OTHER_PCT', 15),
    quietWaitS: number('BENCH_QUIET_WAIT_S', quick ? 10 : 60),
    retryBudget: number('BENCH_RETRY_BUDGET', quick ? 2 : 6),
    // "Delivered in full": at least this share of the offered rate, nothing lost, p99 below.
    fullShare: 0.99,
    fullP99Ms: 50,
  };
}
