// @vitest-environment node
import { Side } from '@trading-pro/contract';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Position } from '../types/broker';
import { usePositionsStore } from './positions';

const position = (symbol: string, qty: number): Position => ({
  id: symbol,
  symbol,
  qty,
  side: Side.Buy,
  avgPrice: 100,
  unrealizedPl: 0,
});

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('usePositionsStore', () => {
  it('lists open positions by symbol', () => {
    const store = usePositionsStore();
    store.apply(position('TSLA', 1));
    store.apply(position('AAPL', 2));
    store.apply(position('MSFT', 3));
    expect(store.open.map((p) => p.symbol)).toEqual(['AAPL', 'MSFT', 'TSLA']);
  });

  it('an update replaces the position of its symbol', () => {
    const store = usePositionsStore();
    store.apply(position('AAPL', 2));
    store.apply({ ...position('AAPL', 5), unrealizedPl: 12 });
    expect(store.open).toEqual([{ ...position('AAPL', 5), unrealizedPl: 12 }]);
  });

  it('an update with qty 0 removes the position', () => {
    const store = usePositionsStore();
    store.apply(position('AAPL', 2));
    store.apply(position('MSFT', 1));
    store.apply(position('AAPL', 0));
    expect(store.open.map((p) => p.symbol)).toEqual(['MSFT']);
    store.apply(position('NVDA', 0)); // closing an unknown one changes nothing
    expect(store.open).toHaveLength(1);
  });

  it('replaceAll() keeps only positions with a quantity', () => {
    const store = usePositionsStore();
    store.apply(position('TSLA', 1));
    store.replaceAll([position('AAPL', 2), position('MSFT', 0)]);
    expect(store.open.map((p) => p.symbol)).toEqual(['AAPL']);
  });
});
