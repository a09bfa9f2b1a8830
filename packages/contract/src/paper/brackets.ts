// Bracket (exit) orders: where they may sit relative to the entry (docs/broker.md#brackets), which side they
// trade, how a trailing stop follows the price, and snapping prices to an instrument's tick.
import { OrderType, Side } from '../enums.js';
import type { BidAsk } from './matching.js';

export interface BracketInput {
  side: Side;
  type: OrderType;
  limitPrice?: number;
  stopPrice?: number;
  takeProfit?: number;
  stopLoss?: number;
  quote: BidAsk;
}

/**
 * Why the order's takeProfit/stopLoss are on the wrong side of its entry, one message per field
 * ([] when they are fine). The entry reference is where the order is expected to fill: its limit
 * (stop-limit included, since it fills at its limit or better), its stop for a stop order, else
 * the executable price now. Equality counts as wrong: an exit at the entry price would close the
 * position the moment it opens.
 */
export function bracketErrors(input: BracketInput): string[] {
  if (input.takeProfit === undefined && input.stopLoss === undefined) return [];
  const reference = entryReference(input);
  if ('missing' in reference) {
    return [`${reference.missing}: required to check takeProfit and stopLoss`];
  }
  const buy = input.side === Side.Buy;
  const at = `${reference.price} (${reference.label}) for a ${buy ? 'buy' : 'sell'}`;
  const errors: string[] = [];
  const { stopLoss, takeProfit } = input;
  // A long's loss is below its entry and its profit above; a short's are mirrored.
  if (stopLoss !== undefined && (buy ? stopLoss >= reference.price : stopLoss <= reference.price)) {
    errors.push(`stopLoss: ${stopLoss} must be ${buy ? 'below' : 'above'} ${at}`);
  }
  if (
    takeProfit !== undefined &&
    (buy ? takeProfit <= reference.price : takeProfit >= reference.price)
  ) {
    errors.push(`takeProfit: ${takeProfit} must be ${buy ? 'above' : 'below'} ${at}`);
  }
  return errors;
}

type Reference = { price: number; label: string } | { missing: 'limitPrice' | 'stopPrice' };

function entryReference(input: BracketInput): Reference {
  switch (input.type) {
    case OrderType.Limit:
    case OrderType.StopLimit:
      return priced(input.limitPrice, 'the limit price', 'limitPrice');
    case OrderType.Stop:
      return priced(input.stopPrice, 'the stop price', 'stopPrice');
    case OrderType.Market:
      return input.side === Side.Buy
        ? { price: input.quote.ask, label: 'the ask' }
        : { price: input.quote.bid, label: 'the bid' };
  }
}

function priced(
  price: number | undefined,
  label: string,
  field: 'limitPrice' | 'stopPrice',
): Reference {
  return price === undefined ? { missing: field } : { price, label };
}

/** Exits trade against the position: a long is closed by selling, a short by buying. */
export function exitSide(positionSide: Side): Side {
  return positionSide === Side.Buy ? Side.Sell : Side.Buy;
}

export interface TrailingStopInput {
  positionSide: Side;
  quote: BidAsk;
  pips: number;
  pipSize: number;
  /** The stop's price so far; absent for a new trailing stop. */
  current?: number;
}

/**
 * Where a trailing stop sits now: `pips × pipSize` beyond the price the exit would trade at (the
 * bid for a long, the ask for a short), moving only in the position's favour so profit, once
 * locked in, is never given back.
 */
export function trailingStopPrice(input: TrailingStopInput): number {
  const { pips, pipSize, current } = input;
  if (!(pips > 0) || !(pipSize > 0)) {
    throw new RangeError(
      `trailingStopPrice: pips and pipSize must be > 0, got ${pips}, ${pipSize}`,
    );
  }
  const long = input.positionSide === Side.Buy;
  const exitPrice = long ? input.quote.bid : input.quote.ask;
  // pips × pipSize and price ± offset are exact on the grid of their decimals; snapping to it
  // removes float noise (1.105 − 0.002 = 1.1030000000000002) without moving the price.
  const offset = toDecimals(pips * pipSize, decimalsOf(pips) + decimalsOf(pipSize));
  const decimals = Math.max(decimalsOf(exitPrice), decimalsOf(offset));
  const candidate = toDecimals(long ? exitPrice - offset : exitPrice + offset, decimals);
  if (current === undefined) return candidate;
  return long ? Math.max(current, candidate) : Math.min(current, candidate);
}

/** `price` on the nearest multiple of `tick`, printed as exactly as the tick itself is. */
export function roundToTick(price: number, tick: number): number {
  if (!(tick > 0)) throw new RangeError(`roundToTick: tick must be > 0, got ${tick}`);
  return toDecimals(Math.round(price / tick) * tick, decimalsOf(tick));
}

// toFixed accepts at most 100 digits; a double never carries meaningful digits that far anyway.
const MAX_DECIMALS = 100;

function toDecimals(value: number, decimals: number): number {
  const snapped = Number(value.toFixed(Math.min(decimals, MAX_DECIMALS)));
  return snapped === 0 ? 0 : snapped;
}

/** Digits after the point in the shortest representation of `value` (1e-7 → 7, 0.25 → 2). */
export function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = Math.abs(value).toString().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}
