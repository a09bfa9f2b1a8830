import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { stopProcess } from './process-control.js';
import { commandLine, liveness, startTicks } from './process-identity.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** A Node process that prints `ready` once its signal handlers are in place. */
async function child(script: string): Promise<ChildProcess & { pid: number }> {
  const started = spawn(
    process.execPath,
    ['-e', `${script}; console.log('ready'); setInterval(() => {}, 1000)`],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(started);
  await new Promise<void>((resolve) => started.stdout.once('data', () => resolve()));
  return started as ChildProcess & { pid: number };
}

const identity = (pid: number, marker = 'setInterval') => ({
  startTicks: startTicks(pid),
  commandLine: marker,
});

describe('liveness', () => {
  it('knows this process by its start time and command line', () => {
    const own = {
      startTicks: startTicks(process.pid),
      commandLine: commandLine(process.pid) ?? '',
    };
    expect(liveness(process.pid, own)).toBe('ours');
    expect(liveness(process.pid, { ...own, commandLine: 'nginx: master process' })).toBe('other');
    if (own.startTicks !== null)
      expect(liveness(process.pid, { ...own, startTicks: own.startTicks + 1 })).toBe('other');
  });

  it('says gone once a process has exited', async () => {
    const started = await child('');
    const id = identity(started.pid);
    const exited = new Promise((resolve) => started.once('exit', resolve));
    started.kill('SIGKILL');
    await exited;
    expect(liveness(started.pid, id)).toBe('gone');
  });
});

describe('stopProcess', () => {
  it('stops a process with SIGTERM', async () => {
    const started = await child('');
    const outcome = await stopProcess(started.pid, identity(started.pid));
    expect(outcome).toMatchObject({ kind: 'stopped', signal: 'SIGTERM' });
  });

  it('kills a process that ignores SIGTERM once the grace period is over', async () => {
    const started = await child("process.on('SIGTERM', () => {})");
    const outcome = await stopProcess(started.pid, identity(started.pid), 300);
    expect(outcome).toMatchObject({ kind: 'stopped', signal: 'SIGKILL' });
    expect((outcome as { ms: number }).ms).toBeGreaterThanOrEqual(300);
  });

  it('leaves alone a pid whose command line is not the one started', async () => {
    const started = await child('');
    const outcome = await stopProcess(started.pid, identity(started.pid, 'backend/dist/server.js'));
    expect(outcome).toEqual({ kind: 'not-ours' });
    expect(started.exitCode).toBeNull();
    expect(started.signalCode).toBeNull();
  });

  it('says so when the process is already gone', async () => {
    const started = await child('');
    const id = identity(started.pid);
    const exited = new Promise((resolve) => started.once('exit', resolve));
    started.kill('SIGKILL');
    await exited;
    expect(await stopProcess(started.pid, id)).toEqual({ kind: 'not-running' });
  });
});
