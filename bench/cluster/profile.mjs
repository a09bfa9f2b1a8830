// Where the time goes, for diagnosis (not part of run.mjs): one measurement of a part on each
// named setup with every Node server CPU-profiled over the measured window (profile-preload.mjs,
// loaded through NODE_OPTIONS, which the cluster manager passes on to each instance; SIGWINCH
// starts and stops it) and, when `perf` is usable, every server process sampled by perf over the window
// (kernel and nginx included: what JavaScript profiles cannot see). Usage:
//   node bench/cluster/profile.mjs <fill|fanout> [cluster,single]
// Profiles stay in the printed temporary directory (Chrome DevTools / speedscope; perf report).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pin } from '../broker/support.mjs';
import { sleep } from './http.mjs';
import './cleanup.mjs';
import { startCluster } from './cluster-setup.mjs';
import { loadConfig } from './config.mjs';
import { measureFanout } from './fanout.mjs';
import { measureFill } from './fill.mjs';
import { onExit } from './cleanup.mjs';
import { summarizeProfile } from './profile-summary.mjs';
import { fanoutLine, fillLine } from './report.mjs';
import { startSingle } from './single-setup.mjs';

const part = process.argv[2];
const kinds = (process.argv[3] ?? 'cluster,single').split(',');
if (!['fill', 'fanout'].includes(part)) {
  console.error('usage: node bench/cluster/profile.mjs <fill|fanout> [cluster,single]');
  process.exit(2);
}
const config = loadConfig();
if (config.pin) pin(config.benchCore, process.pid);
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

function perfUsable() {
  try {
    execFileSync('perf', ['stat', '-e', 'task-clock', 'true'], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}
const withPerf = perfUsable();

/** perf over the window: which programs, libraries and kernel functions took the CPU. */
function perfReport(file) {
  const report = (args) =>
    execFileSync('perf', ['report', '-i', file, '--stdio', '--no-children', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 * 2 ** 20,
    })
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .slice(0, 25)
      .map((line) => `    ${line}`)
      .join('\n');
  return [
    '  perf, share of all samples by process and object (kernel = [kernel.kallsyms]):',
    report(['--sort', 'comm,dso', '-g', 'none']),
    '  perf, top symbols:',
    report(['--sort', 'comm,sym', '-g', 'none']),
  ].join('\n');
}

for (const kind of kinds) {
  const dir = mkdtempSync(join(tmpdir(), `trading-pro-bench-profile-${kind}-`));
  const preload = fileURLToPath(new URL('./profile-preload.mjs', import.meta.url));
  const extraEnv = {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${preload}`.trim(),
    BENCH_PROFILE_DIR: dir,
  };
  const setup = await (kind === 'cluster' ? startCluster : startSingle)(config, { extraEnv });
  const processes = setup.processes();
  const nodes = processes.filter((p) => !p.name.startsWith('nginx'));
  const signalNodes = () => nodes.forEach((p) => process.kill(p.pid, 'SIGWINCH'));
  let window;
  let perf;
  const perfFile = join(dir, 'perf.data');
  const hooks = {
    windowStart: () => {
      window = { fromUs: monotonicUs() };
      signalNodes();
      if (!withPerf) return;
      const pids = processes.map((p) => p.pid).join(',');
      perf = spawn('perf', ['record', '-F', '499', '-g', '-p', pids, '-o', perfFile], {
        stdio: 'ignore',
      });
      const unregister = onExit('perf', () => perf.kill('SIGKILL'));
      perf.once('exit', unregister);
    },
    windowEnd: async () => {
      window.toUs = monotonicUs();
      signalNodes();
      if (perf !== undefined) {
        const done = new Promise((resolve) => perf.once('exit', resolve));
        perf.kill('SIGINT');
        await done;
      }
      const written = (p) => existsSync(join(dir, `${p.pid}.cpuprofile`));
      for (let i = 0; i < 100 && !nodes.every(written); i++) await sleep(100);
    },
  };
  let result;
  try {
    result = await (part === 'fill' ? measureFill : measureFanout)(setup, config, {
      log: () => undefined,
      hooks,
    });
  } finally {
    await setup.stop();
  }
  console.log(`\n${kind} ${part} (profiled, so slower than in run.mjs):`);
  console.log(`  ${(part === 'fill' ? fillLine : fanoutLine)(result)}`);
  console.log(`  profiles in ${dir}`);
  for (const { name, pid } of nodes) {
    const file = join(dir, `${pid}.cpuprofile`);
    if (!existsSync(file)) {
      console.log(`  ${name}: no profile written`);
      continue;
    }
    console.log(`  ${name} (${file}):`);
    console.log(summarizeProfile(JSON.parse(readFileSync(file, 'utf8'))).text);
  }
  if (perf !== undefined) console.log(perfReport(perfFile));
}
