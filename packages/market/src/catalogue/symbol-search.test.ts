// The shared symbol search ranking, over the real catalogue.
import { searchInstruments, type SymbolSearchQuery } from '@trading-pro/contract';
import { describe, expect, it } from 'vitest';
import type { Instrument } from './instrument.js';
import { INSTRUMENTS } from './instruments.data.js';

const search = (
  query: Partial<SymbolSearchQuery>,
  instruments: readonly Instrument[] = INSTRUMENTS,
) => searchInstruments(instruments, { user_input: '', max_results: 50, ...query });
const tickers = (query: Partial<SymbolSearchQuery>, instruments?: readonly Instrument[]) =>
  search(query, instruments).map((item) => item.ticker);

/** An instrument of the real catalogue with some fields replaced, for ranking cases. */
const variant = (ticker: string, fields: Partial<Instrument>): Instrument => {
  const base = INSTRUMENTS.find((i) => i.ticker === 'AAPL');
  if (base === undefined) throw new Error('AAPL is missing from the catalogue');
  return { ...base, ticker, name: ticker, ...fields };
};

describe('searchInstruments', () => {
  it('describes each result as TradingView expects', () => {
    expect(search({ user_input: 'AAPL' })[0]).toEqual({
      symbol: 'AAPL',
      full_name: 'NASDAQ:AAPL',
      description: 'Apple Inc.',
      exchange: 'NASDAQ',
      ticker: 'AAPL',
      type: 'stock',
    });
  });

  it('puts ticker prefixes first, then other tickers containing the text', () => {
    const found = tickers({ user_input: 'a' });
    expect(found.slice(0, 3)).toEqual(['AAPL', 'AMZN', 'AUDUSD']);
    expect(found.indexOf('AMZN')).toBeLessThan(found.indexOf('DAX'));
    expect(found).toContain('NVDA');
  });

  it('puts the exact ticker before tickers that merely start with it', () => {
    const instruments = [variant('VODA', {}), variant('V', {}), variant('AV', {})];
    expect(tickers({ user_input: 'v' }, instruments)).toEqual(['V', 'VODA', 'AV']);
  });

  it('ranks a name prefix after ticker prefixes and before substrings', () => {
    const instruments = [
      variant('XAB', {}),
      variant('ABC', {}),
      variant('ZZZ', { name: 'ABACUS' }),
      variant('CAB', {}),
    ];
    expect(tickers({ user_input: 'ab' }, instruments)).toEqual(['ABC', 'ZZZ', 'CAB', 'XAB']);
  });

  it('finds an instrument by its description', () => {
    expect(tickers({ user_input: 'apple' })).toEqual(['AAPL']);
    expect(tickers({ user_input: 'bitcoin' })).toEqual(['BTCUSD']);
  });

  it('ranks a description match at a word start before one inside a word', () => {
    const instruments = [
      variant('AAA', { description: 'Foreign Exchange Corp' }),
      variant('BBB', { description: 'Global Changers Ltd' }),
      variant('CCC', { description: 'Exchanges of the World' }),
    ];
    expect(tickers({ user_input: 'chang' }, instruments)).toEqual(['BBB', 'AAA', 'CCC']);
  });

  it('ranks every match on ticker or name before any match on description', () => {
    const instruments = [
      variant('AAA', { description: 'Sol Industries' }),
      variant('BSOL', { description: 'B' }),
    ];
    expect(tickers({ user_input: 'sol' }, instruments)).toEqual(['BSOL', 'AAA']);
  });

  it('finds forex and crypto pairs of a currency, prefixes first, each group alphabetical', () => {
    expect(tickers({ user_input: 'usd' })).toEqual([
      'USDCHF',
      'USDJPY',
      'AUDUSD',
      'BTCUSD',
      'DOGEUSD',
      'ETHUSD',
      'EURUSD',
      'GBPUSD',
      'SOLUSD',
      'XRPUSD',
    ]);
  });

  it('ignores case and surrounding spaces', () => {
    expect(tickers({ user_input: '  ApPlE ' })).toEqual(['AAPL']);
    expect(tickers({ user_input: 'btcusd' })).toEqual(['BTCUSD']);
  });

  it('filters by exchange, ignoring its case', () => {
    const found = search({ user_input: '', exchange: 'nyse' });
    expect(found.map((i) => i.ticker)).toEqual(['DIS', 'JPM', 'KO', 'V', 'XOM']);
    expect(search({ user_input: 'a', exchange: 'FX' }).every((i) => i.exchange === 'FX')).toBe(
      true,
    );
  });

  it('filters by exact type', () => {
    expect(tickers({ user_input: 'usd', symbol_type: 'crypto' })).toEqual([
      'BTCUSD',
      'DOGEUSD',
      'ETHUSD',
      'SOLUSD',
      'XRPUSD',
    ]);
    expect(tickers({ user_input: '', symbol_type: 'index' })).toEqual(['DAX', 'DJI', 'NDX', 'SPX']);
    expect(tickers({ user_input: '', symbol_type: 'Index' })).toEqual([]);
  });

  it('treats an empty exchange or type as no filter', () => {
    expect(tickers({ user_input: 'usd', exchange: '', symbol_type: '' })).toHaveLength(10);
  });

  it('reads EXCHANGE:TICKER input as a search on that exchange', () => {
    expect(tickers({ user_input: 'nasdaq:aapl' })).toEqual(['AAPL']);
    expect(tickers({ user_input: 'XETRA:' })).toEqual(['DAX', 'SAP']);
    expect(tickers({ user_input: 'NYSE:AAPL' })).toEqual([]);
  });

  it('returns at most max_results, the best ones', () => {
    expect(tickers({ user_input: 'usd', max_results: 3 })).toEqual(['USDCHF', 'USDJPY', 'AUDUSD']);
    expect(search({ user_input: '', max_results: 1 })).toHaveLength(1);
  });

  it('lists the whole catalogue alphabetically when the text is empty', () => {
    const found = tickers({ user_input: '', max_results: 200 });
    expect(found).toHaveLength(INSTRUMENTS.length);
    expect(found).toEqual(INSTRUMENTS.map((i) => i.ticker).sort());
  });

  it('finds nothing when nothing matches', () => {
    expect(search({ user_input: 'zzzz' })).toEqual([]);
    expect(search({ user_input: 'aapl', exchange: 'NYSE' })).toEqual([]);
  });
});
