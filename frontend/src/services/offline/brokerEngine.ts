// What orders do to the offline account (SPEC §5): evaluating a working order against a quote,
// filling it, and keeping a position's exit orders (stop-loss, take-profit, trailing stop) in step
// with the position. Everything here mutates the BrokerState it is given and records what changed
// in a ChangeSet; the caller persists and announces afterwards, once per command or tick.
import { OrderStatus, OrderType, ParentType, Side, StopType } from '@trading-pro/contract';
import type { Brackets, EquityData, Execution, Order, Position } from '../../types/broker';
import {
  FLAT,
  applyFill,
  commission,
  equityData,
  marginCheck,
  unrealizedPL,
  type MarginCheckResult,
  type NetPosition,
  match,
  type BidAsk,
  roundMoney,
  roundQuantity,
  conversionRate,
  conversionRoute,
  noConversionReason,
  type ConversionRoute,
} from '@trading-pro/contract/paper';
import { exitSide, trailingStopPrice, type BrokerInstrument } from './brokerRules';
import type { BrokerState, StoredOrder } from './brokerState';
import { findInstrument } from '@trading-pro/market';

const DEFAULT_LEVERAGE = 1;

/** The offline account's currency; instruments quoted in another are converted into it. */
export const OFFLINE_CURRENCY = 'USD';

/** How `symbol`'s prices convert into the account currency, through the offline catalogue's pairs. */
function routeOf(symbol: string): ConversionRoute | undefined {
  const from = findInstrument(symbol)?.currency ?? OFFLINE_CURRENCY;
  return conversionRoute(from, OFFLINE_CURRENCY, (pair) => findInstrument(pair) !== undefined);
}

/** The value in the account currency of one unit of `symbol`'s currency at `quotes`. */
export function fxRate(symbol: string, quotes: ReadonlyMap<string, BidAsk>): number | undefined {
  const route = routeOf(symbol);
  if (route === undefined) return undefined;
  return conversionRate(route, route.pair && quotes.get(route.pair.symbol));
}

/** The FX pair whose quote converts `symbol`'s prices, when its currency is not the account's. */
export const conversionSymbol = (symbol: string): string | undefined =>
  routeOf(symbol)?.pair?.symbol;

/** Why `symbol` cannot be traded here, when no rate converts its currency. */
export function conversionError(symbol: string): string | undefined {
  if (routeOf(symbol) !== undefined) return undefined;
  return noConversionReason(findInstrument(symbol)?.currency ?? '?', OFFLINE_CURRENCY);
}

/**
 * The rate a position is marked at: 1 while its pair has no quote yet (as a position without a
 * quote of its own is kept at its average price), so the figures stay defined.
 */
const markingRate = (symbol: string, quotes: ReadonlyMap<string, BidAsk>) =>
  fxRate(symbol, quotes) ?? 1;

/** What one command or tick changed: announced to the terminal once it is complete. */
export class ChangeSet {
  readonly orders = new Map<string, StoredOrder>();
  readonly executions: Execution[] = [];
  readonly symbols = new Set<string>();

  get empty(): boolean {
    return this.orders.size === 0 && this.executions.length === 0 && this.symbols.size === 0;
  }
}

export interface EngineContext {
  state: BrokerState;
  changes: ChangeSet;
  now: number;
  commissionRate: number;
  currency: string;
  /** The latest quote of every watched symbol. */
  quotes: ReadonlyMap<string, BidAsk>;
}

export const isExit = (order: Order) => order.parentType === ParentType.Position;

/** Buy = 1 for a long (or flat), Sell = -1 for a short. */
export const sideOf = (position: NetPosition): Side => (position.qty >= 0 ? Side.Buy : Side.Sell);

export const leverageOf = (state: BrokerState, symbol: string) =>
  state.leverage[symbol] ?? DEFAULT_LEVERAGE;

export function workingOrders(state: BrokerState, symbol?: string): StoredOrder[] {
  return state.orders.filter(
    (o) => o.status === OrderStatus.Working && (symbol === undefined || o.symbol === symbol),
  );
}

/** The position's exit orders. */
function exitsOf(state: BrokerState, symbol: string): StoredOrder[] {
  return workingOrders(state, symbol).filter((o) => isExit(o) && o.parentId === symbol);
}

/**
 * Symbols whose quotes matter: those of working orders and open positions, and the FX pairs that
 * convert their prices into the account currency.
 */
export function watchedSymbols(state: BrokerState): string[] {
  const symbols = new Set(workingOrders(state).map((o) => o.symbol));
  for (const symbol of Object.keys(state.positions)) symbols.add(symbol);
  for (const symbol of [...symbols]) {
    const pair = routeOf(symbol)?.pair?.symbol;
    if (pair !== undefined) symbols.add(pair);
  }
  return [...symbols].sort();
}

