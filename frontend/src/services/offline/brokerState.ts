// The offline broker's whole state, and its round trip through Web Storage. A reload (or the
// backend coming back and going away again) must not lose the trader's demo account, and a value
// that is not a state this version wrote — corrupt, hand-edited, from an older build — must not
// break the terminal: it is ignored and the account starts afresh.
import {
  OrderStatus,
  OrderType,
  ParentType,
  Side,
  StopType,
  hasLimitPrice,
  hasStopPrice,
} from '@trading-pro/contract';
import type { Execution, Order } from '../../types/broker';
import type { NetPosition } from '@trading-pro/contract/paper';

export const BROKER_STORAGE_KEY = 'trading-pro.offline-broker.v1';
const VERSION = 1;

export type BrokerStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** An order as the broker keeps it: the API's Order plus the stop-limit trigger flag. */
export interface StoredOrder extends Order {
  triggered?: boolean;
}

export interface BrokerState {
  nextOrderId: number;
  nextExecutionId: number;
  deposit: number;
  /** Gross of commissions (SPEC §7). */
  realizedPL: number;
  commissions: number;
  /** Every order, oldest first. */
  orders: StoredOrder[];
  /** Net positions by symbol; flat ones are removed. */
  positions: Record<string, NetPosition>;
  executions: Execution[];
  /** Leverage by symbol; absent means the default of 1. */
  leverage: Record<string, number>;
}

export function emptyState(deposit: number): BrokerState {
  return {
    nextOrderId: 1,
    nextExecutionId: 1,
    deposit,
    realizedPL: 0,
    commissions: 0,
    orders: [],
    positions: {},
    executions: [],
    leverage: {},
  };
}

export function saveState(storage: BrokerStorage, state: BrokerState): void {
  storage.setItem(BROKER_STORAGE_KEY, JSON.stringify({ version: VERSION, ...state }));
}

/** The saved state, or undefined when there is none or it cannot be trusted. */
export function loadState(storage: BrokerStorage): BrokerState | undefined {
  let text: string | null;
  try {
    text = storage.getItem(BROKER_STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return parseState(value);
}

// ---- validation of what was read back -------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isPositive = (value: unknown): value is number => isFiniteNumber(value) && value > 0;
const isCount = (value: unknown): value is number =>
  isFiniteNumber(value) && Number.isInteger(value) && value >= 1;
const isOptional = (value: unknown, check: (v: unknown) => boolean) =>
  value === undefined || check(value);
const isOneOf =
  (values: Record<string, number>) =>
  (value: unknown): boolean =>
    Object.values(values).includes(value as number);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isOrder(value: unknown): value is StoredOrder {
  if (!isObject(value)) return false;
  const o = value;
  const shaped =
    isText(o.id) &&
    isText(o.symbol) &&
    isOneOf(OrderType)(o.type) &&
    isOneOf(Side)(o.side) &&
    isOneOf(OrderStatus)(o.status) &&
    isPositive(o.qty) &&
    isFiniteNumber(o.filledQty) &&
    isFiniteNumber(o.avgPrice) &&
    isFiniteNumber(o.updateTime) &&
    isOptional(o.limitPrice, isPositive) &&
    isOptional(o.stopPrice, isPositive) &&
    isOptional(o.takeProfit, isPositive) &&
    isOptional(o.stopLoss, isPositive) &&
    isOptional(o.guaranteedStop, isPositive) &&
    isOptional(o.trailingStopPips, isPositive) &&
    isOptional(o.stopType, isOneOf(StopType)) &&
    isOptional(o.parentId, isText) &&
    isOptional(o.parentType, isOneOf(ParentType)) &&
    isOptional(o.rejectReason, (v) => typeof v === 'string') &&
    isOptional(o.triggered, (v) => typeof v === 'boolean');
  if (!shaped || o.status !== OrderStatus.Working) return shaped;
  // A working order must carry the prices its type trades at, or matching could not run.
  const type = o.type as OrderType; // `shaped` checked it is one
  const needsLimit = hasLimitPrice(type);
  const needsStop = hasStopPrice(type);
  return (!needsLimit || o.limitPrice !== undefined) && (!needsStop || o.stopPrice !== undefined);
}

function isExecution(value: unknown): value is Execution {
  return (
    isObject(value) &&
    isText(value.id) &&
    isText(value.orderId) &&
    isText(value.symbol) &&
    isPositive(value.price) &&
    isPositive(value.qty) &&
    isOneOf(Side)(value.side) &&
    isFiniteNumber(value.time) &&
    isFiniteNumber(value.commission)
  );
}

function isPosition(value: unknown): value is NetPosition {
  return (
    isObject(value) && isFiniteNumber(value.qty) && value.qty !== 0 && isPositive(value.avgPrice)
  );
}

function isRecordOf<T>(value: unknown, check: (v: unknown) => v is T): value is Record<string, T> {
  return isObject(value) && Object.values(value).every(check);
}

export function parseState(value: unknown): BrokerState | undefined {
  if (!isObject(value) || value.version !== VERSION) return undefined;
  const v = value;
  if (
    !isCount(v.nextOrderId) ||
    !isCount(v.nextExecutionId) ||
    !isPositive(v.deposit) ||
    !isFiniteNumber(v.realizedPL) ||
    !isFiniteNumber(v.commissions) ||
    !Array.isArray(v.orders) ||
    !v.orders.every(isOrder) ||
    !Array.isArray(v.executions) ||
    !v.executions.every(isExecution) ||
    !isRecordOf(v.positions, isPosition) ||
    !isRecordOf(v.leverage, (l): l is number => isFiniteNumber(l) && l >= 1)
  ) {
    return undefined;
  }
  // Ids are handed out from the counters; a counter behind a stored id would reuse it.
  const maxId = (items: { id: string }[]) => Math.max(0, ...items.map((i) => Number(i.id) || 0));
  if (v.nextOrderId <= maxId(v.orders) || v.nextExecutionId <= maxId(v.executions)) {
    return undefined;
  }
  return {
    nextOrderId: v.nextOrderId,
    nextExecutionId: v.nextExecutionId,
    deposit: v.deposit,
    realizedPL: v.realizedPL,
    commissions: v.commissions,
    orders: v.orders,
    positions: v.positions,
    executions: v.executions,
    leverage: v.leverage,
  };
}
