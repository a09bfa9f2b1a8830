// bench/datafeed: history computation time, and GET /bars throughput against the same server
// answering with a precomputed body. Server on core 0, load generator (autocannon, in this
// process) on core 1; the two endpoints are measured interleaved, A B A B. Needs `make build`.
import autocannon from 'autocannon';
import { fork, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureCompute } from './compute.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(`${root}backend/dist/app.js`)) {
  console.error('backend/dist is missing: run `make build` first.');
  process.exit(1);
}

const QUICK = process.env.BENCH_QUICK === '1';
const DURATION = Number(process.env.BENCH_SECONDS ?? (QUICK ? 2 : 6));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const CONNECTIONS = 32;
const PORT = 18_000 + Math.floor(Math.random() * 1000);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pin = (core, pid) => {
  try {
    execFileSync('taskset', ['-pc', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

// 300 one-minute bars of BTCUSD (trades around the clock) ending an hour ago.
const to = Math.floor(Date.now() / 60_000) * 60 - 3600;
const query = `symbol=BTCUSD&resolution=1&from_time=${to - 300 * 60}&to_time=${to}`;

console.log('bench/datafeed — history computation (median of 15 cold runs)');
for (const r of measureCompute({ runs: QUICK ? 5 : 15 })) {
  const verdict =
    r.target === undefined
      ? ''
      : r.produceMs < r.target
        ? `  target < ${r.target} ms: met`
        : `  target < ${r.target} ms: NOT met`;
  console.log(
    `  ${r.name.padEnd(36)} ${r.produceMs.toFixed(1).padStart(7)} ms   JSON encoding of the same bars ${r.encodeMs.toFixed(2)} ms (×${(r.produceMs / r.encodeMs).toFixed(1)})${verdict}`,
  );
}

const pinnedSelf = pin(1, process.pid);
const server = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), {
  env: { ...process.env, PORT: String(PORT), BARS_QUERY: query },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
await new Promise((resolve, reject) => {
  server.once('message', resolve);
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const pinnedServer = pin(0, server.pid);

async function load(path) {
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}${path}`,
    connections: CONNECTIONS,
    duration: DURATION,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const endpoints = {
  'GET /bars (computed)': `/api/v1/datafeed/bars?${query}`,
  'precomputed body (baseline)': '/api/v1/precomputed/bars',
};
for (const path of Object.values(endpoints)) await load(path); // warm-up round
const samples = Object.fromEntries(Object.keys(endpoints).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, path] of Object.entries(endpoints)) samples[name].push(await load(path));
}

console.log(
  `\nGET /bars throughput, 300 1-minute bars, ${CONNECTIONS} connections, ${ROUNDS}×${DURATION} s each, interleaved` +
    ` (server core 0: ${pinnedServer ? 'pinned' : 'not pinned'}, load generator core 1: ${pinnedSelf ? 'pinned' : 'not pinned'})`,
);
const summary = {};
for (const [name, runs] of Object.entries(samples)) {
  summary[name] = {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
  };
  const s = summary[name];
  console.log(
    `  ${name.padEnd(30)} ${Math.round(s.rps).toString().padStart(7)} req/s   p50 ${s.p50} ms   p99 ${s.p99} ms`,
  );
}
const ratio = summary['GET /bars (computed)'].rps / summary['precomputed body (baseline)'].rps;
console.log(
  `  ratio computed / precomputed  ${ratio.toFixed(2)}×   target ≥ 0.5×: ${ratio >= 0.5 ? 'met' : 'NOT met'}`,
);
stop();
process.exit(0);
