// The engine's shapes to and from the broker's rows.
import type { OrderStatus, OrderType, ParentType, Side, StopType } from '@trading-pro/contract';
import type {
  AccountState,
  BookExecution,
  BookOrder,
  CancelReason,
  DurationType,
} from '@trading-pro/contract/paper';
import type { AccountRow, ExecutionRow, OrderRow } from './broker.tables.js';

export function accountFromRow(row: AccountRow): AccountState {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    deposit: row.deposit,
    realizedPL: row.realized_pl,
    commissions: row.commissions,
    seq: Number(row.seq),
    nextOrderId: Number(row.next_order_id),
    nextExecutionId: Number(row.next_execution_id),
  };
}

export function orderFromRow(row: OrderRow): BookOrder {
  // Absent fields are left out rather than set and deleted: objects of one shape stay fast.
  const order: BookOrder = {
    id: Number(row.id),
    symbol: row.symbol,
    type: row.type as OrderType,
    side: row.side as Side,
    qty: row.qty,
    status: row.status as OrderStatus,
    filledQty: row.filled_qty,
    avgPrice: row.avg_price,
    triggered: row.triggered === 1,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
  if (row.limit_price !== null) order.limitPrice = row.limit_price;
  if (row.stop_price !== null) order.stopPrice = row.stop_price;
  if (row.take_profit !== null) order.takeProfit = row.take_profit;
  if (row.stop_loss !== null) order.stopLoss = row.stop_loss;
  if (row.guaranteed_stop !== null) order.guaranteedStop = row.guaranteed_stop;
  if (row.trailing_stop_pips !== null) order.trailingStopPips = row.trailing_stop_pips;
  if (row.stop_type !== null) order.stopType = row.stop_type as StopType;
  if (row.parent_id !== null) order.parentId = row.parent_id;
  if (row.parent_type !== null) order.parentType = row.parent_type as ParentType;
  if (row.reject_reason !== null) order.rejectReason = row.reject_reason;
  if (row.cancel_reason !== null) order.cancelReason = row.cancel_reason as CancelReason;
  if (row.expires_at !== null) order.expiresAt = Number(row.expires_at);
  if (row.duration_type !== null) {
    order.duration = { type: row.duration_type as DurationType };
    if (row.duration_datetime !== null) order.duration.datetime = Number(row.duration_datetime);
  }
  return order;
}

export function orderToRow(accountId: string, order: BookOrder): OrderRow {
  return {
    account_id: accountId,
    id: order.id,
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
    cancel_reason: order.cancelReason ?? null,
    duration_type: order.duration?.type ?? null,
    duration_datetime: order.duration?.datetime ?? null,
    expires_at: order.expiresAt ?? null,
    created_at: order.createdAt,
    updated_at: order.updatedAt,
  };
}

export function executionFromRow(row: ExecutionRow): BookExecution {
  return {
    id: Number(row.id),
    orderId: Number(row.order_id),
    symbol: row.symbol,
    price: row.price,
    qty: row.qty,
    side: row.side as Side,
    time: Number(row.time),
    commission: row.commission,
  };
}

export function executionToRow(accountId: string, execution: BookExecution): ExecutionRow {
  return {
    account_id: accountId,
    id: execution.id,
    order_id: execution.orderId,
    symbol: execution.symbol,
    price: execution.price,
    qty: execution.qty,
    side: execution.side,
    time: execution.time,
    commission: execution.commission,
  };
}
