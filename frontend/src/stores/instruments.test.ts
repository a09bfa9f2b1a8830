// @vitest-environment node
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { testSymbolInfo } from '../testing/fakeServices';
import { useInstrumentsStore } from './instruments';

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('useInstrumentsStore', () => {
  it('knows nothing of an instrument before it is learnt', () => {
    const store = useInstrumentsStore();
    expect(store.knows('EURUSD')).toBe(false);
    expect(store.priceDecimals('EURUSD')).toBeUndefined();
  });

  it('keeps the decimals of each instrument tick', () => {
    const store = useInstrumentsStore();
    store.learn(testSymbolInfo('EURUSD', 100000));
    store.learn(testSymbolInfo('USDJPY', 1000));
    store.learn(testSymbolInfo('ES', 100, 25)); // a tick of 0.25
    store.learn(testSymbolInfo('VOD', 1));
    expect(store.knows('EURUSD')).toBe(true);
    expect(['EURUSD', 'USDJPY', 'ES', 'VOD'].map((s) => store.priceDecimals(s))).toEqual([
      5, 3, 2, 0,
    ]);
  });
});
