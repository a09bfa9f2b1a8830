import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Position } from '../types/broker';

/** Open positions, one per symbol; a push with `qty: 0` closes one. */
export const usePositionsStore = defineStore('positions', () => {
  const bySymbol = ref(new Map<string, Position>());
  const open = computed(() =>
    [...bySymbol.value.values()].sort((a, b) => a.symbol.localeCompare(b.symbol)),
  );

  function apply(position: Position): void {
    if (position.qty === 0) bySymbol.value.delete(position.id);
    else bySymbol.value.set(position.id, position);
  }

  function replaceAll(positions: Position[]): void {
    bySymbol.value = new Map(positions.filter((p) => p.qty > 0).map((p) => [p.id, p]));
  }

  return { bySymbol, open, apply, replaceAll };
});
