// What makes a PreOrder acceptable, with messages that name the offending field (SPEC §3, §7).
import { OrderType, type Side, hasLimitPrice, hasStopPrice } from '../enums.js';
import { bracketErrors } from './brackets.js';
import type { BidAsk } from './matching.js';

/** The prices of an order the rules look at (a PreOrder has these and more). */
export interface OrderPrices {
  side: Side;
  type: OrderType;
  limitPrice?: number;
  stopPrice?: number;
  takeProfit?: number;
  stopLoss?: number;
  guaranteedStop?: number;
}

/** What the rules need of an instrument: its price increment and its kind. */
export interface TickedInstrument {
  /** minmov / pricescale: prices are multiples of it. */
  tickSize: number;
  /** 'forex' has ten-tick pips. */
  type: string;
}

const onGrid = (price: number, tick: number) => {
  const steps = price / tick;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
};

/** Problems of a PreOrder, [] when it may be placed. */
export function orderErrors(
  pre: OrderPrices,
  instrument: TickedInstrument,
  quote: BidAsk,
): string[] {
  const errors: string[] = [];
  const needsLimit = hasLimitPrice(pre.type);
  const needsStop = hasStopPrice(pre.type);
  if (needsLimit && pre.limitPrice === undefined)
    errors.push('limitPrice: required for a limit or stop-limit order');
  if (needsStop && pre.stopPrice === undefined)
    errors.push('stopPrice: required for a stop or stop-limit order');
  for (const field of [
    'limitPrice',
    'stopPrice',
    'takeProfit',
    'stopLoss',
    'guaranteedStop',
  ] as const) {
    const price = pre[field];
    if (price !== undefined && !onGrid(price, instrument.tickSize)) {
      errors.push(`${field}: ${price} is not a multiple of the tick size ${instrument.tickSize}`);
    }
  }
  if (errors.length > 0) return errors;
  return bracketErrors({
    side: pre.side,
    type: pre.type,
    limitPrice: needsLimit ? pre.limitPrice : undefined,
    stopPrice: needsStop ? pre.stopPrice : undefined,
    takeProfit: pre.takeProfit,
    stopLoss: pre.stopLoss ?? pre.guaranteedStop,
    quote,
  });
}

/** Problems of new brackets for an open position, judged against the price it would exit at. */
export function positionBracketErrors(
  positionSide: Side,
  brackets: { stopLoss?: number; takeProfit?: number; guaranteedStop?: number },
  instrument: TickedInstrument,
  quote: BidAsk,
): string[] {
  const errors: string[] = [];
  for (const field of ['takeProfit', 'stopLoss', 'guaranteedStop'] as const) {
    const price = brackets[field];
    if (price !== undefined && !onGrid(price, instrument.tickSize)) {
      errors.push(`${field}: ${price} is not a multiple of the tick size ${instrument.tickSize}`);
    }
  }
  if (errors.length > 0) return errors;
  // A position's exits are judged like a market order's brackets: against the current price.
  return bracketErrors({
    side: positionSide,
    type: OrderType.Market,
    takeProfit: brackets.takeProfit,
    stopLoss: brackets.stopLoss ?? brackets.guaranteedStop,
    quote,
  });
}

/** The size of a pip: ten ticks for forex (a 5-decimal EURUSD pip is 0.0001), a tick otherwise. */
export function pipSize(instrument: TickedInstrument): number {
  return instrument.type === 'forex' ? instrument.tickSize * 10 : instrument.tickSize;
}
