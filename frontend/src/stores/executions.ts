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

  /** The account's fills as a snapshot holds them. */
  function replaceAll(executions: Execution[]): void {
    byId.value = new Map(executions.map((execution) => [execution.id, execution]));
  }

  return { byId, list, apply, replaceAll };
});
