// What a quote does to one working order, and what a fill changes (docs/broker.md#orders-and-fills): the order, the
// execution, the position, the account's totals, and the position's exit orders — created from
// the filled order's brackets, resized with the position, cancelled when it is flat or reverses
// (which makes them one-cancels-other). Everything is written to the draft.
import { OrderStatus, OrderType, ParentType, StopType, type Side } from '../../enums.js';
import { applyFill, commission, marginCheck, type MarginCheckResult } from '../accounting.js';
import { exitSide, trailingStopPrice } from '../brackets.js';
import { noConversionReason } from '../conversion.js';
import { match } from '../matching.js';
import { roundQuantity } from '../money.js';
import { pipSize } from '../order-rules.js';
import { isExit } from './book.js';
import type { Draft } from './draft.js';
import type { BookOrder, BracketsRequest, EngineInstrument, EngineQuote } from './types.js';
import { accountEquity, fxRate, leverageOf } from './valuation.js';

const sideOf = (qty: number): Side => (qty >= 0 ? 1 : -1);

/**
 * The margin check of the unfilled rest of `order` at `price` (docs/broker.md#accounting); exits always pass, as
 * does anything that only reduces a position. An instrument whose currency has no rate fails.
 */
export function checkMargin(
  draft: Draft,
  order: Readonly<BookOrder>,
  instrument: EngineInstrument,
  price: number,
): MarginCheckResult {
  if (isExit(order)) return { ok: true };
  const { market, policy } = draft.env;
  const currency = draft.account.currency;
  const fx = fxRate(market, instrument.currency, currency);
  if (fx === undefined)
    return { ok: false, reason: noConversionReason(instrument.currency, currency) };
  return marginCheck({
    fx,
    equity: accountEquity(draft, market, policy),
    position: draft.position(order.symbol),
    side: order.side,
    qty: roundQuantity(order.qty - order.filledQty),
    price,
    leverage: leverageOf(draft, policy, order.symbol),
    commissionRate: policy.commissionRate,
    currency,
  });
}

/** Ends a working order as Rejected, with the reason. */
export function reject(draft: Draft, id: number, reason: string): void {
  const order = draft.edit(id);
  order.status = OrderStatus.Rejected;
  order.rejectReason = reason;
}

/** Trails, triggers or fills one working order against `quote`; nothing outside the session. */
export function evaluate(
  draft: Draft,
  id: number,
  instrument: EngineInstrument,
  quote: EngineQuote,
): void {
  let order = draft.order(id);
  if (order === undefined || order.status !== OrderStatus.Working || !quote.inSession) return;
  const position = draft.position(order.symbol);
  if (order.trailingStopPips !== undefined && isExit(order) && position !== undefined) {
    const stop = trailingStopPrice({
      positionSide: sideOf(position.qty),
      quote,
      pips: order.trailingStopPips,
      pipSize: pipSize(instrument),
      current: order.stopPrice,
    });
    if (stop !== order.stopPrice) {
      order = draft.edit(id);
      (order as BookOrder).stopPrice = stop;
    }
  }
  let result = match(order, quote);
  if (result.kind === 'trigger') {
    order = draft.edit(id);
    (order as BookOrder).triggered = true;
    result = match(order, quote);
  }
  if (result.kind !== 'fill') return;
  const margin = checkMargin(draft, order, instrument, result.price);
  if (!margin.ok) return reject(draft, id, margin.reason);
  fill(draft, id, result.price, instrument, quote);
}

/** Fills the rest of the order at `price`: execution, position, account totals and exits. */
function fill(
  draft: Draft,
  id: number,
  price: number,
  instrument: EngineInstrument,
  quote: EngineQuote,
): void {
  const order = draft.edit(id);
  const qty = roundQuantity(order.qty - order.filledQty);
  // Checked by checkMargin before every fill (an exit: its position's order was).
  const fx = fxRate(draft.env.market, instrument.currency, draft.account.currency) ?? 1;
  const fee = commission(qty, price, draft.env.policy.commissionRate, fx);
  const before = draft.position(order.symbol);
  const { position, realizedPL } = applyFill(before, { side: order.side, qty, price }, fx);

  draft.addExecution({
    orderId: order.id,
    symbol: order.symbol,
    price,
    qty,
    side: order.side,
    time: draft.now,
    commission: fee,
  });
  order.filledQty = order.qty;
  order.avgPrice = price;
  order.status = OrderStatus.Filled;
  draft.setPosition(order.symbol, position);
  draft.bookFill(realizedPL, fee);

  // Flat or reversed: the old exits protected a position that no longer exists.
  const reversed =
    before !== undefined && before.qty !== 0 && Math.sign(before.qty) !== Math.sign(position.qty);
  syncExits(draft, order.symbol, instrument, quote, {
    brackets: isExit(order) ? undefined : bracketsOf(order),
    reset: reversed,
  });
}

function bracketsOf(order: Readonly<BookOrder>): BracketsRequest | undefined {
  const set: BracketsRequest = {
    takeProfit: order.takeProfit,
    stopLoss: order.stopLoss,
    guaranteedStop: order.guaranteedStop,
    trailingStopPips: order.trailingStopPips,
  };
  return Object.values(set).some((v) => v !== undefined) ? set : undefined;
}

/**
 * Makes the position's exit orders match the position: none when flat; replaced when new
 * brackets are given or `reset` (the position reversed); otherwise resized to its quantity.
 */
export function syncExits(
  draft: Draft,
  symbol: string,
  instrument: EngineInstrument,
  quote: EngineQuote,
  options: { brackets?: BracketsRequest; reset?: boolean },
): void {
  const position = draft.position(symbol);
  const size = Math.abs(position?.qty ?? 0);
  const exits = draft.exitsOf(symbol);
  if (size === 0 || options.brackets !== undefined || options.reset === true) {
    for (const exit of exits) draft.edit(exit.id).status = OrderStatus.Canceled;
    if (position !== undefined && size > 0 && options.brackets !== undefined) {
      createExits(draft, symbol, options.brackets, instrument, quote);
    }
    return;
  }
  for (const exit of exits) if (exit.qty !== size) draft.edit(exit.id).qty = size;
}

function createExits(
  draft: Draft,
  symbol: string,
  brackets: BracketsRequest,
  instrument: EngineInstrument,
  quote: EngineQuote,
): void {
  const position = draft.position(symbol)!;
  const base = {
    symbol,
    side: exitSide(sideOf(position.qty)),
    qty: Math.abs(position.qty),
    parentId: symbol,
    parentType: ParentType.Position,
  } as const;
  if (brackets.takeProfit !== undefined) {
    draft.add({ ...base, type: OrderType.Limit, limitPrice: brackets.takeProfit });
  }
  const stop = brackets.guaranteedStop ?? brackets.stopLoss;
  if (stop !== undefined) {
    draft.add({
      ...base,
      type: OrderType.Stop,
      stopPrice: stop,
      stopType: brackets.guaranteedStop !== undefined ? StopType.GuaranteedStop : StopType.StopLoss,
      guaranteedStop: brackets.guaranteedStop,
    });
  } else if (brackets.trailingStopPips !== undefined) {
    draft.add({
      ...base,
      type: OrderType.Stop,
      stopType: StopType.TrailingStop,
      trailingStopPips: brackets.trailingStopPips,
      stopPrice: trailingStopPrice({
        positionSide: sideOf(position.qty),
        quote,
        pips: brackets.trailingStopPips,
        pipSize: pipSize(instrument),
      }),
    });
  }
}
