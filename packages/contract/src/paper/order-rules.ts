// What makes a PreOrder acceptable, with messages that name the offending field (docs/contract.md#rest, docs/broker.md#orders-and-fills).
import type { OrderType } from '../enums.js';
import { Side, hasLimitPrice, hasStopPrice } from '../enums.js';
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

/** Whether `value` is a whole multiple of `step` (a price of its tick, a quantity of its step). */
export function isOnGrid(value: number, step: number): boolean {
  const steps = value / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/**
 * The price a position's exits trade at: a long is closed by selling at the bid, a short by
 * buying at the ask. An exit at or through it would close the position at once.
 */
export function positionExitPrice(positionSide: Side, quote: BidAsk): number {
  return positionSide === Side.Buy ? quote.bid : quote.ask;
}

/** How much one order may trade: at least `min`, at most `max`, in multiples of `step`. */
export interface QtyGrid {
  min: number;
  max: number;
  step: number;
}

/** Problems of a quantity on an instrument's grid, [] when it is fine. */
export function qtyErrors(qty: number, grid: QtyGrid, symbol: string): string[] {
  if (qty < grid.min) return [`qty: ${qty} is below the minimum ${grid.min} for ${symbol}`];
  if (qty > grid.max) return [`qty: ${qty} is above the maximum ${grid.max} for ${symbol}`];
  if (!isOnGrid(qty, grid.step)) {
    return [`qty: ${qty} is not a multiple of the step ${grid.step} for ${symbol}`];
  }
  return [];
}

/**
 * A stop away from the market: at or through it, the order would fire at once as a market
 * order, which is never what a trader placing a stop means.
 */
export function stopSideErrors(side: Side, stopPrice: number, quote: BidAsk): string[] {
  if (side === Side.Buy && stopPrice <= quote.ask) {
    return [
      `stopPrice: ${stopPrice} must be above the ask ${quote.ask} for a buy stop (at or below it the order would fill at once)`,
    ];
  }
  if (side === Side.Sell && stopPrice >= quote.bid) {
    return [
      `stopPrice: ${stopPrice} must be below the bid ${quote.bid} for a sell stop (at or above it the order would fill at once)`,
    ];
  }
  return [];
}

export interface OrderCheckOptions {
  /** The order's stop already fired (a triggered stop-limit): its stop is no longer checked. */
  triggered?: boolean;
}

/** Problems of a PreOrder, [] when it may be placed. */
export function orderErrors(
  pre: OrderPrices,
  instrument: TickedInstrument,
  quote: BidAsk,
  options: OrderCheckOptions = {},
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
    if (price !== undefined && !isOnGrid(price, instrument.tickSize)) {
      errors.push(`${field}: ${price} is not a multiple of the tick size ${instrument.tickSize}`);
    }
  }
  if (errors.length > 0) return errors;
  if (needsStop && pre.stopPrice !== undefined && options.triggered !== true) {
    errors.push(...stopSideErrors(pre.side, pre.stopPrice, quote));
  }
  return [
    ...errors,
    ...bracketErrors({
      side: pre.side,
      type: pre.type,
      limitPrice: needsLimit ? pre.limitPrice : undefined,
      stopPrice: needsStop ? pre.stopPrice : undefined,
      takeProfit: pre.takeProfit,
      stopLoss: pre.stopLoss ?? pre.guaranteedStop,
      quote,
    }),
  ];
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
    if (price !== undefined && !isOnGrid(price, instrument.tickSize)) {
      errors.push(`${field}: ${price} is not a multiple of the tick size ${instrument.tickSize}`);
    }
  }
  if (errors.length > 0) return errors;
  const long = positionSide === Side.Buy;
  const exitPrice = positionExitPrice(positionSide, quote);
  const at = `${exitPrice} (the ${long ? 'bid' : 'ask'}) to close a ${long ? 'long' : 'short'} position`;
  const stop = brackets.guaranteedStop ?? brackets.stopLoss;
  const stopField = brackets.guaranteedStop !== undefined ? 'guaranteedStop' : 'stopLoss';
  if (stop !== undefined && (long ? stop >= exitPrice : stop <= exitPrice)) {
    errors.push(`${stopField}: ${stop} must be ${long ? 'below' : 'above'} ${at}`);
  }
  const target = brackets.takeProfit;
  if (target !== undefined && (long ? target <= exitPrice : target >= exitPrice)) {
    errors.push(`takeProfit: ${target} must be ${long ? 'above' : 'below'} ${at}`);
  }
  return errors;
}

/** The size of a pip: ten ticks for forex (a 5-decimal EURUSD pip is 0.0001), a tick otherwise. */
export function pipSize(instrument: TickedInstrument): number {
  return instrument.type === 'forex' ? instrument.tickSize * 10 : instrument.tickSize;
}
