// Child processes pinned to one core, spoken to over IPC. Every child is tracked so that it is
// killed when the orchestrator ends, whether it finishes, throws or is interrupted.
import { spawn } from 'node:child_process';

const live = new Set();

function killAll() {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/**
 * Starts `node script ...args` under `taskset -c core`. taskset execs node in place, so the
 * child's pid is node's pid and the IPC channel (an inherited fd) reaches node directly.
 */
export function spawnPinned(core, script, args, nodeArgs = []) {
  const child = spawn(
    'taskset',
    ['-c', String(core), process.execPath, ...nodeArgs, script, ...args],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  live.add(child);
  const waiting = new Map();
  let nextId = 1;
  let exited = false;
  const pushed = [];
  const pushWaiters = [];

  child.on('message', (message) => {
    const pending = waiting.get(message.id);
    if (pending !== undefined) {
      waiting.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(`${script}: ${message.error}`));
      else pending.resolve(message);
      return;
    }
    // Unrequested messages (e.g. "ready") wait for whoever asks for their type.
    const index = pushWaiters.findIndex((w) => w.type === message.type);
    if (index >= 0) {
      const [waiter] = pushWaiters.splice(index, 1);
      clearTimeout(waiter.timer);
      waiter.resolve(message);
    } else pushed.push(message);
  });
  child.on('exit', (code, signal) => {
    exited = true;
    live.delete(child);
    const error = new Error(`${script} exited (code ${code}, signal ${signal})`);
    for (const pending of waiting.values()) pending.reject(error);
    for (const waiter of pushWaiters) waiter.reject(error);
    waiting.clear();
    pushWaiters.length = 0;
  });

  const deadline = (reject, what, timeoutMs) =>
    setTimeout(
      () => reject(new Error(`${script}: no answer to ${what} in ${timeoutMs} ms`)),
      timeoutMs,
    );

  return {
    pid: child.pid,
    /** Sends a command and resolves with the child's answer to it. */
    request(cmd, payload = {}, timeoutMs = 30_000) {
      if (exited) return Promise.reject(new Error(`${script} has exited`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, timer: deadline(reject, cmd, timeoutMs) });
        child.send({ id, cmd, ...payload });
      });
    },
    /** Resolves with the next message of `type` the child sends on its own. */
    waitFor(type, timeoutMs = 30_000) {
      const index = pushed.findIndex((m) => m.type === type);
      if (index >= 0) return Promise.resolve(pushed.splice(index, 1)[0]);
      if (exited) return Promise.reject(new Error(`${script} has exited`));
      return new Promise((resolve, reject) => {
        pushWaiters.push({ type, resolve, reject, timer: deadline(reject, type, timeoutMs) });
      });
    },
    /** Asks the child to exit cleanly, then kills it if it has not within `graceMs`. */
    async stop(graceMs = 3_000) {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.send({ id: 0, cmd: 'exit' });
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await gone;
      clearTimeout(timer);
    },
  };
}
