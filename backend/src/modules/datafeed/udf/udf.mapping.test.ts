import { RESOLUTIONS } from '@trading-pro/contract';
import { Catalogue, toSymbolInfo } from '@trading-pro/market';
import { describe, expect, it } from 'vitest';
import type { Bar } from '../../../models/market/bars.js';
import {
  BadRequestError,
  ConflictError,
  DomainError,
  NotFoundError,
} from '../../../shared/http/errors.js';
import {
  parseUdfResolution,
  parseUdfSymbols,
  toUdfError,
  toUdfHistory,
  toUdfNoData,
  toUdfSearchQuery,
  toUdfSymbolInfo,
} from './udf.mapping.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 5, 14, 30);
const bar = (time: number, close: number): Bar => ({
  time,
  open: close - 1,
  high: close + 2,
  low: close - 3,
  close,
  volume: close * 10,
});

describe('toUdfSymbolInfo', () => {
  const instrument = new Catalogue().find('EURUSD');
  if (instrument === undefined) throw new Error('EURUSD is missing from the catalogue');
  const info = toSymbolInfo(instrument);

  it('keeps every LibrarySymbolInfo field', () => {
    expect(toUdfSymbolInfo(info)).toMatchObject(info);
  });

  it('adds the legacy UDF aliases of the exchanges and the tick', () => {
    expect(toUdfSymbolInfo(info)).toMatchObject({
      'exchange-listed': 'FX',
      'exchange-traded': 'FX',
      minmovement: info.minmov,
      minmov: info.minmov,
      pricescale: 100000,
    });
  });
});

describe('toUdfSearchQuery', () => {
  it('renames UDF parameters to the search query', () => {
    expect(toUdfSearchQuery({ query: 'usd', type: 'forex', exchange: 'FX', limit: 7 })).toEqual({
      user_input: 'usd',
      symbol_type: 'forex',
      exchange: 'FX',
      max_results: 7,
    });
  });

  it('leaves absent filters absent', () => {
    const query = toUdfSearchQuery({ query: '', limit: 50 });
    expect(query.exchange).toBeUndefined();
    expect(query.symbol_type).toBeUndefined();
  });
});

describe('parseUdfResolution', () => {
  it('accepts every resolution of the SPEC as is', () => {
    for (const resolution of RESOLUTIONS) expect(parseUdfResolution(resolution)).toBe(resolution);
  });

  it('accepts the charting library’s short daily and weekly forms', () => {
    expect(parseUdfResolution('D')).toBe('1D');
    expect(parseUdfResolution('W')).toBe('1W');
  });

  it('rejects anything else, including object keys', () => {
    for (const raw of ['2', '1d', '1M', 'S', '', ' 1', 'constructor', '__proto__']) {
      expect(parseUdfResolution(raw), raw).toBeUndefined();
    }
  });
});

describe('toUdfHistory', () => {
  it('turns bars into UDF columns with times in seconds', () => {
    expect(toUdfHistory([bar(T0, 100), bar(T0 + MINUTE, 101.5)])).toEqual({
      s: 'ok',
      t: [T0 / 1000, T0 / 1000 + 60],
      o: [99, 100.5],
      h: [102, 103.5],
      l: [97, 98.5],
      c: [100, 101.5],
      v: [1000, 1015],
    });
  });

  it('answers empty columns for no bars', () => {
    expect(toUdfHistory([])).toEqual({ s: 'ok', t: [], o: [], h: [], l: [], c: [], v: [] });
  });
});

describe('toUdfNoData', () => {
  const from = T0 / 1000 + 3600;

  it('points nextTime at the last bar before the range, in seconds', () => {
    const earlier = [bar(T0, 1), bar(T0 + MINUTE, 2)];
    expect(toUdfNoData(earlier, from)).toEqual({ s: 'no_data', nextTime: T0 / 1000 + 60 });
  });

  it('ignores bars at or after the range start', () => {
    const earlier = [bar(T0, 1), bar(from * 1000, 2), bar(from * 1000 + MINUTE, 3)];
    expect(toUdfNoData(earlier, from)).toEqual({ s: 'no_data', nextTime: T0 / 1000 });
  });

  it('omits nextTime when nothing precedes the range', () => {
    expect(toUdfNoData([], from)).toEqual({ s: 'no_data' });
    expect(toUdfNoData([bar(from * 1000, 1)], from)).toEqual({ s: 'no_data' });
  });
});

describe('parseUdfSymbols', () => {
  it('splits on commas, trims and drops blanks, keeping order and the EXCHANGE: form', () => {
    expect(parseUdfSymbols('AAPL, MSFT,,NASDAQ:NVDA ,')).toEqual(['AAPL', 'MSFT', 'NASDAQ:NVDA']);
  });

  it('finds nothing in blanks', () => {
    expect(parseUdfSymbols(' , ,')).toEqual([]);
  });
});

describe('toUdfError', () => {
  it('answers client-side domain errors in UDF’s error shape', () => {
    expect(toUdfError(new NotFoundError('Unknown symbol FOO'))).toEqual({
      s: 'error',
      errmsg: 'Unknown symbol FOO',
    });
    expect(toUdfError(new BadRequestError('from_time is after to_time'))).toEqual({
      s: 'error',
      errmsg: 'from_time is after to_time',
    });
    expect(toUdfError(new ConflictError('busy')).s).toBe('error');
  });

  it('lets unexpected failures through to the error handler', () => {
    const crash = new Error('disk on fire');
    expect(() => toUdfError(crash)).toThrow(crash);
    expect(() => toUdfError(new DomainError(503, 'unavailable'))).toThrow('unavailable');
    expect(() => toUdfError('a string')).toThrow();
  });
});
