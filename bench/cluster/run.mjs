// bench/cluster: the cluster (one broker process, two datafeed processes, nginx, started by the
// product's cluster manager) against one process with both modules, in one run: quote → fill
// latency across processes, and WebSocket fan-out CPU per delivered message. Each measurement
// gets fresh processes and a fresh database; the setups are interleaved (cluster, single,
// cluster, single, …) over BENCH_ROUNDS rounds and the summary gives medians and ratios. Servers
// run on core 0, the bench and its load generator on core 1. Needs `make build`. See
// bench/README.md ("cluster/").
import { existsSync } from 'node:fs';
import os from 'node:os';
import { pin, root } from '../broker/support.mjs';
import { sampleBusyPct } from '../ws-fanout/cores.mjs';
import './cleanup.mjs';
import { startCluster } from './cluster-setup.mjs';
import { loadConfig } from './config.mjs';
import { measureFanout } from './fanout.mjs';
import { measureFill } from './fill.mjs';
import { fanoutLine, fillLine, renderSummary } from './report.mjs';
import { startSingle } from './single-setup.mjs';

for (const file of [
  'backend/dist/cluster/main.js',
  'backend/dist/server.js',
  'packages/market/dist/index.js',
]) {
  if (!existsSync(`${root}${file}`)) {
    console.error(`${file} is missing: run \`make build\` first.`);
    process.exit(1);
  }
}

const config = loadConfig();
const benchPinned = config.pin && pin(config.benchCore, process.pid);
const startedAt = Date.now();
const knobs = Object.entries(process.env)
  .filter(([name]) => name.startsWith('BENCH_') || name === 'NGINX_PATH')
  .map(([name, value]) => `${name}=${value} `)
  .join('');
const command = `${knobs}node bench/cluster/run.mjs`;

console.log(
  `bench/cluster — ${config.rounds} round(s) of ${config.parts.join(' + ')}, setups ${config.setups.join(' / ')} interleaved, ` +
    `fresh processes and database per measurement; ` +
    (config.pin
      ? `servers on core ${config.serverCore}, bench on core ${config.benchCore}${benchPinned ? '' : ' (pinning the bench failed)'}`
      : 'no pinning (BENCH_PIN=0)') +
    `; ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}${config.quick ? '; BENCH_QUICK: smoke run, not a result' : ''}`,
);

const start = {
  cluster: startCluster,
  single: startSingle,
  'cluster-direct': (c) => startCluster(c, { direct: true }),
  'single-redis': (c) => startSingle(c, { redis: true }),
};
const measure = { fill: measureFill, fanout: measureFanout };
const describe = { fill: fillLine, fanout: fanoutLine };
const results = { fill: [], fanout: [] };
const failures = [];
/** Every server pid the bench saw, to check at the end that none is left. */
const seenPids = new Set();
let quietBudgetMs = config.quietWaitS * 1000;

/** Waits (bounded per measurement and over the run) until both cores are quiet. */
async function waitForQuiet() {
  const startedWait = performance.now();
  let busy = await sampleBusyPct(500);
  while (
    Math.max(...busy) > config.maxOtherPct &&
    performance.now() - startedWait < Math.min(10_000, quietBudgetMs)
  )
    busy = await sampleBusyPct(1_000);
  quietBudgetMs -= performance.now() - startedWait;
  return Math.max(...busy);
}

for (let round = 1; round <= config.rounds; round++) {
  for (const part of config.parts) {
    for (const kind of config.setups) {
      const label = `round ${round} ${kind.padEnd(14)}`;
      const busyPct = await waitForQuiet();
      let setup;
      try {
        setup = await start[kind](config);
        for (const p of setup.processes()) seenPids.add(p.pid);
        const result = await measure[part](setup, config, {
          log: (r) =>
            console.log(
              `  ${label} ${describe[part](r)}; started in ${setup.upS.toFixed(1)} s, cores ${Math.round(busyPct)}% busy before`,
            ),
        });
        results[part].push({ ...result, round });
      } catch (error) {
        failures.push(`${label} ${part}: ${error.message.split('\n')[0]}`);
        console.error(`  ${label} ${part} FAILED: ${error.stack ?? error.message}`);
        if (setup !== undefined)
          console.error(`    its logs: ${setup.logs} (BENCH_KEEP=1 keeps them)`);
      } finally {
        try {
          await setup?.stop();
        } catch (error) {
          failures.push(`${label} ${part}: stopping: ${error.message.split('\n')[0]}`);
          console.error(`  ${label} stopping FAILED: ${error.message}`);
        }
      }
    }
  }
}

const { text } = renderSummary({ ...results, config, command, failures });
console.log(text);
const left = [...seenPids].filter((pid) => existsSync(`/proc/${pid}`));
console.log(
  `left behind: ${left.length === 0 ? 'nothing (every server and nginx process the bench saw has exited)' : left.join(' ')}; ` +
    `${((Date.now() - startedAt) / 60_000).toFixed(1)} min`,
);
process.exitCode = failures.length > 0 || left.length > 0 ? 1 : 0;
