// @vitest-environment node
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { QuoteData, QuoteValues } from '../types/market';
import { useQuotesStore } from './quotes';

const values = (lp: number): QuoteValues => ({
  ch: 0,
  chp: 0,
  short_name: 'AAPL',
  exchange: 'NASDAQ',
  description: 'Apple',
  lp,
  ask: lp + 0.01,
  bid: lp - 0.01,
  spread: 0.02,
  open_price: 100,
  high_price: 110,
  low_price: 90,
  prev_close_price: 100,
  volume: 1,
});
const ok = (n: string, lp: number): QuoteData => ({ s: 'ok', n, v: values(lp) });

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('useQuotesStore', () => {
  it('keeps the first quote of a symbol with no direction', () => {
    const store = useQuotesStore();
    store.apply([ok('AAPL', 100), ok('MSFT', 300)]);
    expect(store.bySymbol.get('AAPL')).toEqual({ values: values(100), direction: 'none', tick: 0 });
    expect(store.bySymbol.get('MSFT')?.values.lp).toBe(300);
  });

  it('flashes up, then down, counting every move', () => {
    const store = useQuotesStore();
    store.apply([ok('AAPL', 100)]);
    store.apply([ok('AAPL', 101)]);
    expect(store.bySymbol.get('AAPL')).toMatchObject({ direction: 'up', tick: 1 });
    store.apply([ok('AAPL', 102)]);
    expect(store.bySymbol.get('AAPL')).toMatchObject({ direction: 'up', tick: 2 });
    store.apply([ok('AAPL', 99)]);
    expect(store.bySymbol.get('AAPL')).toMatchObject({ direction: 'down', tick: 3 });
  });

  it('an update without a price move keeps the direction and does not flash again', () => {
    const store = useQuotesStore();
    store.apply([ok('AAPL', 100)]);
    store.apply([ok('AAPL', 99)]);
    store.apply([{ s: 'ok', n: 'AAPL', v: { ...values(99), volume: 5 } }]);
    expect(store.bySymbol.get('AAPL')).toMatchObject({ direction: 'down', tick: 1 });
    expect(store.bySymbol.get('AAPL')?.values.volume).toBe(5);
  });

  it('records an error quote, and clears it when a price arrives', () => {
    const store = useQuotesStore();
    store.apply([{ s: 'error', n: 'NOPE', v: { error: 'Unknown symbol' } }]);
    expect(store.errors.get('NOPE')).toBe('Unknown symbol');
    expect(store.bySymbol.has('NOPE')).toBe(false);
    store.apply([ok('NOPE', 5)]);
    expect(store.errors.has('NOPE')).toBe(false);
    expect(store.bySymbol.get('NOPE')?.values.lp).toBe(5);
  });

  it('clear() forgets every quote and error', () => {
    const store = useQuotesStore();
    store.apply([ok('AAPL', 100), { s: 'error', n: 'NOPE', v: { error: 'x' } }]);
    store.clear();
    expect(store.bySymbol.size).toBe(0);
    expect(store.errors.size).toBe(0);
    store.apply([ok('AAPL', 120)]);
    expect(store.bySymbol.get('AAPL')).toMatchObject({ direction: 'none', tick: 0 });
  });
});
