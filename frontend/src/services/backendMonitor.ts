// Decides whether the terminal talks to the backend or runs its offline demo. It probes the
// backend's health: offline, every few seconds until it answers; online, when a socket drops
// (`suspect()`) and then periodically. Two failed probes in a row are needed to go offline, so
// one slow answer does not throw the trader's session over.
import type { BackendMode } from '../types/connection';

export type { BackendMode } from '../types/connection';

export interface BackendMonitorOptions {
  /** Resolves true when the backend answered healthy. Must not reject. */
  probe: () => Promise<boolean>;
  onChange: (mode: BackendMode) => void;
  offlineIntervalMs?: number;
  onlineIntervalMs?: number;
  /** Between the two probes that confirm an outage. */
  confirmDelayMs?: number;
}

export interface BackendMonitor {
  readonly mode: BackendMode;
  start(): void;
  /** Something suggests the backend is gone: check now. */
  suspect(): void;
  stop(): void;
}

export function createBackendMonitor(options: BackendMonitorOptions): BackendMonitor {
  const offlineEvery = options.offlineIntervalMs ?? 3_000;
  const onlineEvery = options.onlineIntervalMs ?? 15_000;
  const confirmDelay = options.confirmDelayMs ?? 1_000;
  let mode: BackendMode = 'checking';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let probing = false;
  /** A suspicion raised during a probe: that probe may have started before the drop. */
  let recheck = false;
  let stopped = true;

  const set = (next: BackendMode) => {
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
      if (!healthy && mode === 'online') {
        await new Promise((resolve) => setTimeout(resolve, confirmDelay));
        if (stopped) return;
        healthy = await options.probe();
      }
      if (stopped) return;
      set(healthy ? 'online' : 'offline');
      schedule(mode === 'online' ? onlineEvery : offlineEvery);
    } finally {
      probing = false;
    }
    if (recheck && !stopped && mode !== 'offline') {
      recheck = false;
      void check();
    }
  }

  return {
    get mode() {
      return mode;
    },
    start() {
      stopped = false;
      void check();
    },
    suspect() {
      if (mode === 'offline') return;
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
