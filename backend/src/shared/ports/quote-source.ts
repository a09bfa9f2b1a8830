// The contract between a producer of market prices (the datafeed) and its consumers (the
// broker's matching engine). Consumers depend on this port, never on the datafeed module.

export interface LiveQuote {
  symbol: string;
  bid: number;
  ask: number;
  last: number;
  /** Unix milliseconds of the quote. */
  time: number;
  /** False outside the instrument's session: the prices are the last ones of the session. */
  inSession: boolean;
}

export interface InstrumentSpec {
  symbol: string;
  description: string;
  type: string;
  currency: string;
  pricescale: number;
  minmov: number;
  /** minmov / pricescale: prices are multiples of it. */
  tickSize: number;
  /** Order quantities: multiples of `step` from `min` to `max` (shares, coins, currency units). */
  qty: { min: number; max: number; step: number };
}

export interface QuoteSource {
  /** The instrument's specification, or undefined for an unknown symbol. */
  instrument(symbol: string): InstrumentSpec | undefined;
  /** The current quote, or undefined for an unknown symbol. */
  quote(symbol: string): LiveQuote | undefined;
  /**
   * The close (Unix ms) of the instrument's session in progress at `t`, or of the next one when
   * it is closed then; undefined for an unknown symbol.
   */
  sessionClose(symbol: string, t: number): number | undefined;
  /** Calls `listener` on every price update of `symbol`; returns the unsubscribe function. */
  subscribe(symbol: string, listener: (quote: LiveQuote) => void): () => void;
  /**
   * Resolves once instrument(), quote() and sessionClose() can answer for `symbol` (a source in
   * another process fetches the instrument and follows its quotes); rejects with the reason when
   * market data is out of reach. Absent: the answers are always at hand.
   */
  prepare?(symbol: string): Promise<void>;
  /** Whether prices reach this process now, and why not. Absent: always. */
  link?(): QuoteLink;
}

export type QuoteLink = { up: true; detail?: string } | { up: false; reason: string };
