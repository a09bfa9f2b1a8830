// Whether a recorded pid is still the process the manager started. A pid is reused once its
// process is gone, so `down` checks the start time and the command line before it signals
// anything: it never stops a process that is not its own.
import { existsSync, readFileSync } from 'node:fs';

const HAS_PROC = existsSync('/proc/self/stat');

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** The fields of /proc/<pid>/stat after the command name, which may hold spaces and parentheses. */
function statFields(pid: number): string[] | undefined {
  const stat = readProc(pid, 'stat');
  if (stat === undefined) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** Start time in clock ticks since boot (field 22 of stat), or null where /proc is absent. */
export function startTicks(pid: number): number | null {
  const value = statFields(pid)?.[19];
  return value === undefined ? null : Number(value);
}

/** The command line, its arguments joined by spaces (nginx rewrites its own into a title). */
export function commandLine(pid: number): string | undefined {
  const raw = readProc(pid, 'cmdline');
  return raw?.split('\0').join(' ').trim();
}

export type Liveness = 'ours' | 'gone' | 'other';

export interface Identity {
  startTicks: number | null;
  commandLine: string;
}

/**
 * `ours`: alive and the one started; `gone`: exited (a zombie counts: it runs nothing);
 * `other`: the pid now belongs to someone else, or to another user.
 */
export function liveness(pid: number, identity: Identity): Liveness {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'other' : 'gone';
  }
  if (!HAS_PROC) return 'ours';
  const fields = statFields(pid);
  if (fields === undefined) return 'gone';
  if (fields[0] === 'Z') return 'gone';
  if (identity.startTicks !== null && Number(fields[19]) !== identity.startTicks) return 'other';
  return commandLine(pid)?.includes(identity.commandLine) === true ? 'ours' : 'other';
}
