import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { useMarketStore } from './market';

const CHART_KEY = 'trading-pro.chart.v1';
const WATCHLIST_KEY = 'trading-pro.watchlist.v1';
const DEFAULT_WATCHLIST = ['BTCUSD', 'ETHUSD', 'AAPL', 'MSFT', 'TSLA', 'EURUSD', 'SPX'];

const stored = (key: string): unknown => JSON.parse(localStorage.getItem(key) ?? 'null');

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});

describe('useMarketStore', () => {
  it('starts with the default chart and watchlist in a new browser', () => {
    const store = useMarketStore();
    expect(store.symbol).toBe('BTCUSD');
    expect(store.resolution).toBe('1');
    expect(store.watchlist).toEqual(DEFAULT_WATCHLIST);
  });

  it('restores what was saved', () => {
    localStorage.setItem(CHART_KEY, JSON.stringify({ symbol: 'AAPL', resolution: '1D' }));
    localStorage.setItem(WATCHLIST_KEY, JSON.stringify(['AAPL', 'NVDA']));
    const store = useMarketStore();
    expect([store.symbol, store.resolution]).toEqual(['AAPL', '1D']);
    expect(store.watchlist).toEqual(['AAPL', 'NVDA']);
  });

  it('falls back to the defaults on unreadable or invalid values', () => {
    for (const [chart, watchlist] of [
      ['{not json', 'nope'],
      [JSON.stringify({ symbol: 'AAPL', resolution: '2' }), JSON.stringify(['AAPL', 7])],
      [JSON.stringify({ resolution: '1D' }), JSON.stringify(['AAPL', ''])],
      [JSON.stringify(null), JSON.stringify({ 0: 'AAPL' })],
      [JSON.stringify('AAPL'), JSON.stringify('AAPL')],
    ]) {
      localStorage.setItem(CHART_KEY, chart!);
      localStorage.setItem(WATCHLIST_KEY, watchlist!);
      setActivePinia(createPinia());
      const store = useMarketStore();
      expect([store.symbol, store.resolution], chart).toEqual(['BTCUSD', '1']);
      expect(store.watchlist, watchlist).toEqual(DEFAULT_WATCHLIST);
    }
  });

  it('saves the chart symbol and resolution when they change', async () => {
    const store = useMarketStore();
    store.selectSymbol('AAPL');
    await nextTick();
    expect(stored(CHART_KEY)).toEqual({ symbol: 'AAPL', resolution: '1' });
    store.selectResolution('60');
    await nextTick();
    expect(stored(CHART_KEY)).toEqual({ symbol: 'AAPL', resolution: '60' });

    setActivePinia(createPinia());
    const reloaded = useMarketStore();
    expect([reloaded.symbol, reloaded.resolution]).toEqual(['AAPL', '60']);
  });

  it('adds a symbol once, removes it, and saves the watchlist', async () => {
    const store = useMarketStore();
    store.addToWatchlist('NVDA');
    store.addToWatchlist('NVDA');
    expect(store.watchlist).toEqual([...DEFAULT_WATCHLIST, 'NVDA']);
    store.removeFromWatchlist('AAPL');
    await nextTick();
    const expected = [...DEFAULT_WATCHLIST.filter((s) => s !== 'AAPL'), 'NVDA'];
    expect(store.watchlist).toEqual(expected);
    expect(stored(WATCHLIST_KEY)).toEqual(expected);
  });

  it('keeps working when storage refuses to save', async () => {
    const store = useMarketStore();
    const setItem = vi.fn(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.stubGlobal('localStorage', { getItem: () => null, setItem });
    try {
      store.addToWatchlist('NVDA');
      await nextTick();
      expect(setItem).toHaveBeenCalledWith(WATCHLIST_KEY, expect.any(String));
      expect(store.watchlist.at(-1)).toBe('NVDA');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
