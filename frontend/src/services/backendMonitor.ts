// Tells whether the backend answers. It probes the backend's health: while unreachable, every
// few seconds until it answers; while reachable, when a socket drops (`suspect()`) and then
// periodically. Two failed probes in a row are needed to call it unreachable, so one slow answer
// does not mark the trader's screen stale.
import type { Reachability } from '../types/connection';

export type { Reachability } from '../types/connection';

export interface BackendMonitorOptions {
  /** Resolves true when the backend answered healthy. Must not reject. */
  probe: () => Promise<boolean>;
  onChange: (reachability: Reachability) => void;
  offlineIntervalMs?: number;
  onlineIntervalMs?: number;
  /** Between the two probes that confirm an outage. */
  confirmDelayMs?: number;
}

export interface BackendMonitor {
  readonly reachability: Reachability;
  start(): void;
  /** Something suggests the backend is gone: check now. */
  suspect(): void;
  stop(): void;
}

export function createBackendMonitor(options: BackendMonitorOptions): BackendMonitor {
  const offlineEvery = options.offlineIntervalMs ?? 3_000;
  const onlineEvery = options.onlineIntervalMs ?? 15_000;
  const confirmDelay = options.confirmDelayMs ?? 1_000;
  let mode: Reachability = 'checking';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let probing = false;
  /** A suspicion raised during a probe: that probe may have started before the drop. */
  let recheck = false;
  let stopped = true;

  const set = (next: Reachability) => {
    if (next === mode) return;
    mode = next;
    options.onChange(next);
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void check(), delay);
  };

  async function check(): Promise<void> {
    if (probing || stopped) return;
    probing = true;
    try {
      let healthy = await options.probe();
      if (!healthy && mode === 'reachable') {
        await new Promise((resolve) => setTimeout(resolve, confirmDelay));
        if (stopped) return;
        healthy = await options.probe();
      }
      if (stopped) return;
      set(healthy ? 'reachable' : 'unreachable');
      schedule(mode === 'reachable' ? onlineEvery : offlineEvery);
    } finally {
      probing = false;
    }
    if (recheck && !stopped && mode !== 'unreachable') {
      recheck = false;
      void check();
    }
  }

  return {
    get reachability() {
      return mode;
    },
    start() {
      stopped = false;
      void check();
    },
    suspect() {
      if (mode === 'unreachable') return;
      if (probing) recheck = true;
      else void check();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** The default probe: the core health route within a short timeout. */
export function healthProbe(origin: string, timeoutMs = 2_500): () => Promise<boolean> {
  return async () => {
    try {
      const response = await globalThis.fetch(new URL('/api/v1/core/health', origin), {
        signal: AbortSignal.timeout(timeoutMs),
        cache: 'no-store',
      });
      return response.ok;
    } catch {
      return false;
    }
  };
}
