// A test-only stand-in for the datafeed's QuoteSource port: quotes are whatever the test sets,
// and a price update reaches subscribers exactly when the test says so.
import { defineModule, type ModuleDefinition } from '../../src/shared/module.js';
import type {
  InstrumentSpec,
  LiveQuote,
  QuoteSource,
} from '../../src/shared/ports/quote-source.js';

export interface TestMarket {
  /** Sets a symbol's quote and delivers it to every subscriber. */
  set(symbol: string, bid: number, ask: number, inSession?: boolean): void;
  subscribers(symbol: string): number;
}

const INSTRUMENTS: Record<string, InstrumentSpec> = {
  BTCUSD: {
    symbol: 'BTCUSD',
    description: 'Bitcoin',
    type: 'crypto',
    currency: 'USD',
    pricescale: 100,
    minmov: 1,
    tickSize: 0.01,
    qty: { min: 0.0001, max: 1000, step: 0.0001 },
  },
  AAPL: {
    symbol: 'AAPL',
    description: 'Apple',
    type: 'stock',
    currency: 'USD',
    pricescale: 100,
    minmov: 1,
    tickSize: 0.01,
    qty: { min: 1, max: 1_000_000, step: 1 },
  },
  EURUSD: {
    symbol: 'EURUSD',
    description: 'Euro',
    type: 'forex',
    currency: 'USD',
    pricescale: 100000,
    minmov: 1,
    tickSize: 0.00001,
    qty: { min: 1000, max: 100_000_000, step: 1000 },
  },
  // Quoted in other currencies than the account's USD: converted through USDJPY and EURUSD.
  USDJPY: {
    symbol: 'USDJPY',
    description: 'US Dollar / Yen',
    type: 'forex',
    currency: 'JPY',
    pricescale: 1000,
    minmov: 1,
    tickSize: 0.001,
    qty: { min: 1000, max: 100_000_000, step: 1000 },
  },
  SAP: {
    symbol: 'SAP',
    description: 'SAP (EUR)',
    type: 'stock',
    currency: 'EUR',
    pricescale: 100,
    minmov: 1,
    tickSize: 0.01,
    qty: { min: 1, max: 1_000_000, step: 1 },
  },
  // No pair converts CHF to USD here: not tradable on a USD account.
  NESN: {
    symbol: 'NESN',
    description: 'Nestle (CHF)',
    type: 'stock',
    currency: 'CHF',
    pricescale: 100,
    minmov: 1,
    tickSize: 0.01,
    qty: { min: 1, max: 1_000_000, step: 1 },
  },
};

export function makeQuoteTestModule(): { definition: ModuleDefinition; market: TestMarket } {
  const quotes = new Map<string, LiveQuote>([
    ['BTCUSD', { symbol: 'BTCUSD', bid: 100, ask: 100.1, last: 100.05, time: 0, inSession: true }],
    ['AAPL', { symbol: 'AAPL', bid: 50, ask: 50.02, last: 50.01, time: 0, inSession: true }],
    [
      'EURUSD',
      { symbol: 'EURUSD', bid: 1.1, ask: 1.10002, last: 1.10001, time: 0, inSession: true },
    ],
    ['USDJPY', { symbol: 'USDJPY', bid: 150, ask: 150.02, last: 150.01, time: 0, inSession: true }],
    ['SAP', { symbol: 'SAP', bid: 200, ask: 200.1, last: 200.05, time: 0, inSession: true }],
    ['NESN', { symbol: 'NESN', bid: 100, ask: 100.1, last: 100.05, time: 0, inSession: true }],
  ]);
  /** Every session closes at this instant, for DAY orders. */
  const sessionClose = Date.UTC(2100, 0, 1);
  const listeners = new Map<string, Set<(quote: LiveQuote) => void>>();
  const source: QuoteSource = {
    instrument: (symbol) => INSTRUMENTS[symbol],
    quote: (symbol) => quotes.get(symbol),
    sessionClose: () => sessionClose,
    subscribe: (symbol, listener) => {
      const set = listeners.get(symbol) ?? new Set();
      listeners.set(symbol, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  const market: TestMarket = {
    set: (symbol, bid, ask, inSession = true) => {
      const quote = { symbol, bid, ask, last: (bid + ask) / 2, time: Date.now(), inSession };
      quotes.set(symbol, quote);
      for (const listener of listeners.get(symbol) ?? []) listener(quote);
    },
    subscribers: (symbol) => listeners.get(symbol)?.size ?? 0,
  };
  const definition = defineModule({
    name: 'testquotes',
    description: 'Test-only quote source',
    create: (ctx) => {
      ctx.ports.provide('quoteSource', source);
      return { routes: () => undefined };
    },
  });
  return { definition, market };
}
