// What an account is worth now and what clients see of it: equity, positions with their exits,
// orders and executions in the API's shapes (docs/contract.md#rest). Amounts are in the account currency,
// converted through the market's own FX pairs (conversion.ts).
import { OrderType, Side } from '../../enums.js';
import { equityData, unrealizedPL, type EquityData, type NetPosition } from '../accounting.js';
import { conversionRate, conversionRoute } from '../conversion.js';
import { roundMoney } from '../money.js';
import type { AccountView } from './book.js';
import type { BookExecution, BookOrder, MarketView, PaperPolicy } from './types.js';

/** The value in `to` of one unit of `from` now; undefined when no listed pair converts them. */
export function fxRate(market: MarketView, from: string, to: string): number | undefined {
  if (from === to) return 1;
  const route = conversionRoute(from, to, (symbol) => market.instrument(symbol) !== undefined);
  if (route === undefined) return undefined;
  return conversionRate(route, route.pair && market.quote(route.pair.symbol));
}

/** The FX pair whose quote converts `symbol`'s prices into `currency`, when one is needed. */
export function conversionPair(
  market: MarketView,
  symbol: string,
  currency: string,
): string | undefined {
  const from = market.instrument(symbol)?.currency;
  if (from === undefined) return undefined;
  return conversionRoute(from, currency, (s) => market.instrument(s) !== undefined)?.pair?.symbol;
}

/**
 * The rate a position in `symbol` is marked at. A position exists only if its order found a
 * rate; should the pair's quote be missing now, the figures stay defined (at 1), as a position
 * without a quote of its own is kept at its average price.
 */
export function markingRate(market: MarketView, symbol: string, currency: string): number {
  const from = market.instrument(symbol)?.currency;
  if (from === undefined) return 1;
  return fxRate(market, from, currency) ?? 1;
}

export function leverageOf(view: AccountView, policy: PaperPolicy, symbol: string): number {
  return view.leverageOf(symbol) ?? policy.leverage.default;
}

/** The account's figures; `leverage` overrides symbols' leverage, to value a change first. */
export function accountEquity(
  view: AccountView,
  market: MarketView,
  policy: PaperPolicy,
  leverage: Readonly<Record<string, number>> = {},
): EquityData {
  const { account } = view;
  return equityData(
    account,
    [...view.positionEntries()].map(([symbol, position]) => ({
      symbol,
      position,
      quote: market.quote(symbol),
      leverage: leverage[symbol] ?? leverageOf(view, policy, symbol),
      fx: markingRate(market, symbol, account.currency),
    })),
  );
}

/** TradingView's Position (docs/contract.md#rest): `id` is the symbol; qty 0 when closed. */
export interface PositionView {
  id: string;
  symbol: string;
  qty: number;
  side: Side;
  avgPrice: number;
  stopLoss?: number;
  takeProfit?: number;
  trailingStopPips?: number;
  unrealizedPl: number;
}

export function positionView(view: AccountView, market: MarketView, symbol: string): PositionView {
  const net: NetPosition = view.position(symbol) ?? { qty: 0, avgPrice: 0 };
  const quote = market.quote(symbol);
  const exits = view.exitsOf(symbol);
  const stop = exits.find((o) => o.type === OrderType.Stop);
  const target = exits.find((o) => o.type === OrderType.Limit);
  const position: PositionView = {
    id: symbol,
    symbol,
    qty: Math.abs(net.qty),
    side: net.qty >= 0 ? Side.Buy : Side.Sell,
    // Shown on the 1e-8 grid (101.1, not 101.10000000000001); kept exact for the P&L.
    avgPrice: roundMoney(net.avgPrice),
    unrealizedPl:
      quote === undefined || net.qty === 0
        ? 0
        : unrealizedPL(net, quote, markingRate(market, symbol, view.account.currency)),
  };
  if (stop?.trailingStopPips !== undefined) position.trailingStopPips = stop.trailingStopPips;
  else if (stop?.stopPrice !== undefined) position.stopLoss = stop.stopPrice;
  if (target?.limitPrice !== undefined) position.takeProfit = target.limitPrice;
  return position;
}

export function openPositions(view: AccountView, market: MarketView): PositionView[] {
  return [...view.positionEntries()]
    .map(([symbol]) => symbol)
    .sort()
    .map((symbol) => positionView(view, market, symbol));
}

/** TradingView's PlacedOrder (docs/contract.md#rest): optional fields present only when set. */
export interface OrderView {
  id: string;
  symbol: string;
  type: BookOrder['type'];
  side: Side;
  qty: number;
  limitPrice?: number;
  stopPrice?: number;
  takeProfit?: number;
  stopLoss?: number;
  guaranteedStop?: number;
  trailingStopPips?: number;
  stopType?: BookOrder['stopType'];
  status: BookOrder['status'];
  filledQty: number;
  avgPrice: number;
  updateTime: number;
  parentId?: string;
  parentType?: BookOrder['parentType'];
  rejectReason?: string;
  cancelReason?: BookOrder['cancelReason'];
  duration?: BookOrder['duration'];
  expiresAt?: number;
}

const OPTIONAL = [
  'limitPrice',
  'stopPrice',
  'takeProfit',
  'stopLoss',
  'guaranteedStop',
  'trailingStopPips',
  'stopType',
  'parentId',
  'parentType',
  'rejectReason',
  'cancelReason',
  'duration',
  'expiresAt',
] as const;

export function orderView(order: Readonly<BookOrder>): OrderView {
  const view: OrderView = {
    id: String(order.id),
    symbol: order.symbol,
    type: order.type,
    side: order.side,
    qty: order.qty,
    status: order.status,
    filledQty: order.filledQty,
    avgPrice: order.avgPrice,
    updateTime: order.updatedAt,
  };
  for (const key of OPTIONAL) {
    const value = order[key];
    if (value !== undefined) (view as unknown as Record<string, unknown>)[key] = value;
  }
  return view;
}

/** TradingView's Execution (docs/contract.md#rest). */
export interface ExecutionView {
  id: string;
  orderId: string;
  symbol: string;
  price: number;
  qty: number;
  side: Side;
  time: number;
  commission: number;
}

export function executionView(execution: Readonly<BookExecution>): ExecutionView {
  return {
    id: String(execution.id),
    orderId: String(execution.orderId),
    symbol: execution.symbol,
    price: execution.price,
    qty: execution.qty,
    side: execution.side,
    time: execution.time,
    commission: execution.commission,
  };
}
