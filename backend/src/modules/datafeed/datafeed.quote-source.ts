// The datafeed's side of the QuoteSource port: the same prices the quotes stream publishes.
import { tickPrices, tickSize, ticksToPrice, type Instrument } from '@trading-pro/market';
import type { InstrumentSpec, LiveQuote, QuoteSource } from '../../shared/ports/quote-source.js';
import type { DatafeedService } from './datafeed.service.js';
import type { LiveFeed } from './live-feed.js';

export function datafeedQuoteSource(service: DatafeedService, feed: LiveFeed): QuoteSource {
  // The last quote of each symbol: every account asks for the same instant's.
  const latest = new Map<string, LiveQuote>();
  const live = (instrument: Instrument, t: number): LiveQuote => {
    const known = latest.get(instrument.ticker);
    if (known?.time === t) return known;
    // Only the prices: an order needs no day's high, low or volume.
    const quote = tickPrices(service.simulator, instrument, t);
    const price = (ticks: number) => ticksToPrice(instrument, ticks);
    const computed = {
      symbol: instrument.ticker,
      bid: price(quote.bid),
      ask: price(quote.ask),
      last: price(quote.last),
      time: t,
      inSession: quote.open,
    };
    latest.set(instrument.ticker, computed);
    return computed;
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
        qty: { ...instrument.qty },
      };
    },
    quote: (symbol) => {
      const instrument = service.catalogue.find(symbol);
      return instrument === undefined ? undefined : live(instrument, service.now().getTime());
    },
    sessionClose: (symbol, t) => {
      const instrument = service.catalogue.find(symbol);
      return instrument === undefined
        ? undefined
        : service.simulator.model(instrument).calendar.closeAtOrAfter(t);
    },
    subscribe: (symbol, listener) => {
      const instrument = service.catalogue.find(symbol);
      if (instrument === undefined) throw new Error(`Unknown symbol "${symbol}"`);
      return feed.subscribe(instrument.ticker, (t) => listener(live(instrument, t)));
    },
  };
}
