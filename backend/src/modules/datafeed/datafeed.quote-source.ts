// The datafeed's side of the QuoteSource port: the same prices the quotes stream publishes.
import type { InstrumentSpec, LiveQuote, QuoteSource } from '../../shared/ports/quote-source.js';
import { tickSize, type Instrument } from './catalogue/instrument.js';
import type { DatafeedService } from './datafeed.service.js';
import type { LiveFeed } from './market/live-feed.js';

/** Until the catalogue carries each instrument's quantity rules: by type. */
function interimQty(instrument: Instrument) {
  if (instrument.type === 'crypto') return { min: 0.0001, max: 1_000_000, step: 0.0001 };
  if (instrument.type === 'forex') return { min: 1000, max: 100_000_000, step: 1000 };
  return { min: 1, max: 1_000_000, step: 1 };
}

export function datafeedQuoteSource(service: DatafeedService, feed: LiveFeed): QuoteSource {
  const live = (instrument: Instrument, t: number): LiveQuote => {
    const quote = service.tickQuote(instrument, t);
    const model = service.simulator.model(instrument);
    return {
      symbol: instrument.ticker,
      bid: model.price(quote.bid),
      ask: model.price(quote.ask),
      last: model.price(quote.last),
      time: t,
      inSession: quote.open,
    };
  };
  return {
    instrument: (symbol): InstrumentSpec | undefined => {
      const instrument = service.catalogue.find(symbol);
      if (instrument === undefined) return undefined;
      return {
        symbol: instrument.ticker,
        description: instrument.description,
        type: instrument.type,
        currency: instrument.currency,
        pricescale: instrument.pricescale,
        minmov: instrument.minmov,
        tickSize: tickSize(instrument),
        qty: interimQty(instrument),
      };
    },
    quote: (symbol) => {
      const instrument = service.catalogue.find(symbol);
      return instrument === undefined ? undefined : live(instrument, service.now().getTime());
    },
    sessionClose: (symbol, t) => {
      const instrument = service.catalogue.find(symbol);
      if (instrument === undefined) return undefined;
      const calendar = service.simulator.model(instrument).calendar;
      const current = calendar.dayAt(t);
      if (current !== undefined) return calendar.session(current)!.close;
      // Closed now: the close of the next session to open (at most a week ahead).
      const start = calendar.lastDayOpenedBy(t);
      for (let day = start + 1; day <= start + 8; day++) {
        const session = calendar.session(day);
        if (session !== undefined && session.open > t) return session.close;
      }
      return undefined;
    },
    subscribe: (symbol, listener) => {
      const instrument = service.catalogue.find(symbol);
      if (instrument === undefined) throw new Error(`Unknown symbol "${symbol}"`);
      return feed.subscribe(instrument.ticker, (t) => listener(live(instrument, t)));
    },
  };
}
