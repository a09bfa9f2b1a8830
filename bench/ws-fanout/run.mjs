// WebSocket fan-out benchmark: our gateway against a raw `ws` broadcast server (the baseline) and
// Socket.IO (the peer), under the same offered loads, interleaved (A B C A B C) and repeated, with
// the server on core 0 and the load generator on core 1. See README.md; results go to
// RESULTS.md. Needs backend/dist (`make build`).
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { loadBenchConfig } from './config.mjs';
import { measureIdle } from './idle.mjs';
import { createCleanMeasurer } from './clean-run.mjs';
import { renderReport, renderRuns } from './report.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(`${root}backend/dist/shared/ws/ws-route.js`)) {
  console.error('backend/dist is missing or stale: run `make build` first.');
  process.exit(1);
}

const config = loadBenchConfig();
const startedAt = new Date();
const loadBefore = os.loadavg();
console.log(
  `ws-fanout: C=${config.clients} clients, T=${config.topics} topics, loads ${config.loads.join(', ')} msg/s, ` +
    `${config.reps} repetitions of ${config.servers.join(' / ')}, warm-up ${config.warmupS} s, window ${config.windowS} s` +
    (config.quick ? ' (BENCH_QUICK: smoke run, not a result)' : ''),
);

const measureClean = createCleanMeasurer(config);
const runs = [];
const failures = [];
for (const load of config.loads) {
  for (let rep = 1; rep <= config.reps; rep++) {
    for (const kind of config.servers) {
      try {
        const run = await measureClean(kind, load);
        runs.push(run);
        console.log(
          `  ${kind.padEnd(8)} ${String(load).padStart(6)} msg/s rep ${rep}: delivered ${run.deliveredShare.toFixed(3)}, ` +
            `p50 ${run.p50Ms.toFixed(2)} p99 ${run.p99Ms.toFixed(1)} ms, ${run.usPerMsg.toFixed(1)} µs/msg, ` +
            `CPU server ${run.serverCpuPct}% load-gen ${run.loadgenCpuPct}%, ` +
            `lost ${run.lost} reordered ${run.reordered} missing ${run.missingAfterDrain}, ` +
            `other load on cores ${run.otherOnServerCorePct.toFixed(0)}%/${run.otherOnLoadgenCorePct.toFixed(0)}%` +
            (run.attempts > 1 ? ` (best of ${run.attempts} attempts)` : ''),
        );
      } catch (error) {
        failures.push(`${kind} at ${load} msg/s rep ${rep}: ${error.message}`);
        console.error(`  ${kind} ${load} msg/s rep ${rep} FAILED: ${error.message}`);
      }
    }
  }
}

const idle = [];
if (config.idleClients > 0) {
  for (const kind of config.idleServers) {
    try {
      const result = await measureIdle(kind, config.idleClients, config.topics);
      idle.push(result);
      console.log(
        `  idle ${kind}: ${result.clients} connections, RSS ${result.afterMb.toFixed(0)} MB (${result.kbPerConnection.toFixed(1)} KB each)`,
      );
    } catch (error) {
      failures.push(`idle ${kind}: ${error.message}`);
      console.error(`  idle ${kind} FAILED: ${error.message}`);
    }
  }
}

const report = renderReport({ runs, idle, config });
console.log(`\n${report}`);
if (failures.length > 0) console.log(`\nFailed runs:\n${failures.map((f) => `- ${f}`).join('\n')}`);

const minutes = ((Date.now() - startedAt.getTime()) / 60_000).toFixed(1);
const knobs = Object.entries(process.env)
  .filter(([name]) => name.startsWith('BENCH_'))
  .map(([name, value]) => `${name}=${value} `)
  .join('');
const document = `# ws-fanout results

${startedAt.toISOString()} — \`${knobs}node bench/ws-fanout/run.mjs\` (${minutes} min)

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Linux ${os.release()}, Node ${process.version};
load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')} after (the cores are shared with other work). Server \`taskset -c 0\`, one
load-generator process \`taskset -c 1\` that parses every frame. C=${config.clients} clients over
T=${config.topics} topics (${config.clients / config.topics} subscribers per topic), producer tick ${config.tickMs} ms,
warm-up ${config.warmupS} s, window ${config.windowS} s, tail wait ${config.drainS} s. "In full": delivered/offered ≥
${config.fullShare}, nothing lost, reordered or closed, p99 < ${config.fullP99Ms} ms. "sat.": the load generator used
≥ 90 % of its core, so above that load delivery is bounded by the client side, not the server.

${report}
${failures.length > 0 ? `\n### Failed runs\n\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}
### Every run

${renderRuns(runs)}
`;
if (config.quick) console.log('\nBENCH_QUICK run: RESULTS.md left as it was.');
else {
  // Formatted as the repository's Prettier settings say, so `make lint` stays green after a run.
  const file = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(document, { ...options, filepath: file }));
  console.log('\nWritten to bench/ws-fanout/RESULTS.md');
}
process.exitCode = failures.length > 0 ? 1 : 0;
