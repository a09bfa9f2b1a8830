import { tickDecimals } from '@trading-pro/contract/paper';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { InstrumentGrid, SymbolInfo } from '../types/market';

/**
 * Each instrument's tick and quantity grid, and its price precision: the decimals of its tick, learnt from the resolved symbol, so
 * every price of one instrument shows the same digits (EURUSD 1.08410 rather than 1.0841, an
 * averaged BTCUSD price 43,873.08 rather than 43,873.08233). A symbol not (yet) resolved shows
 * the digits its price carries.
 */
export const useInstrumentsStore = defineStore('instruments', () => {
  const decimalsBySymbol = ref(new Map<string, number>());
  const gridBySymbol = ref(new Map<string, InstrumentGrid>());

  function learn(info: SymbolInfo): void {
    const tick = info.minmov / info.pricescale;
    decimalsBySymbol.value.set(info.ticker, tickDecimals(tick));
    gridBySymbol.value.set(info.ticker, { tick, qty: { ...info.qty } });
  }

  /** The instrument's tick and quantity grid, for checking input as it is typed. */
  function grid(symbol: string): InstrumentGrid | undefined {
    return gridBySymbol.value.get(symbol);
  }

  function priceDecimals(symbol: string): number | undefined {
    return decimalsBySymbol.value.get(symbol);
  }

  function knows(symbol: string): boolean {
    return decimalsBySymbol.value.has(symbol);
  }

  return { learn, priceDecimals, grid, knows };
});
