// Per-core CPU time from /proc/stat, to see how much of the window other work on this shared
// machine took from the two pinned cores. A run is only as clean as its cores were.
import { readFileSync } from 'node:fs';

const TICK_US = 10_000; // USER_HZ is 100 on Linux: /proc/stat counts 10 ms ticks.

/** Per core: time in user+nice+system and in softirq, in µs, since boot. */
export function readCores() {
  const cores = {};
  for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
    const match = /^cpu(\d+)\s+(.*)$/.exec(line);
    if (match === null) continue;
    const [user, nice, system, , , , softirq] = match[2].split(/\s+/).map(Number);
    cores[match[1]] = { taskUs: (user + nice + system) * TICK_US, softirqUs: softirq * TICK_US };
  }
  return cores;
}

/**
 * Share of the window (%) that `core` spent on processes other than the one pinned there, whose
 * own CPU time over the window was `ownUs`. Interrupt time is left out: with IRQ time accounting
 * it is not charged to any process, and on loopback most of it is the benchmark's own traffic.
 */
export function otherLoadPct(before, after, core, ownUs, wallS) {
  const taskUs = after[core].taskUs - before[core].taskUs;
  return Math.max(0, (taskUs - ownUs) / 1e4 / wallS);
}

/** Softirq share (%) of the window on `core`: mostly loopback TCP processing of the run. */
export function softirqPct(before, after, core, wallS) {
  return (after[core].softirqUs - before[core].softirqUs) / 1e4 / wallS;
}

/** Busy share (%) of each core over `ms`, everything included (nothing of ours runs then). */
export async function sampleBusyPct(ms) {
  const before = readCores();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = readCores();
  return Object.keys(after).map(
    (core) => (after[core].taskUs - before[core].taskUs) / 1e4 / (ms / 1000),
  );
}
