// Where a server spends its time at one load point: the measurement window of a normal run is
// CPU-profiled in the server process (inspector, same format as `node --cpu-prof`) and the top
// functions by self time are printed, for our gateway and the raw baseline side by side.
// Usage: node bench/ws-fanout/profile.mjs [load msg/s, default 20000] [servers, default ours,raw]
// The .cpuprofile files are kept in the OS temp directory, for Chrome DevTools or speedscope.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBenchConfig } from './config.mjs';
import { measurePoint } from './measure.mjs';

const TOP = 25;
const load = Number(process.argv[2] ?? 20000);
const kinds = (process.argv[3] ?? 'ours,raw').split(',');
const config = loadBenchConfig();

/** Where a function lives, in a few words: our code, a library, Node, or the engine. */
function area(url, name) {
  if (url.includes('/backend/dist/')) return 'gateway';
  if (url.includes('/bench/ws-fanout/')) return 'bench';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node';
  if (url === '') return name.startsWith('(') ? name : 'native';
  return 'other';
}

/** Ids of the profiler's own frames (the inspector session), left out of the summary. */
function profilerOwn(profile, byNode) {
  const own = new Set();
  const mark = (node) => {
    own.add(node.id);
    for (const child of node.children ?? []) mark(byNode.get(child));
  };
  for (const node of profile.nodes) if (node.callFrame.url === 'node:inspector') mark(node);
  return own;
}

function summarize(profile) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const own = profilerOwn(profile, byNode);
  const self = new Map();
  const areas = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byNode.get(id).callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    if (functionName === '(idle)' || own.has(id)) return;
    busy += dt;
    const name = functionName || '(anonymous)';
    const key = `${name} ${url.replace(/^.*\/(node_modules|backend|bench)\//, '$1/')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const where = area(url, name);
    areas.set(where, (areas.get(where) ?? 0) + dt);
  });
  const pct = (value) => `${((100 * value) / busy).toFixed(1).padStart(5)} %`;
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  return [
    `  busy (non-idle) main-thread time: ${(busy / 1e6).toFixed(2)} s of the window`,
    '  by area (self time):',
    ...[...areas].sort((a, b) => b[1] - a[1]).map(([where, t]) => `    ${pct(t)}  ${where}`),
    `  top ${TOP} functions by self time:`,
    ...top.map(([key, t]) => `    ${pct(t)}  ${key}`),
  ].join('\n');
}

for (const kind of kinds) {
  const profilePath = join(tmpdir(), `ws-fanout-${kind}-${load}-${Date.now()}.cpuprofile`);
  const run = await measurePoint(kind, load, config, { profilePath });
  console.log(
    `\n${kind} at ${load} msg/s (profiled, so slower than in run.mjs): ${run.usPerMsg.toFixed(1)} µs/msg, ` +
      `server CPU ${run.serverCpuPct}%, delivered ${run.deliveredShare.toFixed(3)}, p99 ${run.p99Ms.toFixed(1)} ms`,
  );
  console.log(`  profile: ${profilePath}`);
  console.log(summarize(JSON.parse(readFileSync(profilePath, 'utf8'))));
}
