// The matching rules of docs/broker.md#orders-and-fills: which quote side an order meets, and when. Pure: the caller owns
// the order's state (e.g. marking a stop-limit as triggered) and the quote stream.
import { OrderType, Side } from '../enums.js';

/** The two sides of a quote that orders trade against: buys take the ask, sells hit the bid. */
export interface BidAsk {
  bid: number;
  ask: number;
}

export interface MatchableOrder {
  type: OrderType;
  side: Side;
  limitPrice?: number;
  stopPrice?: number;
  /** A stop-limit whose stop already fired: from then on it is a plain limit order. */
  triggered?: boolean;
}

export type MatchResult = { kind: 'fill'; price: number } | { kind: 'trigger' } | { kind: 'none' };

const NONE: MatchResult = { kind: 'none' };

/**
 * What `quote` does to `order`. A stop-limit reaching its stop answers 'trigger' rather than
 * filling in the same call, so the caller can persist the trigger (it survives a restart even if
 * the limit is never reached) and then call match again with `triggered: true`.
 */
export function match(order: MatchableOrder, quote: BidAsk): MatchResult {
  switch (order.type) {
    case OrderType.Market:
      return fill(order.side, quote);
    case OrderType.Limit:
      return limitReached(order.side, required(order.limitPrice, 'limitPrice'), quote)
        ? fill(order.side, quote)
        : NONE;
    case OrderType.Stop:
      // A triggered stop is a market order, so it fills at the touching price, possibly worse
      // than the stop after a gap — that is the stop's contract, unlike a limit.
      return stopReached(order.side, required(order.stopPrice, 'stopPrice'), quote)
        ? fill(order.side, quote)
        : NONE;
    case OrderType.StopLimit:
      if (order.triggered === true) {
        return limitReached(order.side, required(order.limitPrice, 'limitPrice'), quote)
          ? fill(order.side, quote)
          : NONE;
      }
      return stopReached(order.side, required(order.stopPrice, 'stopPrice'), quote)
        ? { kind: 'trigger' }
        : NONE;
  }
}

/** Buys take the ask, sells hit the bid — the price a market order would get right now. */
export function marketPrice(side: Side, quote: BidAsk): number {
  return side === Side.Buy ? quote.ask : quote.bid;
}

/**
 * The price an order is expected to fill at, for margin and previews: its limit, else its stop
 * (a stop fills like a market order once reached), else the market price now.
 */
export function expectedPrice(
  order: { side: Side; limitPrice?: number | undefined; stopPrice?: number | undefined },
  quote: BidAsk,
): number {
  return order.limitPrice ?? order.stopPrice ?? marketPrice(order.side, quote);
}

function fill(side: Side, quote: BidAsk): MatchResult {
  return { kind: 'fill', price: marketPrice(side, quote) };
}

/** The executable price is at the limit or better, so filling at it honours the limit. */
export function limitReached(side: Side, limit: number, quote: BidAsk): boolean {
  return side === Side.Buy ? quote.ask <= limit : quote.bid >= limit;
}

/** A buy stop fires when the price rises to it, a sell stop when it falls to it. */
function stopReached(side: Side, stop: number, quote: BidAsk): boolean {
  return side === Side.Buy ? quote.ask >= stop : quote.bid <= stop;
}

/**
 * Order validation happens before an order is stored, so a working order without its price is a
 * programming error; answering 'none' would leave it silently working forever.
 */
function required(price: number | undefined, field: 'limitPrice' | 'stopPrice'): number {
  if (price === undefined || !Number.isFinite(price)) {
    throw new RangeError(`match: order without a valid ${field}`);
  }
  return price;
}
