// The market as the paper-trading engine asks for it (`MarketView`), read straight from the
// simulator at the clock's instant: the offline demo trades against exactly the prices its
// charts show, and that the server would quote at the same instant.
import type { EngineInstrument, EngineQuote, MarketView } from '@trading-pro/contract/paper';
import { Catalogue } from './catalogue/catalogue.js';
import { tickSize } from './catalogue/instrument.js';
import type { MarketSimulator } from './simulator/market-simulator.js';
import { ticksToPrice } from './simulator/prices.js';
import { tickPrices } from './simulator/quote-builder.js';

export interface SimulatedMarket extends MarketView {
  /** The quote of `symbol` at `t` (undefined for an unknown symbol). */
  quoteAt(symbol: string, t: number): EngineQuote | undefined;
}

export function simulatedMarket(
  simulator: MarketSimulator,
  clock: () => number,
  catalogue: Catalogue = new Catalogue(),
): SimulatedMarket {
  const instruments = new Map<string, EngineInstrument>();
  const quoteAt = (symbol: string, t: number): EngineQuote | undefined => {
    const instrument = catalogue.find(symbol);
    if (instrument === undefined) return undefined;
    const quote = tickPrices(simulator, instrument, t);
    return {
      bid: ticksToPrice(instrument, quote.bid),
      ask: ticksToPrice(instrument, quote.ask),
      inSession: quote.open,
    };
  };
  return {
    instrument: (symbol) => {
      const instrument = catalogue.find(symbol);
      if (instrument === undefined) return undefined;
      let engine = instruments.get(instrument.ticker);
      if (engine === undefined) {
        engine = {
          symbol: instrument.ticker,
          type: instrument.type,
          currency: instrument.currency,
          tickSize: tickSize(instrument),
          qty: { ...instrument.qty },
        };
        instruments.set(instrument.ticker, engine);
      }
      return engine;
    },
    quote: (symbol) => quoteAt(symbol, clock()),
    quoteAt,
    sessionClose: (symbol, t) => {
      const instrument = catalogue.find(symbol);
      return instrument === undefined
        ? undefined
        : simulator.model(instrument).calendar.closeAtOrAfter(t);
    },
  };
}
