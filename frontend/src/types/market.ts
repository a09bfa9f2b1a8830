// Market-data types the terminal works with, shaped like TradingView's datafeed API so a
// licensed charting library could use the same service. Only `plugins/mappers.ts` knows the
// backend's wire types; everything else uses these. The bar, symbol, configuration and quote
// shapes are the market package's own: the offline demo runs that market, the backend serves it.
import type { SymbolSearchResult } from '@trading-pro/contract';
import type { InstrumentType, QuoteValues } from '@trading-pro/market';

export type { Resolution } from '@trading-pro/contract';
// A bar's `time` is its opening instant in Unix milliseconds; SymbolInfo is TradingView's
// `LibrarySymbolInfo`, quantity grid included.
export type { Bar, DatafeedConfiguration, QuoteValues, SymbolInfo } from '@trading-pro/market';

export type SymbolType = InstrumentType;

/** What an instrument allows: prices on its tick, quantities within its grid. */
export interface InstrumentGrid {
  tick: number;
  qty: { min: number; max: number; step: number };
}

/** TradingView's SearchSymbolResultItem, as the shared symbol search ranks them. */
export type SearchSymbolResultItem = SymbolSearchResult<SymbolType>;

/** TradingView's `PeriodParams`: bounds in Unix seconds. */
export interface PeriodParams {
  from: number;
  to: number;
  countBack: number;
  firstDataRequest: boolean;
}

export interface HistoryMetadata {
  noData: boolean;
}

/** TradingView's `QuoteData`: a quote, or why a symbol has none. */
export type QuoteData =
  { s: 'ok'; n: string; v: QuoteValues } | { s: 'error'; n: string; v: { error: string } };
