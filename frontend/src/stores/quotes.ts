import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { QuoteData, QuoteValues } from '../types/market';

export interface QuoteState {
  values: QuoteValues;
  /** Which way the last price moved on the latest update, for the flash. */
  direction: 'up' | 'down' | 'none';
  /** Increments on every price move, so the same direction twice flashes twice. */
  tick: number;
}

/** The latest quote per symbol, as the datafeed pushes them. */
export const useQuotesStore = defineStore('quotes', () => {
  const bySymbol = ref(new Map<string, QuoteState>());
  const errors = ref(new Map<string, string>());

  function apply(quotes: QuoteData[]): void {
    for (const quote of quotes) {
      if (quote.s === 'error') {
        errors.value.set(quote.n, quote.v.error);
        continue;
      }
      errors.value.delete(quote.n);
      const previous = bySymbol.value.get(quote.n);
      const before = previous?.values.lp;
      const moved = before !== undefined && before !== quote.v.lp;
      bySymbol.value.set(quote.n, {
        values: quote.v,
        direction: moved ? (quote.v.lp > before ? 'up' : 'down') : (previous?.direction ?? 'none'),
        tick: (previous?.tick ?? 0) + (moved ? 1 : 0),
      });
    }
  }

  function clear(): void {
    bySymbol.value = new Map();
    errors.value = new Map();
  }

  return { bySymbol, errors, apply, clear };
});
