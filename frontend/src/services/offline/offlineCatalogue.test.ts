import { describe, expect, it } from 'vitest';
import {
  OFFLINE_INSTRUMENTS,
  findInstrument,
  offlineConfiguration,
  roundToTick,
  toSymbolInfo,
} from './offlineCatalogue';

describe('offline catalogue', () => {
  it('mirrors the backend tickers the terminal is likely to show', () => {
    expect(OFFLINE_INSTRUMENTS.map((i) => i.ticker)).toEqual([
      'AAPL',
      'MSFT',
      'TSLA',
      'BTCUSD',
      'ETHUSD',
      'SOLUSD',
      'EURUSD',
      'GBPUSD',
      'USDJPY',
      'SPX',
    ]);
    for (const i of OFFLINE_INSTRUMENTS) {
      expect(i.volatility).toBeGreaterThan(0);
      expect(i.spread).toBeGreaterThan(0);
      expect(toSymbolInfo(i)).toMatchObject({
        ticker: i.ticker,
        session: '24x7',
        has_intraday: true,
      });
    }
    expect(findInstrument('BTCUSD')).toMatchObject({
      type: 'crypto',
      exchange: 'CRYPTO',
      basePrice: 65000,
      volumePrecision: 4,
    });
    expect(findInstrument('EURUSD')).toMatchObject({
      type: 'forex',
      exchange: 'FX',
      basePrice: 1.085,
      pricescale: 100000,
    });
    expect(findInstrument('USDJPY')).toMatchObject({ basePrice: 151.5, pricescale: 1000 });
    expect(findInstrument('SPX')).toMatchObject({ type: 'index', basePrice: 5200 });
  });

  it('finds tickers in any case and as EXCHANGE:TICKER', () => {
    expect(findInstrument('msft')?.ticker).toBe('MSFT');
    expect(findInstrument('NASDAQ:TSLA')?.ticker).toBe('TSLA');
    expect(findInstrument('XYZ')).toBeUndefined();
  });

  it('rounds to the tick without float noise', () => {
    const eur = findInstrument('EURUSD')!;
    expect(roundToTick(eur, 1.0850000000000002)).toBe(1.085);
    expect(roundToTick(eur, 1.085004)).toBe(1.085);
    expect(roundToTick(findInstrument('AAPL')!, 100.105)).toBe(100.11);
    expect(roundToTick({ minmov: 25, pricescale: 100 }, 10.13)).toBe(10.25);
  });

  it('offers the exchanges and types it holds as search filters', () => {
    const config = offlineConfiguration();
    expect(config.symbols_types.map((t) => t.value)).toEqual([
      '',
      'stock',
      'crypto',
      'forex',
      'index',
    ]);
    expect(config.supports_search).toBe(true);
  });
});
