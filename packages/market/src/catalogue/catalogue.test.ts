// The catalogue: 28 instruments of four types, found by ticker in any case or as
// EXCHANGE:TICKER, each with the quantity grid an order must respect, described to charts as
// TradingView's LibrarySymbolInfo.
import { RESOLUTIONS } from '@trading-pro/contract';
import { describe, expect, it } from 'vitest';
import { Catalogue, findInstrument } from './catalogue.js';
import { INSTRUMENTS } from './instruments.data.js';
import { toSymbolInfo } from './symbol-info.js';

/** Whether `value` is a whole multiple of `step`, as decimals (0.0003 of 0.0001 is). */
/** What every instrument's SymbolInfo says alike. */
const CONSTANT = {
  format: 'price',
  has_intraday: true,
  has_daily: true,
  has_weekly_and_monthly: true,
  supported_resolutions: [...RESOLUTIONS],
  data_status: 'streaming',
};

const onGrid = (value: number, step: number) =>
  Math.abs(value / step - Math.round(value / step)) < 1e-9;

describe('Catalogue', () => {
  it('lists 28 instruments, each ticker once, of every type', () => {
    expect(INSTRUMENTS).toHaveLength(28);
    expect(new Set(INSTRUMENTS.map((i) => i.ticker)).size).toBe(28);
    const types = INSTRUMENTS.map((i) => i.type);
    expect(new Set(types)).toEqual(new Set(['stock', 'crypto', 'forex', 'index']));
  });

  it('finds a ticker as written, in lower case, or as EXCHANGE:TICKER', () => {
    const catalogue = new Catalogue();
    expect(catalogue.find('AAPL')?.ticker).toBe('AAPL');
    expect(catalogue.find('aapl')?.ticker).toBe('AAPL');
    expect(catalogue.find('FX:EURUSD')?.ticker).toBe('EURUSD');
    expect(catalogue.find('NOPE')).toBeUndefined();
    expect(findInstrument('crypto:btcusd')?.ticker).toBe('BTCUSD');
  });

  it('serves the instruments it was given', () => {
    const only = new Catalogue(INSTRUMENTS.filter((i) => i.type === 'forex'));
    expect(only.find('EURUSD')).toBeDefined();
    expect(only.find('AAPL')).toBeUndefined();
  });
});

describe('quantity rules', () => {
  it.each(INSTRUMENTS.map((i) => [i.ticker, i] as const))(
    '%s: a grid from min to max in steps, min on the grid',
    (_ticker, { qty }) => {
      expect(qty.step).toBeGreaterThan(0);
      expect(qty.min).toBeGreaterThan(0);
      expect(qty.max).toBeGreaterThan(qty.min);
      expect(onGrid(qty.min, qty.step)).toBe(true);
      expect(onGrid(qty.max, qty.step)).toBe(true);
    },
  );

  it('trades stocks and indices in whole units, forex in thousands, coins in fractions', () => {
    for (const instrument of INSTRUMENTS) {
      const { type, qty } = instrument;
      if (type === 'stock' || type === 'index') expect(qty).toMatchObject({ min: 1, step: 1 });
      if (type === 'forex') expect(qty).toMatchObject({ min: 1000, step: 1000 });
    }
    expect(findInstrument('BTCUSD')!.qty).toEqual({ min: 0.0001, max: 1000, step: 0.0001 });
    expect(findInstrument('ETHUSD')!.qty).toEqual({ min: 0.001, max: 10_000, step: 0.001 });
    expect(findInstrument('DOGEUSD')!.qty.step).toBe(1);
  });

  it('lets a coin trade as finely as its volume is counted', () => {
    for (const instrument of INSTRUMENTS.filter((i) => i.type === 'crypto')) {
      expect(instrument.qty.step, instrument.ticker).toBeGreaterThanOrEqual(
        10 ** -instrument.volumePrecision,
      );
    }
  });
});

describe('toSymbolInfo', () => {
  /** LibrarySymbolInfo fields and the instrument fields they state. */
  const FROM_INSTRUMENT = [
    ['name', 'name'],
    ['ticker', 'ticker'],
    ['description', 'description'],
    ['type', 'type'],
    ['timezone', 'timezone'],
    ['exchange', 'exchange'],
    ['listed_exchange', 'exchange'],
    ['pricescale', 'pricescale'],
    ['minmov', 'minmov'],
    ['volume_precision', 'volumePrecision'],
    ['currency_code', 'currency'],
    ['qty', 'qty'],
  ] as const;

  it.each(INSTRUMENTS.map((i) => [i.ticker, i] as const))(
    '%s: states the instrument, streams every resolution',
    (_ticker, instrument) => {
      const info = toSymbolInfo(instrument);
      for (const [field, source] of FROM_INSTRUMENT) {
        expect(info[field], field).toEqual(instrument[source]);
      }
      expect(Object.keys(info).sort()).toEqual(
        [...FROM_INSTRUMENT.map(([field]) => field), ...Object.keys(CONSTANT), 'session'].sort(),
      );
      expect(info).toMatchObject(CONSTANT);
    },
  );

  it('describes sessions as TradingView does', () => {
    expect(toSymbolInfo(findInstrument('BTCUSD')!).session).toBe('24x7');
    expect(toSymbolInfo(findInstrument('EURUSD')!)).toMatchObject({
      session: '1700-1700:23456',
      timezone: 'America/New_York',
      pricescale: 100000,
      qty: { min: 1000, max: 100_000_000, step: 1000 },
    });
    expect(toSymbolInfo(findInstrument('SAP')!)).toMatchObject({
      session: '0900-1730:23456',
      timezone: 'Europe/Berlin',
      currency_code: 'EUR',
    });
  });

  it('hands out a copy of the quantity rules, not the catalogue’s own', () => {
    const info = toSymbolInfo(findInstrument('AAPL')!);
    info.qty.min = 5;
    expect(findInstrument('AAPL')!.qty.min).toBe(1);
  });
});