/** The account's figures; `leverage` overrides symbols' leverage, to value a change first. */
export function accountEquity(
  state: BrokerState,
  quotes: ReadonlyMap<string, BidAsk>,
  leverage: Readonly<Record<string, number>> = {},
): EquityData {
  return equityData(
    state,
    Object.entries(state.positions).map(([symbol, position]) => ({
      symbol,
      position,
      quote: quotes.get(symbol),
      leverage: leverage[symbol] ?? leverageOf(state, symbol),
      fx: markingRate(symbol, quotes),
    })),
  );
}

/** The API's Order: the stored one without the broker's private trigger flag. */
export function toOrder(stored: StoredOrder): Order {
  const order: StoredOrder = { ...stored };
  delete order.triggered;
  return order;
}

export function toPosition(
  state: BrokerState,
  symbol: string,
  quotes: ReadonlyMap<string, BidAsk>,
): Position {
  const net = state.positions[symbol] ?? FLAT;
  const quote = quotes.get(symbol);
  const exits = exitsOf(state, symbol);
  const stop = exits.find((o) => o.type === OrderType.Stop);
  const target = exits.find((o) => o.type === OrderType.Limit);
  const position: Position = {
    id: symbol,
    symbol,
    qty: Math.abs(net.qty),
    side: sideOf(net),
    // Shown on the money grid (101.1, not 101.10000000000001); kept exact for the P&L.
    avgPrice: roundMoney(net.avgPrice),
    unrealizedPl: quote === undefined ? 0 : unrealizedPL(net, quote, markingRate(symbol, quotes)),
  };
  if (stop?.trailingStopPips !== undefined) position.trailingStopPips = stop.trailingStopPips;
  else if (stop?.stopPrice !== undefined) position.stopLoss = stop.stopPrice;
  if (target?.limitPrice !== undefined) position.takeProfit = target.limitPrice;
  return position;
}

/** Records that `order` changed now. */
export function touch(ctx: EngineContext, order: StoredOrder): void {
  order.updateTime = ctx.now;
  ctx.changes.orders.set(order.id, order);
  if (isExit(order)) ctx.changes.symbols.add(order.symbol);
}

type NewOrder = Omit<StoredOrder, 'id' | 'status' | 'filledQty' | 'avgPrice' | 'updateTime'>;

/** Adds a Working order with the next id. Fields set to undefined are left out. */
export function createOrder(ctx: EngineContext, fields: NewOrder): StoredOrder {
  const order: StoredOrder = {
    ...defined(fields),
    id: String(ctx.state.nextOrderId++),
    status: OrderStatus.Working,
    filledQty: 0,
    avgPrice: 0,
    updateTime: ctx.now,
  };
  ctx.state.orders.push(order);
  touch(ctx, order);
  return order;
}

/**
 * The margin check of the unfilled rest of `order` at `price`; exits always pass. An instrument
 * whose currency has no rate fails it.
 */
export function checkMargin(ctx: EngineContext, order: Order, price: number): MarginCheckResult {
  if (isExit(order)) return { ok: true };
  const fx = fxRate(order.symbol, ctx.quotes);
  if (fx === undefined) {
    return { ok: false, reason: conversionError(order.symbol) ?? 'No conversion rate yet' };
  }
  return marginCheck({
    fx,
    equity: accountEquity(ctx.state, ctx.quotes),
    position: ctx.state.positions[order.symbol],
    side: order.side,
    qty: roundQuantity(order.qty - order.filledQty),
    price,
    leverage: leverageOf(ctx.state, order.symbol),
    commissionRate: ctx.commissionRate,
    currency: ctx.currency,
  });
}

export function reject(ctx: EngineContext, order: StoredOrder, reason: string): void {
  order.status = OrderStatus.Rejected;
  order.rejectReason = reason;
  touch(ctx, order);
}

/** Trails, triggers or fills one working order against `quote`. */
export function evaluateOrder(
  ctx: EngineContext,
  order: StoredOrder,
  instrument: BrokerInstrument,
  quote: BidAsk,
): void {
  if (order.status !== OrderStatus.Working) return;
  const position = ctx.state.positions[order.symbol];
  if (order.trailingStopPips !== undefined && isExit(order) && position !== undefined) {
    const stop = trailingStopPrice({
      positionSide: sideOf(position),
      quote,
      pips: order.trailingStopPips,
      instrument,
      current: order.stopPrice,
    });
    if (stop !== order.stopPrice) {
      order.stopPrice = stop;
      touch(ctx, order);
    }
  }
  let result = match(order, quote);
  if (result.kind === 'trigger') {
    order.triggered = true;
    touch(ctx, order);
    result = match(order, quote);
  }
  if (result.kind !== 'fill') return;
  const margin = checkMargin(ctx, order, result.price);
  if (!margin.ok) {
    reject(ctx, order, margin.reason);
    return;
  }
  fillOrder(ctx, order, result.price, instrument, quote);
}

