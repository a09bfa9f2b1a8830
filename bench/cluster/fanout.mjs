// Part 2, WebSocket fan-out: C clients of one load-generator process subscribed to `quotes`
// through the setup's public address — nginx, which spreads connections round robin over the two
// datafeed instances, or the single process itself. The figure is server CPU time per delivered
// message: user + sys of every server process (for the cluster: nginx's master and workers, both
// datafeed instances and the broker) over the window, ÷ the messages the clients received in it.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { spawnPinned } from '../ws-fanout/children.mjs';
import { otherLoadPct, readCores, softirqPct } from '../ws-fanout/cores.mjs';
import { sleep } from './http.mjs';
import { cpuBetween, processRssMb, sampleCpu } from './proc.mjs';

const LOADGEN = fileURLToPath(new URL('./fanout-loadgen.mjs', import.meta.url));
/** Each fast symbol is quoted every 250 ms (datafeed.ws.ts, live-feed.ts). */
const QUOTES_PER_S = 4;

export async function measureFanout(setup, config, { log, hooks = {} }) {
  const { clients, symbols, warmupS, windowS } = config.fanout;
  const core = config.pin ? config.benchCore : `0-${os.cpus().length - 1}`;
  const loadgen = spawnPinned(core, LOADGEN, [setup.fanoutUrl, String(clients), symbols.join(',')]);
  try {
    const subscribed = await loadgen.waitFor('subscribed', 120_000);
    if (subscribed.error !== undefined)
      throw new Error(
        `${subscribed.count}/${clients} clients subscribed, then: ${subscribed.error}`,
      );
    await sleep(warmupS * 1000);

    const processes = setup.processes();
    const g0 = await loadgen.request('startWindow');
    const cpu0 = sampleCpu(processes);
    const cores0 = readCores();
    // Profiling (profile.mjs) runs over the window only.
    const windowStarted = hooks.windowStart?.();
    await sleep(windowS * 1000);
    const cpu1 = sampleCpu(processes);
    const cores1 = readCores();
    await windowStarted;
    await hooks.windowEnd?.();
    const window = await loadgen.request('endWindow');
    const rssMb = processes.reduce((sum, p) => sum + processRssMb(p.pid), 0);

    const cpu = cpuBetween(cpu0, cpu1);
    const g1 = window.end;
    const loadgenWallS = (g1.atMs - g0.atMs) / 1000;
    const deliveredPerS = (g1.received - g0.received) / loadgenWallS;
    const expectedPerS = clients * symbols.length * QUOTES_PER_S;
    // Server CPU over its window ÷ what was delivered over the same length of time.
    const delivered = deliveredPerS * cpu.wallS;
    const result = {
      kind: setup.kind,
      clients,
      connectS: subscribed.connectMs / 1000,
      deliveredPerS,
      expectedPerS,
      deliveredShare: deliveredPerS / expectedPerS,
      usPerMsg: cpu.totalUs / delivered,
      sysUsPerMsg: cpu.sysUs / delivered,
      perProcessUsPerMsg: Object.fromEntries(
        Object.entries(cpu.perProcess).map(([name, us]) => [name, us / delivered]),
      ),
      // The kernel's share of each process's time (socket writes and reads, loopback TCP).
      perProcessSysShare: Object.fromEntries(
        Object.entries(cpu.perProcess).map(([name, us]) => [
          name,
          us > 0 ? cpu.perProcessSys[name] / us : NaN,
        ]),
      ),
      serverCpuPct: cpu.totalUs / 1e4 / cpu.wallS,
      loadgenCpuPct: (g1.cpuUs - g0.cpuUs) / 1e4 / loadgenWallS,
      perClient: window.perClient,
      expectedPerClient: symbols.length * QUOTES_PER_S * loadgenWallS,
      reordered: window.reordered,
      misrouted: window.misrouted,
      closed: window.closed,
      errors: window.errors,
      exited: cpu.missing,
      serverRssMb: rssMb,
      otherOnServerCorePct: config.pin
        ? otherLoadPct(cores0, cores1, config.serverCore, cpu.totalUs, cpu.wallS)
        : NaN,
      otherOnBenchCorePct: config.pin
        ? otherLoadPct(cores0, cores1, config.benchCore, g1.cpuUs - g0.cpuUs, loadgenWallS)
        : NaN,
      serverCoreSoftirqPct: config.pin
        ? softirqPct(cores0, cores1, config.serverCore, cpu.wallS)
        : NaN,
    };
    log(result);
    return result;
  } finally {
    await loadgen.stop();
  }
}
