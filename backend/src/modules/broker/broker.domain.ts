// The broker's in-memory shapes and their mapping to rows (storage) and to the API (SPEC §3).
import type { OrderStatus } from '@trading-pro/contract';
import { ParentType, Side, type OrderType, type StopType } from '@trading-pro/contract';
import type { Execution } from '../../models/broker/executions.js';
import type { PlacedOrder } from '../../models/broker/orders.js';
import type { ExecutionRow, OrderRow } from './broker.tables.js';
import type { NetPosition } from '@trading-pro/contract/paper';

export interface Order {
  id: number;
  accountId: string;
  symbol: string;
  type: OrderType;
  side: Side;
  qty: number;
  limitPrice?: number;
  stopPrice?: number;
  takeProfit?: number;
  stopLoss?: number;
  guaranteedStop?: number;
  trailingStopPips?: number;
  stopType?: StopType;
  status: OrderStatus;
  filledQty: number;
  avgPrice: number;
  /** Exit orders of a position: parentId = the symbol, parentType = Position. */
  parentId?: string;
  parentType?: ParentType;
  /** A stop-limit whose stop has fired and now works as a limit. */
  triggered: boolean;
  rejectReason?: string;
  createdAt: number;
  updatedAt: number;
}

export const isExit = (order: Order) => order.parentType === ParentType.Position;

const opt = (value: number | null) => (value === null ? undefined : value);

export function orderFromRow(row: OrderRow): Order {
  return {
    id: Number(row.id),
    accountId: row.account_id,
    symbol: row.symbol,
    type: row.type as OrderType,
    side: row.side as Side,
    qty: row.qty,
    limitPrice: opt(row.limit_price),
    stopPrice: opt(row.stop_price),
    takeProfit: opt(row.take_profit),
    stopLoss: opt(row.stop_loss),
    guaranteedStop: opt(row.guaranteed_stop),
    trailingStopPips: opt(row.trailing_stop_pips),
    stopType: opt(row.stop_type) as StopType | undefined,
    status: row.status as OrderStatus,
    filledQty: row.filled_qty,
    avgPrice: row.avg_price,
    parentId: row.parent_id ?? undefined,
    parentType: opt(row.parent_type) as ParentType | undefined,
    triggered: row.triggered === 1,
    rejectReason: row.reject_reason ?? undefined,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export function orderToRow(order: Order): OrderRow {
  return {
    id: order.id,
    account_id: order.accountId,
    symbol: order.symbol,
    type: order.type,
    side: order.side,
    qty: order.qty,
    limit_price: order.limitPrice ?? null,
    stop_price: order.stopPrice ?? null,
    take_profit: order.takeProfit ?? null,
    stop_loss: order.stopLoss ?? null,
    guaranteed_stop: order.guaranteedStop ?? null,
    trailing_stop_pips: order.trailingStopPips ?? null,
    stop_type: order.stopType ?? null,
    status: order.status,
    filled_qty: order.filledQty,
    avg_price: order.avgPrice,
    parent_id: order.parentId ?? null,
    parent_type: order.parentType ?? null,
    triggered: order.triggered ? 1 : 0,
    reject_reason: order.rejectReason ?? null,
    created_at: order.createdAt,
    updated_at: order.updatedAt,
  };
}

/** The API's PlacedOrder: optional fields present only when set. */
export function toPlacedOrder(order: Order): PlacedOrder {
  const placed: PlacedOrder = {
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
  const optional = [
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
  ] as const;
  for (const key of optional) {
    if (order[key] !== undefined) (placed as Record<string, unknown>)[key] = order[key];
  }
  return placed;
}

export function toExecution(row: ExecutionRow): Execution {
  return {
    id: String(row.id),
    orderId: String(row.order_id),
    symbol: row.symbol,
    price: row.price,
    qty: row.qty,
    side: row.side as Side,
    time: Number(row.time),
    commission: row.commission,
  };
}

export interface AccountInfo {
  id: string;
  name: string;
  currency: string;
  deposit: number;
  realizedPL: number;
  commissions: number;
}

/** What the engine needs of one account, kept in memory and replaced only after a commit. */
export class AccountBook {
  constructor(
    public account: AccountInfo,
    readonly working: Map<number, Order>,
    readonly positions: Map<string, NetPosition>,
    readonly leverage: Map<string, number>,
  ) {}

  /** A deep copy to change freely; it replaces this book once its transaction commits. */
  draft(): AccountBook {
    return new AccountBook(
      { ...this.account },
      new Map([...this.working].map(([id, order]) => [id, { ...order }])),
      new Map([...this.positions].map(([symbol, position]) => [symbol, { ...position }])),
      new Map(this.leverage),
    );
  }

  /** The position's exit orders (stop-loss, take-profit, trailing stop). */
  exitsOf(symbol: string): Order[] {
    return [...this.working.values()].filter((o) => isExit(o) && o.parentId === symbol);
  }

  /** Symbols whose quotes matter: working orders and open positions. */
  watchedSymbols(): Set<string> {
    const symbols = new Set([...this.working.values()].map((o) => o.symbol));
    for (const [symbol, position] of this.positions) if (position.qty !== 0) symbols.add(symbol);
    return symbols;
  }

  /** Buy = 1 for a long, Sell = -1 for a short. */
  static sideOf(position: NetPosition): Side {
    return position.qty >= 0 ? Side.Buy : Side.Sell;
  }
}
