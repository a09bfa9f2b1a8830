import { tickDecimals } from '@trading-pro/contract/paper';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { SymbolInfo } from '../types/market';

/**
 * Price precision per instrument: the decimals of its tick, learnt from the resolved symbol, so
 * every price of one instrument shows the same digits (EURUSD 1.08410 rather than 1.0841, an
 * averaged BTCUSD price 43,873.08 rather than 43,873.08233). A symbol not (yet) resolved shows
 * the digits its price carries.
 */
export const useInstrumentsStore = defineStore('instruments', () => {
  const decimalsBySymbol = ref(new Map<string, number>());

  function learn(info: SymbolInfo): void {
    decimalsBySymbol.value.set(info.ticker, tickDecimals(info.minmov / info.pricescale));
  }

  function priceDecimals(symbol: string): number | undefined {
    return decimalsBySymbol.value.get(symbol);
  }

  function knows(symbol: string): boolean {
    return decimalsBySymbol.value.has(symbol);
  }

  return { learn, priceDecimals, knows };
});
