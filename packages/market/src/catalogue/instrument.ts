// What the market knows of an instrument: how it is named and listed (what a client sees), how
// it may be traded (tick and quantity grids) and how it behaves (what the simulator needs).

export type InstrumentType = 'stock' | 'crypto' | 'forex' | 'index';

/**
 * - `exchange`: one session a day on weekdays in the exchange's timezone, e.g. 09:30–16:00.
 * - `overnight`: forex, 24/5; the trading day D runs from `open` on D−1 to `open` on D (17:00 New
 *   York), Monday to Friday.
 * - `continuous`: crypto, 24/7 in UTC.
 */
export type SessionKind = 'exchange' | 'overnight' | 'continuous';

/** TradingView's `symbolInfo.qty`: an order's quantity is a multiple of `step` in [min, max]. */
export interface QtyRules {
  min: number;
  max: number;
  step: number;
}

export interface Instrument {
  ticker: string;
  name: string;
  description: string;
  type: InstrumentType;
  exchange: string;
  timezone: string;
  sessionKind: SessionKind;
  /** Local `HHMM` of the session's opening and closing (equal for overnight sessions). */
  open: string;
  close: string;
  /** Prices are multiples of minmov / pricescale. */
  pricescale: number;
  minmov: number;
  currency: string;
  /** Quantities an order may have: shares, coins or currency units. */
  qty: QtyRules;
  /** Level the price mean-reverts to over months. */
  basePrice: number;
  /** Annualised volatility, e.g. 0.3 for 30 %. */
  volatility: number;
  /** Bid/ask spread as a fraction of the price; never less than one tick. */
  spread: number;
  /** Typical volume of one trading day. */
  dailyVolume: number;
  volumePrecision: number;
}

/** Price increment of the instrument. */
export const tickSize = (instrument: Instrument) => instrument.minmov / instrument.pricescale;

/** TradingView's session string for LibrarySymbolInfo.session. */
export function sessionString(instrument: Instrument): string {
  switch (instrument.sessionKind) {
    case 'continuous':
      return '24x7';
    case 'overnight':
      return `${instrument.open}-${instrument.close}:23456`;
    case 'exchange':
      return `${instrument.open}-${instrument.close}:23456`;
  }
}
