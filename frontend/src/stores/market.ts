import { RESOLUTIONS, type Resolution } from '@trading-pro/contract';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { SymbolInfo } from '../types/market';
import { loadSetting, saveSetting } from '../storage/localSettings';

const CHART_KEY = 'trading-pro.chart.v1';
const WATCHLIST_KEY = 'trading-pro.watchlist.v1';
const DEFAULT_WATCHLIST = ['BTCUSD', 'ETHUSD', 'AAPL', 'MSFT', 'TSLA', 'EURUSD', 'SPX'];

interface ChartSetting {
  symbol: string;
  resolution: Resolution;
}

const isChartSetting = (value: unknown): value is ChartSetting =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ChartSetting).symbol === 'string' &&
  (RESOLUTIONS as readonly unknown[]).includes((value as ChartSetting).resolution);

const isSymbolList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');

/** The charted symbol and resolution, and the watchlist — remembered in this browser. */
export const useMarketStore = defineStore('market', () => {
  const saved = loadSetting<ChartSetting>(
    CHART_KEY,
    { symbol: 'BTCUSD', resolution: '1' },
    isChartSetting,
  );
  const symbol = ref(saved.symbol);
  const resolution = ref<Resolution>(saved.resolution);
  const watchlist = ref<string[]>(loadSetting(WATCHLIST_KEY, DEFAULT_WATCHLIST, isSymbolList));
  /** What the datafeed said about the charted symbol (tick size, decimals); null until known. */
  const symbolInfo = ref<SymbolInfo | null>(null);

  watch([symbol, resolution], () =>
    saveSetting(CHART_KEY, { symbol: symbol.value, resolution: resolution.value }),
  );
  // The list is replaced, never changed in place, so a shallow watch sees every edit.
  watch(watchlist, () => saveSetting(WATCHLIST_KEY, watchlist.value));

  function selectSymbol(next: string): void {
    if (next !== symbol.value) symbolInfo.value = null;
    symbol.value = next;
  }
  function setSymbolInfo(info: SymbolInfo | null): void {
    symbolInfo.value = info;
  }
  function selectResolution(next: Resolution): void {
    resolution.value = next;
  }
  function addToWatchlist(ticker: string): void {
    if (!watchlist.value.includes(ticker)) watchlist.value = [...watchlist.value, ticker];
  }
  function removeFromWatchlist(ticker: string): void {
    watchlist.value = watchlist.value.filter((item) => item !== ticker);
  }

  return {
    symbol,
    resolution,
    watchlist,
    symbolInfo,
    selectSymbol,
    setSymbolInfo,
    selectResolution,
    addToWatchlist,
    removeFromWatchlist,
  };
});
