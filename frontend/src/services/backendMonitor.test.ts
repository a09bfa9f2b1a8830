// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reachability } from '../types/connection';
import { createBackendMonitor } from './backendMonitor';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A monitor whose probe answers `healthy` (changeable), recording the modes it announces. */
function setup(initiallyHealthy: boolean) {
  let healthy = initiallyHealthy;
  const probe = vi.fn(async () => healthy);
  const changes: Reachability[] = [];
  const monitor = createBackendMonitor({
    probe,
    onChange: (mode) => changes.push(mode),
    offlineIntervalMs: 3_000,
    onlineIntervalMs: 15_000,
    confirmDelayMs: 1_000,
  });
  const setHealthy = (next: boolean) => (healthy = next);
  /** Lets pending probes settle and timers up to `ms` from now fire. */
  const wait = (ms = 0) => vi.advanceTimersByTimeAsync(ms);
  return { monitor, probe, changes, setHealthy, wait };
}

describe('createBackendMonitor', () => {
  it('starts checking and turns reachable when the first probe answers healthy', async () => {
    const { monitor, probe, changes, wait } = setup(true);
    expect(monitor.reachability).toBe('checking');
    expect(probe).not.toHaveBeenCalled();
    monitor.start();
    await wait();
    expect(probe).toHaveBeenCalledTimes(1);
    expect(monitor.reachability).toBe('reachable');
    expect(changes).toEqual(['reachable']);
  });

  it('is unreachable at once when the first probe fails (no confirmation from checking)', async () => {
    const { monitor, probe, changes, wait } = setup(false);
    monitor.start();
    await wait();
    expect(probe).toHaveBeenCalledTimes(1);
    expect(changes).toEqual(['unreachable']);
  });

  it('needs two failed probes in a row to call a reachable backend unreachable', async () => {
    const { monitor, probe, changes, setHealthy, wait } = setup(true);
    monitor.start();
    await wait();
    setHealthy(false);
    await wait(15_000); // the periodic re-probe fails once…
    expect(probe).toHaveBeenCalledTimes(2);
    expect(monitor.reachability).toBe('reachable');
    await wait(999);
    expect(probe).toHaveBeenCalledTimes(2);
    await wait(1); // …and once more after the confirmation delay
    expect(probe).toHaveBeenCalledTimes(3);
    expect(changes).toEqual(['reachable', 'unreachable']);
  });

  it('stays reachable when the confirming probe succeeds', async () => {
    const { monitor, probe, changes, wait } = setup(true);
    probe.mockResolvedValueOnce(true).mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    monitor.start();
    await wait();
    await wait(15_000);
    await wait(1_000);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(monitor.reachability).toBe('reachable');
    expect(changes).toEqual(['reachable']);
  });

  it('re-probes every online interval while reachable, announcing nothing new', async () => {
    const { monitor, probe, changes, wait } = setup(true);
    monitor.start();
    await wait();
    await wait(14_999);
    expect(probe).toHaveBeenCalledTimes(1);
    await wait(1);
    expect(probe).toHaveBeenCalledTimes(2);
    await wait(15_000);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(changes).toEqual(['reachable']);
  });

  it('re-probes every offline interval while unreachable and turns reachable again', async () => {
    const { monitor, probe, changes, setHealthy, wait } = setup(false);
    monitor.start();
    await wait();
    await wait(3_000);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(monitor.reachability).toBe('unreachable');
    setHealthy(true);
    await wait(3_000);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(changes).toEqual(['unreachable', 'reachable']);
  });

  it('suspect() probes at once while reachable, and does nothing while unreachable', async () => {
    const { monitor, probe, changes, setHealthy, wait } = setup(true);
    monitor.start();
    await wait();
    setHealthy(false);
    monitor.suspect();
    await wait(1_000);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(changes).toEqual(['reachable', 'unreachable']);

    monitor.suspect();
    await wait();
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('suspect() while a probe is running does not start a second one', async () => {
    let answer: (healthy: boolean) => void = () => undefined;
    const probe = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const monitor = createBackendMonitor({ probe, onChange: () => undefined });
    monitor.start();
    monitor.suspect();
    monitor.suspect();
    expect(probe).toHaveBeenCalledTimes(1);
    answer(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.reachability).toBe('reachable');
  });

  it('stop() ends the periodic probes', async () => {
    const { monitor, probe, wait } = setup(false);
    monitor.start();
    await wait();
    monitor.stop();
    await wait(60_000);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('an answer that arrives after stop() changes nothing', async () => {
    let answer: (healthy: boolean) => void = () => undefined;
    const onChange = vi.fn();
    const probe = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const monitor = createBackendMonitor({ probe, onChange });
    monitor.start();
    monitor.stop();
    answer(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onChange).not.toHaveBeenCalled();
    expect(monitor.reachability).toBe('checking');
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('stop() during the confirmation delay leaves the mode alone', async () => {
    const { monitor, probe, changes, setHealthy, wait } = setup(true);
    monitor.start();
    await wait();
    setHealthy(false);
    monitor.suspect();
    await wait();
    monitor.stop();
    await wait(5_000);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(changes).toEqual(['reachable']);
  });
});
