// Lookup of instruments by ticker, and their TradingView SymbolInfo.
import { RESOLUTIONS } from '@trading-pro/contract';
import type { SymbolInfo } from '../../../models/market/instruments.js';
import { sessionString, type Instrument } from './instrument.js';
import { INSTRUMENTS } from './instruments.data.js';

export class Catalogue {
  private readonly byTicker: ReadonlyMap<string, Instrument>;

  constructor(readonly instruments: readonly Instrument[] = INSTRUMENTS) {
    this.byTicker = new Map(instruments.map((i) => [i.ticker, i]));
  }

  /** Exact ticker, or case-insensitively, or `EXCHANGE:TICKER`. */
  find(symbol: string): Instrument | undefined {
    const ticker = symbol.includes(':') ? symbol.slice(symbol.indexOf(':') + 1) : symbol;
    return this.byTicker.get(ticker) ?? this.byTicker.get(ticker.toUpperCase());
  }
}

export function toSymbolInfo(instrument: Instrument): SymbolInfo {
  return {
    name: instrument.name,
    ticker: instrument.ticker,
    description: instrument.description,
    type: instrument.type,
    session: sessionString(instrument),
    timezone: instrument.timezone,
    exchange: instrument.exchange,
    listed_exchange: instrument.exchange,
    format: 'price',
    pricescale: instrument.pricescale,
    minmov: instrument.minmov,
    has_intraday: true,
    has_daily: true,
    has_weekly_and_monthly: true,
    supported_resolutions: [...RESOLUTIONS],
    volume_precision: instrument.volumePrecision,
    data_status: 'streaming',
    currency_code: instrument.currency,
  };
}
