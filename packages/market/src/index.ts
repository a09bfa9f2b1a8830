// @trading-pro/market: the one simulated market. The backend's datafeed serves it; the terminal's
// offline demo runs the same code with the same seed, so both show the same price at an instant.
export { Catalogue, findInstrument } from './catalogue/catalogue.js';
export { datafeedConfiguration, type DatafeedConfiguration } from './catalogue/configuration.js';
export {
  sessionString,
  tickSize,
  type Instrument,
  type InstrumentType,
  type QtyRules,
  type SessionKind,
} from './catalogue/instrument.js';
export { INSTRUMENTS } from './catalogue/instruments.data.js';
export { toSymbolInfo, type SymbolInfo } from './catalogue/symbol-info.js';
export {
  history,
  historyBars,
  INTRADAY_HISTORY_DAYS,
  MAX_BARS,
  type BarRange,
} from './simulator/bar-history.js';
export { ORIGIN_DAY } from './simulator/daily-model.js';
export { STEP_MS } from './simulator/instrument-model.js';
export { marketHoursAt, type MarketHours } from './simulator/market-hours.js';
export { DEFAULT_MARKET_SEED, MarketSimulator } from './simulator/market-simulator.js';
export {
  ticksToPrice,
  toPriceBar,
  unitsToVolume,
  type Bar,
  type TickBar,
} from './simulator/prices.js';
export {
  quoteValues,
  tickPrices,
  tickQuote,
  type QuoteValues,
  type TickPrices,
  type TickQuote,
} from './simulator/quote-builder.js';
export { DAY_MS } from './simulator/sessions.js';
export { simulatedMarket, type SimulatedMarket } from './simulated-market.js';
