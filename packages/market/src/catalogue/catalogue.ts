// Lookup of instruments by ticker: the one catalogue the server serves and the offline demo runs.
import type { Instrument } from './instrument.js';
import { INSTRUMENTS } from './instruments.data.js';

export class Catalogue {
  private readonly byTicker: ReadonlyMap<string, Instrument>;

  constructor(readonly instruments: readonly Instrument[] = INSTRUMENTS) {
    this.byTicker = new Map(instruments.map((i) => [i.ticker, i]));
  }

  /** Exact ticker, or case-insensitively, or `EXCHANGE:TICKER` as charts display it. */
  find(symbol: string): Instrument | undefined {
    const ticker = symbol.includes(':') ? symbol.slice(symbol.indexOf(':') + 1) : symbol;
    return this.byTicker.get(ticker) ?? this.byTicker.get(ticker.toUpperCase());
  }
}

const DEFAULT_CATALOGUE = new Catalogue();

/** The listed instrument named `symbol` (see Catalogue.find), or undefined. */
export const findInstrument = (symbol: string): Instrument | undefined =>
  DEFAULT_CATALOGUE.find(symbol);
