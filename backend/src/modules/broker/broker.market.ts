// The market as the engine sees it, read from the QuoteSource port: the instrument, its quote
// and its session, synchronously. Instruments do not change while the process runs, so each is
// mapped once.
import type { EngineInstrument, EngineQuote, MarketView } from '@trading-pro/contract/paper';
import type { LiveQuote, QuoteSource } from '../../shared/ports/quote-source.js';

export const engineQuote = (quote: LiveQuote): EngineQuote => ({
  bid: quote.bid,
  ask: quote.ask,
  inSession: quote.inSession,
});

export function marketView(source: () => QuoteSource | undefined): MarketView {
  const instruments = new Map<string, EngineInstrument | null>();
  return {
    instrument: (symbol) => {
      const known = instruments.get(symbol);
      if (known !== undefined) return known ?? undefined;
      const spec = source()?.instrument(symbol);
      if (spec === undefined) return undefined;
      const instrument: EngineInstrument = {
        symbol: spec.symbol,
        type: spec.type,
        currency: spec.currency,
        tickSize: spec.tickSize,
        qty: spec.qty,
      };
      instruments.set(symbol, instrument);
      return instrument;
    },
    quote: (symbol) => {
      const quote = source()?.quote(symbol);
      return quote === undefined ? undefined : engineQuote(quote);
    },
    sessionClose: (symbol, t) => source()?.sessionClose(symbol, t),
  };
}
