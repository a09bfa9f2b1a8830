// The engine's commands (docs/contract.md#rest, docs/broker.md#orders-and-fills, docs/broker.md#accounts): each takes the account's book, the market and the
// policy, decides synchronously, and answers the changes with its result. A refused command
// throws an EngineError and changes nothing. The caller persists the changes (when not empty)
// and then applies them to the book.
import { OrderStatus, OrderType, Side, hasLimitPrice, hasStopPrice } from '../../enums.js';
import { expectedPrice } from '../matching.js';
import { noConversionReason } from '../conversion.js';
import { formatAmount, roundQuantity } from '../money.js';
import { orderErrors, positionBracketErrors, qtyErrors } from '../order-rules.js';
import { isExit, type Book, type BookChanges } from './book.js';
import { Draft, withoutUndefined } from './draft.js';
import { checkMargin, evaluate, reject, syncExits } from './fills.js';
import {
  bracketShapeErrors,
  durationErrors,
  leverageErrors,
  requestShapeErrors,
} from './request-checks.js';
import {
  EngineError,
  type BookOrder,
  type BracketsRequest,
  type EngineEnv,
  type EngineInstrument,
  type EngineQuote,
  type OrderRequest,
} from './types.js';
import { accountEquity, fxRate, leverageOf } from './valuation.js';

export interface Outcome<T> {
  changes: BookChanges;
  result: T;
}

const invalid = (errors: readonly string[]) => new EngineError('invalid', errors.join('; '));

/** The instrument and its quote, or the refusal a client should see. */
export function marketOf(
  env: EngineEnv,
  symbol: string,
): { instrument: EngineInstrument; quote: EngineQuote } {
  const instrument = env.market.instrument(symbol);
  if (instrument === undefined) throw invalid([`symbol: unknown symbol "${symbol}"`]);
  const quote = env.market.quote(instrument.symbol);
  if (quote === undefined) {
    throw new EngineError(
      'unavailable',
      `Market data is unavailable: no quote for ${instrument.symbol} reaches the broker`,
    );
  }
  return { instrument, quote };
}

/** Why an order that is not working cannot be changed: unknown (404) or finished (409). */
export function notWorkingError(id: number | string, status?: OrderStatus): EngineError {
  if (status === undefined) return new EngineError('not-found', `Unknown order ${id}`);
  const name = Object.entries(OrderStatus).find(([, value]) => value === status)?.[0];
  return new EngineError(
    'conflict',
    `Order ${id} is ${name ?? `in status ${status}`}, not Working`,
  );
}

function workingOrder(book: Book, id: number): Readonly<BookOrder> {
  const order = book.order(id);
  if (order === undefined) throw notWorkingError(id);
  return order;
}

/** The request's prices and brackets that its type uses; the rest is dropped. */
function entryFields(pre: OrderRequest) {
  return {
    limitPrice: hasLimitPrice(pre.type) ? pre.limitPrice : undefined,
    stopPrice: hasStopPrice(pre.type) ? pre.stopPrice : undefined,
    takeProfit: pre.takeProfit,
    stopLoss: pre.stopLoss,
    guaranteedStop: pre.guaranteedStop,
    trailingStopPips: pre.trailingStopPips,
    stopType: pre.stopType,
  };
}

/** When an order of this duration expires: the session's close (DAY), its datetime (GTD). */
function expiryOf(env: EngineEnv, symbol: string, duration: OrderRequest['duration']) {
  if (duration?.type === 'DAY') return env.market.sessionClose(symbol, env.now);
  if (duration?.type === 'GTD') return duration.datetime;
  return undefined;
}

/** Everything wrong with a new order's request, [] when it may be placed. */
export function requestErrors(
  env: EngineEnv,
  pre: OrderRequest,
  instrument: EngineInstrument,
  quote: EngineQuote,
  accountCurrency: string,
  options: { triggered?: boolean } = {},
): string[] {
  const errors = [
    ...qtyErrors(pre.qty, instrument.qty, instrument.symbol),
    ...orderErrors(pre, instrument, quote, options),
    ...durationErrors(pre.duration, env.now),
  ];
  if (fxRate(env.market, instrument.currency, accountCurrency) === undefined) {
    errors.push(noConversionReason(instrument.currency, accountCurrency));
  }
  return errors;
}

