import { errorMessage } from '../formatting/errorMessage';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { fetchHealth, fetchVersions } from '../services/apiStatus.service';
import type { AsyncState, Health, OverallStatus, Versions } from '../types/apiStatus';

export const useApiStatusStore = defineStore('apiStatus', () => {
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const health = ref<Health | null>(null);
  const versions = ref<Versions | null>(null);
  /** When the last refresh finished, successful or not (Unix ms). */
  const lastRefreshedAt = ref<number | null>(null);

  const overall = computed<OverallStatus>(() => {
    if (state.value === 'error') return 'unreachable';
    if (health.value === null) return 'unknown';
    return health.value.status === 'ok' ? 'ok' : 'degraded';
  });

  // Polling and a manual click can overlap; they share one request instead of racing.
  let inFlight: Promise<void> | null = null;

  function refresh(): Promise<void> {
    inFlight ??= load().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function load(): Promise<void> {
    state.value = 'loading';
    try {
      const [nextHealth, nextVersions] = await Promise.all([fetchHealth(), fetchVersions()]);
      health.value = nextHealth;
      versions.value = nextVersions;
      error.value = null;
      state.value = 'done';
    } catch (cause) {
      // Stale data would contradict the "unreachable" headline, so it goes with the failure.
      health.value = null;
      versions.value = null;
      error.value = errorMessage(cause);
      state.value = 'error';
    } finally {
      lastRefreshedAt.value = Date.now();
    }
  }

  return { state, error, health, versions, lastRefreshedAt, overall, refresh };
});
