// A quote at an instant: last trade from the intra-minute path, bid/ask around it with the
// instrument's spread, and the trading day's open, high, low, volume and previous close, all
// consistent with the bars.
import type { Instrument } from '../catalogue/instrument.js';
import type { MarketSimulator } from './market-simulator.js';
import { ticksToPrice, unitsToVolume } from './prices.js';

export interface TickQuote {
  /** Prices in ticks. */
  last: number;
  bid: number;
  ask: number;
  dayOpen: number;
  dayHigh: number;
  dayLow: number;
  previousClose: number;
  /** Volume units traded so far in the day. */
  volume: number;
  /** Whether the instrument is in session at this instant. */
  open: boolean;
}

/** TradingView's QuoteData values, prices in the instrument's currency. */
export interface QuoteValues {
  ch: number;
  chp: number;
  short_name: string;
  exchange: string;
  description: string;
  lp: number;
  ask: number;
  bid: number;
  spread: number;
  open_price: number;
  high_price: number;
  low_price: number;
  prev_close_price: number;
  volume: number;
}

/** The prices a trade meets at `t`, in ticks: what an order needs, without the day's figures. */
export interface TickPrices {
  last: number;
  bid: number;
  ask: number;
  /** Whether the instrument is in session at this instant. */
  open: boolean;
}

/** Bid and ask around the last trade with the instrument's spread (never less than one tick). */
function around(instrument: Instrument, last: number): { bid: number; ask: number } {
  const spreadTicks = Math.max(1, Math.round(last * instrument.spread));
  const bid = last - Math.floor(spreadTicks / 2);
  return { bid, ask: bid + spreadTicks };
}

/** The last trade, bid and ask at `t`: a quote's prices without walking the day so far. */
export function tickPrices(
  simulator: MarketSimulator,
  instrument: Instrument,
  t: number,
): TickPrices {
  const moment = simulator.moment(instrument, t);
  const last = simulator.minuteBar(instrument, moment.series, moment.minute, moment.step).close;
  return { last, ...around(instrument, last), open: moment.open };
}

export function tickQuote(
  simulator: MarketSimulator,
  instrument: Instrument,
  t: number,
): TickQuote {
  const moment = simulator.moment(instrument, t);
  const { series, minute, step } = moment;
  const forming = simulator.minuteBar(instrument, series, minute, step);
  let high = forming.high;
  let low = forming.low;
  let volume = forming.volume;
  for (let i = 0; i < minute; i++) {
    if (series.high[i]! > high) high = series.high[i]!;
    if (series.low[i]! < low) low = series.low[i]!;
    volume += series.volume[i]!;
  }
  const calendar = simulator.model(instrument).calendar;
  // The previous day has closed: its bar is its plan, no minutes needed.
  const previous = simulator.dailyBar(instrument, calendar.previousDay(series.session.day));
  const last = forming.close;
  return {
    last,
    ...around(instrument, last),
    dayOpen: series.open[0]!,
    dayHigh: high,
    dayLow: low,
    previousClose: previous === undefined ? series.open[0]! : previous.close,
    volume,
    open: moment.open,
  };
}

/** The SPEC's QuoteData values of a quote, prices in the instrument's currency. */
export function quoteValues(instrument: Instrument, quote: TickQuote): QuoteValues {
  const price = (ticks: number) => ticksToPrice(instrument, ticks);
  const change = price(quote.last - quote.previousClose);
  const percent = Math.round((change / price(quote.previousClose)) * 10_000) / 100;
  return {
    ch: change,
    // A fall too small to show rounds to −0, which JSON cannot carry (the server answers 0) and
    // a number format prints as "-0": it is 0.
    chp: percent === 0 ? 0 : percent,
    short_name: instrument.ticker,
    exchange: instrument.exchange,
    description: instrument.description,
    lp: price(quote.last),
    ask: price(quote.ask),
    bid: price(quote.bid),
    spread: price(quote.ask - quote.bid),
    open_price: price(quote.dayOpen),
    high_price: price(quote.dayHigh),
    low_price: price(quote.dayLow),
    prev_close_price: price(quote.previousClose),
    volume: unitsToVolume(instrument, quote.volume),
  };
}
