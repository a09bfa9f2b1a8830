// CPU time of server processes the bench did not start itself (the cluster manager's instances,
// nginx's master and workers), read from /proc/<pid>/stat: utime + stime, every thread of the
// process included, in clock ticks of 10 ms (USER_HZ = 100).
import { readFileSync, readdirSync } from 'node:fs';

const TICK_US = 10_000;

/** The fields after the command name (which may hold spaces and parentheses). */
function statFields(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // gone
  }
}

/** user and sys CPU time of `pid` in µs, or undefined when it has exited. */
export function processCpu(pid) {
  const fields = statFields(pid);
  if (fields === undefined) return undefined;
  // stat(5): utime is field 14, stime 15; `fields` starts at field 3 (state).
  return { userUs: Number(fields[11]) * TICK_US, sysUs: Number(fields[12]) * TICK_US };
}

/** Pids whose parent is `pid` (nginx's workers are its master's children). */
export function childrenOf(pid) {
  const children = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (fields !== undefined && Number(fields[1]) === pid) children.push(Number(entry));
  }
  return children;
}

/** Resident memory of `pid` in MiB (VmRSS), or NaN. */
export function processRssMb(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? NaN : Number(match[1]) / 1024;
  } catch {
    return NaN;
  }
}

/**
 * A snapshot of named processes' CPU: `{ name: { userUs, sysUs } }`. A process that has
 * exited is absent, which `cpuBetween` reports rather than hiding.
 */
export function sampleCpu(processes) {
  const sample = { atMs: performance.now(), byName: {} };
  for (const { name, pid } of processes) {
    const cpu = processCpu(pid);
    if (cpu !== undefined) sample.byName[name] = cpu;
  }
  return sample;
}

/** CPU used between two samples, per process and in total (µs), and the wall time (s). */
export function cpuBetween(before, after) {
  const perProcess = {};
  const perProcessSys = {};
  let totalUs = 0;
  let sysUs = 0;
  const missing = [];
  for (const name of Object.keys(before.byName)) {
    const a = before.byName[name];
    const b = after.byName[name];
    if (b === undefined) {
      missing.push(name);
      continue;
    }
    const user = b.userUs - a.userUs;
    const sys = b.sysUs - a.sysUs;
    perProcess[name] = user + sys;
    perProcessSys[name] = sys;
    totalUs += user + sys;
    sysUs += sys;
  }
  return {
    perProcess,
    perProcessSys,
    totalUs,
    sysUs,
    missing,
    wallS: (after.atMs - before.atMs) / 1000,
  };
}
