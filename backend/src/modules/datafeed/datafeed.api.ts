// What the datafeed service offers its HTTP adapters (REST and UDF). Errors are the shared
// domain errors: NotFoundError for an unknown symbol, BadRequestError for a bad range.
import type { BarsQuery, BarsResponse } from '../../models/market/bars.js';
import type { DatafeedConfiguration } from '../../models/market/configuration.js';
import type { SymbolInfo } from '../../models/market/instruments.js';
import type { QuoteData } from '../../models/market/quotes.js';
import type { SessionsQuery, SessionsResponse } from '../../models/market/sessions.js';
import type { SearchQuery, SearchResultItem } from '../../models/market/search.js';

export interface DatafeedApi {
  configuration(): DatafeedConfiguration;
  search(query: SearchQuery): SearchResultItem[];
  /** Throws NotFoundError for an unknown symbol. */
  resolve(symbol: string): SymbolInfo;
  /** Throws NotFoundError for an unknown symbol, BadRequestError when from > to. */
  getBars(query: BarsQuery): BarsResponse;
  /** getBars's answer as JSON text, written without formatting each price as a double. */
  getBarsJson(query: BarsQuery): Buffer;
  /** Throws NotFoundError for an unknown symbol. */
  sessions(query: SessionsQuery): SessionsResponse;
  /** One entry per requested symbol, `s: "error"` for an unknown one. */
  getQuotes(symbols: readonly string[]): QuoteData[];
  /** The service's current time (injected clock). */
  now(): Date;
}