/** Places an order: refused (400) when malformed; Rejected with the reason when unaffordable. */
export function placeOrder(
  book: Book,
  env: EngineEnv,
  pre: OrderRequest,
): Outcome<{ orderId: number }> {
  const shape = requestShapeErrors(pre);
  if (shape.length > 0) throw invalid(shape);
  const { instrument, quote } = marketOf(env, pre.symbol);
  const errors = requestErrors(env, pre, instrument, quote, book.account.currency);
  if (errors.length > 0) throw invalid(errors);

  const draft = new Draft(book, env);
  const order = draft.add({
    ...entryFields(pre),
    symbol: instrument.symbol,
    type: pre.type,
    side: pre.side,
    qty: roundQuantity(pre.qty),
    duration: pre.duration === undefined ? undefined : withoutUndefined(pre.duration),
    expiresAt: expiryOf(env, instrument.symbol, pre.duration),
  });
  const margin = checkMargin(draft, order, instrument, expectedPrice(order, quote));
  // Refused for money, not for form: the order exists, Rejected with the reason.
  if (!margin.ok) reject(draft, order.id, margin.reason);
  else evaluate(draft, order.id, instrument, quote);
  const type = pre.duration?.type;
  if ((type === 'IOC' || type === 'FOK') && draft.order(order.id)?.status === OrderStatus.Working) {
    const unfilled = draft.edit(order.id);
    unfilled.status = OrderStatus.Canceled;
    unfilled.cancelReason = 'unfilled';
  }
  return { changes: draft.changes(), result: { orderId: order.id } };
}

/** Changes a working order's quantity, prices, brackets or duration; never its symbol, side or type. */
export function modifyOrder(
  book: Book,
  env: EngineEnv,
  id: number,
  pre: OrderRequest,
): Outcome<void> {
  const current = workingOrder(book, id);
  const shape = requestShapeErrors(pre);
  if (shape.length > 0) throw invalid(shape);
  const { instrument, quote } = marketOf(env, current.symbol);
  if (env.market.instrument(pre.symbol)?.symbol !== current.symbol) {
    throw invalid([`symbol: an order's symbol cannot change (${current.symbol})`]);
  }
  if (pre.side !== current.side) throw invalid(["side: an order's side cannot change"]);
  if (pre.type !== current.type) {
    throw invalid(["type: an order's type cannot change; cancel and place a new one"]);
  }
  const exit = isExit(current);
  // An exit's quantity and brackets belong to its position; only its price may move.
  const checked: OrderRequest = exit
    ? {
        ...pre,
        qty: current.qty,
        takeProfit: undefined,
        stopLoss: undefined,
        guaranteedStop: undefined,
        trailingStopPips: undefined,
        duration: undefined,
      }
    : pre;
  const errors = requestErrors(env, checked, instrument, quote, book.account.currency, {
    triggered: current.triggered,
  });
  if (errors.length > 0) throw invalid(errors);

  const draft = new Draft(book, env);
  const order = draft.edit(id);
  const fields = entryFields(checked);
  if (fields.limitPrice !== undefined) order.limitPrice = fields.limitPrice;
  if (fields.stopPrice !== undefined) order.stopPrice = fields.stopPrice;
  if (!exit) {
    order.qty = roundQuantity(pre.qty);
    for (const key of ['takeProfit', 'stopLoss', 'guaranteedStop', 'trailingStopPips'] as const) {
      if (fields[key] === undefined) delete order[key];
      else order[key] = fields[key];
    }
    if (pre.duration !== undefined) {
      order.duration = withoutUndefined(pre.duration);
      const expiresAt = expiryOf(env, order.symbol, pre.duration);
      if (expiresAt === undefined) delete order.expiresAt;
      else order.expiresAt = expiresAt;
    }
  }
  evaluate(draft, id, instrument, quote);
  return { changes: draft.changes(), result: undefined };
}

export function cancelOrder(book: Book, env: EngineEnv, id: number): Outcome<void> {
  workingOrder(book, id);
  const draft = new Draft(book, env);
  draft.edit(id).status = OrderStatus.Canceled;
  return { changes: draft.changes(), result: undefined };
}

function openPosition(book: Book, symbol: string) {
  const position = book.position(symbol);
  if (position === undefined || position.qty === 0) {
    throw new EngineError('not-found', `No open position in "${symbol}"`);
  }
  return position;
}

/**
 * Closes all, or `amount` of, a position at market; never reverses it. Outside the session the
 * closing order works until the market opens.
 */
