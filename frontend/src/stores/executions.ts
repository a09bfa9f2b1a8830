import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Execution } from '../types/broker';

/** The account's fills, newest first. */
export const useExecutionsStore = defineStore('executions', () => {
  const byId = ref(new Map<string, Execution>());
  const list = computed(() =>
    [...byId.value.values()].sort((a, b) => b.time - a.time || Number(b.id) - Number(a.id)),
  );

  function apply(execution: Execution): void {
    byId.value.set(execution.id, execution);
  }

  /**
   * The account's fills as re-read over REST, plus any pushed while the read was in flight
   * (a fill never changes, so keeping one is always right — within one account).
   */
  function replaceAll(executions: Execution[], keepPushed = true): void {
    const next = new Map(keepPushed ? byId.value : []);
    for (const execution of executions) next.set(execution.id, execution);
    byId.value = next;
  }

  return { byId, list, apply, replaceAll };
});
