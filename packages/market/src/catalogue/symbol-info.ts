// TradingView's LibrarySymbolInfo of an instrument: the `/resolve` answer of the server and of the
// offline demo, built in one place so both describe an instrument identically.
import { RESOLUTIONS, type Resolution } from '@trading-pro/contract';
import {
  sessionString,
  type Instrument,
  type InstrumentType,
  type QtyRules,
} from './instrument.js';

/** TradingView's `LibrarySymbolInfo`, the fields this market provides. */
export interface SymbolInfo {
  name: string;
  ticker: string;
  description: string;
  type: InstrumentType;
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
  qty: QtyRules;
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
    qty: { ...instrument.qty },
  };
}
