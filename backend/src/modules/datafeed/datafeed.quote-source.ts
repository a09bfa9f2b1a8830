// The datafeed's side of the QuoteSource port: the same prices the quotes stream publishes.
import type { InstrumentSpec, LiveQuote, QuoteSource } from '../../shared/ports/quote-source.js';
import { tickSize, type Instrument } from './catalogue/instrument.js';
import type { DatafeedService } from './datafeed.service.js';
import type { LiveFeed } from './market/live-feed.js';

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
      };
    },
    quote: (symbol) => {
      const instrument = service.catalogue.find(symbol);
      return instrument === undefined ? undefined : live(instrument, service.now().getTime());
    },
    subscribe: (symbol, listener) => {
      const instrument = service.catalogue.find(symbol);
      if (instrument === undefined) throw new Error(`Unknown symbol "${symbol}"`);
      return feed.subscribe(instrument.ticker, (t) => listener(live(instrument, t)));
    },
  };
}
