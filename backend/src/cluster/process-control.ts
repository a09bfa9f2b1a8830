// Starting processes that outlive the manager, and stopping them: SIGTERM, a wait, SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { liveness, type Identity } from './process-identity.js';

export interface DetachedStart {
  command: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** stdout and stderr are appended here, after a line saying who starts. */
  log: string;
  /** The first line written to the log, to find where this run begins. */
  banner: string;
}

/**
 * A process in its own session (so Ctrl-C in the manager's terminal does not reach it) whose
 * output goes to its log file, not to the manager: it keeps running when the manager exits.
 */
export function startDetached(start: DetachedStart): ChildProcess {
  mkdirSync(dirname(start.log), { recursive: true });
  const fd = openSync(start.log, 'a');
  try {
    writeSync(fd, `${start.banner}\n`);
    const child = spawn(start.command, start.args, {
      cwd: start.cwd,
      env: start.env,
      detached: true,
      stdio: ['ignore', fd, fd],
    });
    // A failed spawn is seen by its missing pid; without a listener its 'error' event would
    // end the manager before it can stop what it already started.
    child.on('error', () => undefined);
    child.unref();
    return child;
  } finally {
    // The child holds its own copy of the descriptor.
    closeSync(fd);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until the process is gone or the deadline passes; true when it is gone. */
export async function waitGone(
  pid: number,
  identity: Identity,
  timeoutMs: number,
  pollMs = 100,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (liveness(pid, identity) !== 'ours') return true;
    if (Date.now() >= deadline) return false;
    await sleep(pollMs);
  }
}

export type StopOutcome =
  | { kind: 'stopped'; signal: 'SIGTERM' | 'SIGKILL'; ms: number }
  | { kind: 'not-running' }
  | { kind: 'not-ours' }
  | { kind: 'still-running' };

/** The server's own grace period is 10 s (README: a second signal or 10 s forces the exit). */
export const STOP_GRACE_MS = 10_000;
const KILL_WAIT_MS = 5_000;

export async function stopProcess(
  pid: number,
  identity: Identity,
  graceMs = STOP_GRACE_MS,
): Promise<StopOutcome> {
  const state = liveness(pid, identity);
  if (state === 'gone') return { kind: 'not-running' };
  if (state === 'other') return { kind: 'not-ours' };
  const started = Date.now();
  if (!signal(pid, 'SIGTERM')) return { kind: 'not-running' };
  if (await waitGone(pid, identity, graceMs))
    return { kind: 'stopped', signal: 'SIGTERM', ms: Date.now() - started };
  // Checked again: in the meantime the pid may have been freed and given to another process.
  if (liveness(pid, identity) !== 'ours' || !signal(pid, 'SIGKILL'))
    return { kind: 'stopped', signal: 'SIGTERM', ms: Date.now() - started };
  if (await waitGone(pid, identity, KILL_WAIT_MS))
    return { kind: 'stopped', signal: 'SIGKILL', ms: Date.now() - started };
  return { kind: 'still-running' };
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}
