// Wall time of the offline spec export (`node backend/dist/scripts/export-specs.js`), against
// the floor any Node command pays: starting Node itself. Runs are interleaved (A B A B) so
// background load hits both alike; medians and the ratio are reported. Needs `make build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const exporter = 'backend/dist/scripts/export-specs.js';
if (!existsSync(`${root}${exporter}`)) {
  console.error(`${exporter} is missing: run \`make build\` first.`);
  process.exit(1);
}

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const time = (args) => {
  const start = performance.now();
  execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  return performance.now() - start;
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const baseline = [];
const exportRuns = [];
time([exporter, '--check']); // warm the file cache once, unmeasured
for (let i = 0; i < RUNS; i++) {
  baseline.push(time(['-e', '0']));
  exportRuns.push(time([exporter, '--check']));
}

const exportMedian = median(exportRuns);
const baselineMedian = median(baseline);
console.log(`spec export (${RUNS} runs, interleaved with the baseline)`);
console.log(`  node start-up (baseline)   median ${baselineMedian.toFixed(0)} ms`);
console.log(
  `  full spec export           median ${exportMedian.toFixed(0)} ms, max ${Math.max(...exportRuns).toFixed(0)} ms`,
);
console.log(`  ratio export / baseline    ${(exportMedian / baselineMedian).toFixed(1)}x`);
console.log(`  target < 1000 ms wall: ${exportMedian < 1000 ? 'met' : 'NOT met'}`);