/** Fills the rest of `order` at `price`: execution, position, account totals and exits. */
function fillOrder(
  ctx: EngineContext,
  order: StoredOrder,
  price: number,
  instrument: BrokerInstrument,
  quote: BidAsk,
): void {
  const { state } = ctx;
  const qty = roundQuantity(order.qty - order.filledQty);
  // Checked by checkMargin before every fill (exits: their position's order was).
  const fx = markingRate(order.symbol, ctx.quotes);
  const fee = commission(qty, price, ctx.commissionRate, fx);
  const before = state.positions[order.symbol];
  const { position, realizedPL } = applyFill(before, { side: order.side, qty, price }, fx);

  const execution: Execution = {
    id: String(state.nextExecutionId++),
    orderId: order.id,
    symbol: order.symbol,
    price,
    qty,
    side: order.side,
    time: ctx.now,
    commission: fee,
  };
  state.executions.push(execution);
  ctx.changes.executions.push(execution);

  order.filledQty = order.qty;
  order.avgPrice = price;
  order.status = OrderStatus.Filled;
  touch(ctx, order);

  if (position.qty === 0) delete state.positions[order.symbol];
  else state.positions[order.symbol] = position;
  state.realizedPL = roundMoney(state.realizedPL + realizedPL);
  state.commissions = roundMoney(state.commissions + fee);
  ctx.changes.symbols.add(order.symbol);

  // Flat or reversed: the old exits protected a position that no longer exists.
  const reversed = before !== undefined && Math.sign(before.qty) !== Math.sign(position.qty);
  syncExits(ctx, order.symbol, instrument, quote, {
    brackets: isExit(order) ? undefined : bracketsOf(order),
    reset: reversed,
  });
}

function bracketsOf(order: Order): Brackets | undefined {
  const brackets = defined({
    takeProfit: order.takeProfit,
    stopLoss: order.stopLoss,
    guaranteedStop: order.guaranteedStop,
    trailingStopPips: order.trailingStopPips,
  });
  return Object.keys(brackets).length > 0 ? brackets : undefined;
}

/**
 * Makes the position's exit orders match the position: none when flat; replaced when new
 * brackets are given or the position reversed; otherwise resized to its quantity. Filling one
 * exit flattens the position and so cancels the other: one-cancels-other.
 */
export function syncExits(
  ctx: EngineContext,
  symbol: string,
  instrument: BrokerInstrument,
  quote: BidAsk,
  options: { brackets?: Brackets; reset?: boolean },
): void {
  const position = ctx.state.positions[symbol];
  const size = Math.abs(position?.qty ?? 0);
  const exits = exitsOf(ctx.state, symbol);
  if (size === 0 || options.brackets !== undefined || options.reset === true) {
    for (const exit of exits) {
      exit.status = OrderStatus.Canceled;
      touch(ctx, exit);
    }
    if (position !== undefined && options.brackets !== undefined) {
      createExits(ctx, symbol, position, options.brackets, instrument, quote);
    }
    return;
  }
  for (const exit of exits) {
    if (exit.qty === size) continue;
    exit.qty = size;
    touch(ctx, exit);
  }
}

function createExits(
  ctx: EngineContext,
  symbol: string,
  position: NetPosition,
  brackets: Brackets,
  instrument: BrokerInstrument,
  quote: BidAsk,
): void {
  const base = {
    symbol,
    side: exitSide(sideOf(position)),
    qty: Math.abs(position.qty),
    parentId: symbol,
    parentType: ParentType.Position,
  };
  if (brackets.takeProfit !== undefined) {
    createOrder(ctx, { ...base, type: OrderType.Limit, limitPrice: brackets.takeProfit });
  }
  const stop = brackets.guaranteedStop ?? brackets.stopLoss;
  if (stop !== undefined) {
    createOrder(ctx, {
      ...base,
      type: OrderType.Stop,
      stopPrice: stop,
      stopType: brackets.guaranteedStop !== undefined ? StopType.GuaranteedStop : StopType.StopLoss,
      guaranteedStop: brackets.guaranteedStop,
    });
  } else if (brackets.trailingStopPips !== undefined) {
    createOrder(ctx, {
      ...base,
      type: OrderType.Stop,
      stopType: StopType.TrailingStop,
      trailingStopPips: brackets.trailingStopPips,
      stopPrice: trailingStopPrice({
        positionSide: sideOf(position),
        quote,
        pips: brackets.trailingStopPips,
        instrument,
      }),
    });
  }
}

/** `value` without its undefined fields. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
