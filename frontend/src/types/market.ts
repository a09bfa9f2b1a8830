// Market-data types the terminal works with, shaped like TradingView's datafeed API so a
// licensed charting library could use the same service. Only `plugins/mappers.ts` knows the
// backend's wire types; everything else uses these.
import type { Resolution, SymbolSearchResult } from '@trading-pro/contract';

export type { Resolution } from '@trading-pro/contract';

export type SymbolType = 'stock' | 'crypto' | 'forex' | 'index';

/** One OHLCV bar; `time` is the bar's opening instant in Unix milliseconds. */
export interface Bar {
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export interface DatafeedConfiguration {
  supported_resolutions: Resolution[];
  exchanges: { value: string; name: string; desc: string }[];
  symbols_types: { name: string; value: string }[];
  supports_search: boolean;
  supports_group_request: boolean;
  supports_marks: boolean;
  supports_timescale_marks: boolean;
  supports_time: boolean;
}

/** TradingView's SearchSymbolResultItem, as the shared symbol search ranks them. */
export type SearchSymbolResultItem = SymbolSearchResult<SymbolType>;

/** TradingView's `LibrarySymbolInfo`, the fields the backend provides. */
export interface SymbolInfo {
  name: string;
  ticker: string;
  description: string;
  type: SymbolType;
  session: string;
  timezone: string;
  exchange: string;
  listed_exchange: string;
  format: 'price';
  pricescale: number;
  minmov: number;
  has_intraday: boolean;
  has_daily: boolean;
  has_weekly_and_monthly: boolean;
  supported_resolutions: Resolution[];
  volume_precision: number;
  data_status: 'streaming' | 'endofday' | 'delayed_streaming';
  currency_code?: string;
}

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

export interface QuoteValues {
  ch: number;
  chp: number;
  short_name: string;
  exchange: string;
  description: string;
  lp: number;
  ask: number;
  bid: number;
  spread: number;
  open_price: number;
  high_price: number;
  low_price: number;
  prev_close_price: number;
  volume: number;
}

/** TradingView's `QuoteData`: a quote, or why a symbol has none. */
export type QuoteData =
  { s: 'ok'; n: string; v: QuoteValues } | { s: 'error'; n: string; v: { error: string } };
