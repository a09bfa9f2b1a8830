// The datafeed's answers over REST and UDF: catalogue lookups, history and quotes from the
// simulated market (@trading-pro/market), at the injected clock's time.
import { searchInstruments, type Resolution } from '@trading-pro/contract';
import {
  datafeedConfiguration,
  history,
  quoteValues,
  tickQuote,
  toPriceBar,
  toSymbolInfo,
  type Catalogue,
  type Instrument,
  type MarketSimulator,
  type TickBar,
  type TickQuote,
} from '@trading-pro/market';
import type { BarsQuery, BarsResponse } from '../../models/market/bars.js';
import type { DatafeedConfiguration } from '../../models/market/configuration.js';
import type { SymbolInfo } from '../../models/market/instruments.js';
import type { QuoteData } from '../../models/market/quotes.js';
import type { SessionsQuery, SessionsResponse } from '../../models/market/sessions.js';
import type { SearchQuery, SearchResultItem } from '../../models/market/search.js';
import { BadRequestError, NotFoundError } from '../../shared/http/errors.js';
import { barsJson } from './bars-json.js';
import type { DatafeedApi } from './datafeed.api.js';

export class DatafeedService implements DatafeedApi {
  private readonly config: DatafeedConfiguration;
  /** The latest quote computed per symbol, shared by every consumer of the same instant. */
  private readonly quotes = new Map<string, { t: number; quote: TickQuote }>();

  constructor(
    readonly catalogue: Catalogue,
    readonly simulator: MarketSimulator,
    private readonly clock: () => Date,
  ) {
    this.config = datafeedConfiguration(catalogue.instruments);
  }

  now(): Date {
    return this.clock();
  }

  configuration(): DatafeedConfiguration {
    return this.config;
  }

  search(query: SearchQuery): SearchResultItem[] {
    return searchInstruments(this.catalogue.instruments, query);
  }

  instrument(symbol: string): Instrument {
    const instrument = this.catalogue.find(symbol);
    if (instrument === undefined) throw new NotFoundError(`Unknown symbol "${symbol}"`);
    return instrument;
  }

  resolve(symbol: string): SymbolInfo {
    return toSymbolInfo(this.instrument(symbol));
  }

  sessions({ symbol, from, count = 10 }: SessionsQuery): SessionsResponse {
    const instrument = this.instrument(symbol);
    const t = from ?? this.clock().getTime();
    return {
      symbol: instrument.ticker,
      timezone: instrument.timezone,
      sessions: this.simulator
        .model(instrument)
        .calendar.sessionsFrom(t, count)
        .map(({ open, close }) => ({ open, close })),
    };
  }

  getBars(query: BarsQuery): BarsResponse {
    const { instrument, bars, noData } = this.history(query);
    return { bars: bars.map((bar) => toPriceBar(instrument, bar)), no_data: noData };
  }

  /** The same answer as getBars, already as JSON text (see bars-json.ts for why). */
  getBarsJson(query: BarsQuery): Buffer {
    const { instrument, bars, noData } = this.history(query);
    return barsJson(instrument, bars, noData);
  }

  private history(query: BarsQuery): { instrument: Instrument; bars: TickBar[]; noData: boolean } {
    const instrument = this.instrument(query.symbol);
    if (query.from_time > query.to_time) {
      throw new BadRequestError('from_time must not be after to_time');
    }
    const range = {
      from: query.from_time * 1000,
      to: query.to_time * 1000,
      countBack: query.count_back,
    };
    const answer = history(
      this.simulator,
      instrument,
      query.resolution as Resolution,
      range,
      this.clock().getTime(),
    );
    return { instrument, ...answer };
  }

  /** The quote of `instrument` at `t`, computed once per instant however many ask. */
  tickQuote(instrument: Instrument, t: number): TickQuote {
    const cached = this.quotes.get(instrument.ticker);
    if (cached !== undefined && cached.t === t) return cached.quote;
    const quote = tickQuote(this.simulator, instrument, t);
    this.quotes.set(instrument.ticker, { t, quote });
    return quote;
  }

  quoteData(instrument: Instrument, t: number): QuoteData {
    return {
      s: 'ok',
      n: instrument.ticker,
      v: quoteValues(instrument, this.tickQuote(instrument, t)),
    };
  }

  getQuotes(symbols: readonly string[]): QuoteData[] {
    const t = this.clock().getTime();
    return symbols.map((symbol) => {
      const instrument = this.catalogue.find(symbol);
      if (instrument === undefined)
        return { s: 'error', n: symbol, v: { error: `Unknown symbol "${symbol}"` } };
      return this.quoteData(instrument, t);
    });
  }
}