export function closePosition(
  book: Book,
  env: EngineEnv,
  symbol: string,
  amount?: number,
): Outcome<{ orderId: number; filled: boolean }> {
  const position = openPosition(book, symbol);
  const size = Math.abs(position.qty);
  const { instrument, quote } = marketOf(env, symbol);
  if (amount !== undefined) {
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
      throw invalid([`amount: must be a number above 0, got ${String(amount)}`]);
    }
    if (amount > size) throw invalid([`amount: ${amount} exceeds the position's quantity ${size}`]);
    if (amount < size) {
      const grid = qtyErrors(amount, { ...instrument.qty, min: 0 }, symbol);
      if (grid.length > 0) throw invalid(grid.map((e) => e.replace(/^qty/, 'amount')));
    }
  }
  const draft = new Draft(book, env);
  const order = draft.add({
    symbol,
    type: OrderType.Market,
    side: position.qty > 0 ? Side.Sell : Side.Buy,
    qty: roundQuantity(amount ?? size),
  });
  evaluate(draft, order.id, instrument, quote);
  const filled = draft.order(order.id)?.status === OrderStatus.Filled;
  return { changes: draft.changes(), result: { orderId: order.id, filled } };
}

/** Replaces the position's exit orders: a field left out removes that exit (docs/broker.md#brackets). */
export function setBrackets(
  book: Book,
  env: EngineEnv,
  symbol: string,
  brackets: BracketsRequest,
): Outcome<void> {
  const position = openPosition(book, symbol);
  const shape = bracketShapeErrors(brackets);
  if (shape.length > 0) throw invalid(shape);
  const { instrument, quote } = marketOf(env, symbol);
  const side = position.qty > 0 ? Side.Buy : Side.Sell;
  const errors = positionBracketErrors(side, brackets, instrument, quote);
  if (errors.length > 0) throw invalid(errors);
  const draft = new Draft(book, env);
  syncExits(draft, symbol, instrument, quote, {
    brackets: withoutUndefined({
      stopLoss: brackets.stopLoss,
      takeProfit: brackets.takeProfit,
      trailingStopPips: brackets.trailingStopPips,
      guaranteedStop: brackets.guaranteedStop,
    }),
  });
  draft.touchSymbol(symbol);
  return { changes: draft.changes(), result: undefined };
}

/** Why a leverage may not be set now, [] when it may. */
export function leverageChangeErrors(
  book: Book,
  env: EngineEnv,
  symbol: string,
  leverage: number,
): string[] {
  const invalidValue = leverageErrors(leverage, env.policy);
  if (invalidValue.length > 0) return invalidValue;
  // Lowering the leverage of an open position raises its margin: refused when that would leave
  // negative margin available, as an order doing so would be (docs/broker.md#accounting). Raising it frees margin
  // and is always allowed — it is a way out of a shortfall.
  if (book.position(symbol) === undefined || leverage >= leverageOf(book, env.policy, symbol)) {
    return [];
  }
  const after = accountEquity(book, env.market, env.policy, { [symbol]: leverage });
  if (after.marginAvailable >= 0) return [];
  const currency = book.account.currency;
  return [
    `leverage: ${leverage} would need ${formatAmount(after.marginUsed)} ${currency} of ` +
      `margin, more than the equity of ${formatAmount(after.equity)}`,
  ];
}

export function setLeverage(
  book: Book,
  env: EngineEnv,
  symbol: string,
  leverage: number,
): Outcome<{ leverage: number }> {
  const instrument = env.market.instrument(symbol);
  if (instrument === undefined) throw invalid([`symbol: unknown symbol "${symbol}"`]);
  const errors = leverageChangeErrors(book, env, instrument.symbol, leverage);
  if (errors.length > 0) throw invalid(errors);
  const draft = new Draft(book, env);
  if (leverageOf(book, env.policy, instrument.symbol) !== leverage) {
    draft.setLeverage(instrument.symbol, leverage);
  }
  return { changes: draft.changes(), result: { leverage } };
}

/** An account's name: 1–64 characters once trimmed. */
export function accountNameErrors(name: unknown): string[] {
  if (typeof name !== 'string' || name.trim().length === 0 || name.trim().length > 64) {
    return ['name: must be 1 to 64 characters'];
  }
  return [];
}

export function renameAccount(book: Book, env: EngineEnv, name: string): Outcome<void> {
  const errors = accountNameErrors(name);
  if (errors.length > 0) throw invalid(errors);
  const draft = new Draft(book, env);
  if (name.trim() !== book.account.name) draft.rename(name.trim());
  return { changes: draft.changes(), result: undefined };
}

/**
 * Starts the account afresh (docs/broker.md#accounts): every working order Canceled, every position flat,
 * history gone, balance back to the deposit. Ids and the change sequence go on.
 */
export function resetAccount(book: Book, env: EngineEnv): Outcome<void> {
  const draft = new Draft(book, env);
  for (const order of book.workingOrders()) {
    const canceled = draft.edit(order.id);
    canceled.status = OrderStatus.Canceled;
    canceled.cancelReason = 'reset';
  }
  for (const [symbol] of book.positionEntries()) draft.setPosition(symbol, { qty: 0, avgPrice: 0 });
  draft.resetTotals();
  return { changes: draft.changes(), result: undefined };
}
