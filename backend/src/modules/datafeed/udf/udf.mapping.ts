// Translation between the datafeed's own shapes and UDF's: pure, so the protocol's details are
// tested without HTTP.
import { RESOLUTIONS, type Resolution } from '@trading-pro/contract';
import type { Bar } from '../../../models/market/bars.js';
import type { SymbolInfo } from '../../../models/market/instruments.js';
import type { SearchQuery } from '../../../models/market/search.js';
import { DomainError } from '../../../shared/http/errors.js';
import type {
  UdfError,
  UdfHistoryOk,
  UdfNoData,
  UdfSearchQuery,
  UdfSymbolInfo,
} from './udf.schemas.js';

/** As many symbols as one REST quotes request may name. */
export const MAX_UDF_QUOTE_SYMBOLS = 200;

/** Older charting library versions send `D` and `W` for one day and one week. */
const RESOLUTION_ALIASES: ReadonlyMap<string, Resolution> = new Map([
  ['D', '1D'],
  ['W', '1W'],
]);

export function toUdfSymbolInfo(info: SymbolInfo): UdfSymbolInfo {
  return {
    ...info,
    'exchange-listed': info.listed_exchange,
    'exchange-traded': info.exchange,
    minmovement: info.minmov,
  };
}

export function toUdfSearchQuery(query: UdfSearchQuery): SearchQuery {
  return {
    user_input: query.query,
    exchange: query.exchange,
    symbol_type: query.type,
    max_results: query.limit,
  };
}

/** The resolution the datafeed knows by this UDF string, or undefined. */
export function parseUdfResolution(raw: string): Resolution | undefined {
  return RESOLUTIONS.find((resolution) => resolution === raw) ?? RESOLUTION_ALIASES.get(raw);
}

/** Bars (time in ms) as UDF's column arrays (time in s). */
export function toUdfHistory(bars: readonly Bar[]): UdfHistoryOk {
  return {
    s: 'ok',
    t: bars.map((bar) => Math.floor(bar.time / 1000)),
    o: bars.map((bar) => bar.open),
    h: bars.map((bar) => bar.high),
    l: bars.map((bar) => bar.low),
    c: bars.map((bar) => bar.close),
    v: bars.map((bar) => bar.volume),
  };
}

/**
 * The empty answer for a range starting at `fromSeconds`, given the bars that precede it. With
 * `nextTime` the chart jumps straight to the closest earlier bar instead of asking range after
 * empty range (a weekend, a holiday, a long closed session).
 */
export function toUdfNoData(earlier: readonly Bar[], fromSeconds: number): UdfNoData {
  const before = earlier.filter((bar) => bar.time < fromSeconds * 1000);
  const last = before[before.length - 1];
  return last === undefined
    ? { s: 'no_data' }
    : { s: 'no_data', nextTime: Math.floor(last.time / 1000) };
}

/** `AAPL, MSFT,,NVDA` → the named symbols, in order, without blanks. */
export function parseUdfSymbols(raw: string): string[] {
  return raw
    .split(',')
    .map((symbol) => symbol.trim())
    .filter((symbol) => symbol !== '');
}

/**
 * UDF reports a client-side failure (unknown symbol, range backwards) in the body with HTTP 200;
 * anything else is a real failure and keeps propagating to the error handler.
 */
export function toUdfError(error: unknown): UdfError {
  if (error instanceof DomainError && error.statusCode < 500) {
    return { s: 'error', errmsg: error.message };
  }
  throw error;
}
