// The offline demo's accounts as the browser keeps them (Web Storage): each account's book —
// what the shared engine trades on — with its finished orders, executions and the confirmation
// ids already placed. A value this version cannot trust (corrupt, hand-edited, foreign) is
// ignored and the demo starts afresh; the first version's single account is carried over.
import {
  OrderStatus,
  OrderType,
  ParentType,
  Side,
  StopType,
  hasLimitPrice,
  hasStopPrice,
} from '@trading-pro/contract';
import type {
  AccountState,
  BookExecution,
  BookOrder,
  BookSnapshot,
  NetPosition,
} from '@trading-pro/contract/paper';

export const LEDGER_STORAGE_KEY = 'trading-pro.offline-broker.v2';
/** Where the first version kept its one account. */
export const V1_STORAGE_KEY = 'trading-pro.offline-broker.v1';
const VERSION = 2;
/** Finished orders and executions kept per account: Web Storage holds a few MB. */
export const MAX_FINISHED_ORDERS = 1000;
export const MAX_EXECUTIONS = 2000;
export const MAX_CONFIRM_IDS = 200;

export type LedgerStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface StoredAccount extends BookSnapshot {
  /** Orders no longer working, oldest first. */
  finished: BookOrder[];
  executions: BookExecution[];
  /** Confirmation id → the order it placed (a retried placement returns it). */
  confirmIds: Record<string, number>;
}

export interface Ledger {
  /** The account the terminal trades on. */
  current: string;
  accounts: StoredAccount[];
}

export function newAccount(
  id: string,
  name: string,
  currency: string,
  deposit: number,
): StoredAccount {
  return {
    account: {
      id,
      name,
      currency,
      deposit,
      realizedPL: 0,
      commissions: 0,
      seq: 0,
      nextOrderId: 1,
      nextExecutionId: 1,
    },
    working: [],
    positions: {},
    leverage: {},
    finished: [],
    executions: [],
    confirmIds: {},
  };
}

/** Forgets the oldest finished orders, executions and confirmation ids beyond the bounds. */
export function trim(stored: StoredAccount): void {
  if (stored.finished.length > MAX_FINISHED_ORDERS) {
    stored.finished = stored.finished.slice(-MAX_FINISHED_ORDERS);
  }
  if (stored.executions.length > MAX_EXECUTIONS) {
    stored.executions = stored.executions.slice(-MAX_EXECUTIONS);
  }
  const ids = Object.keys(stored.confirmIds);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_CONFIRM_IDS))) {
    delete stored.confirmIds[id];
  }
}

export function saveLedger(storage: LedgerStorage, ledger: Ledger): void {
  storage.setItem(LEDGER_STORAGE_KEY, JSON.stringify({ version: VERSION, ...ledger }));
}

/** The saved ledger (or the first version's account, carried over), or undefined. */
export function loadLedger(storage: LedgerStorage): Ledger | undefined {
  const current = readJson(storage, LEDGER_STORAGE_KEY);
  if (current !== undefined) return parseLedger(current);
  const first = readJson(storage, V1_STORAGE_KEY);
  return first === undefined ? undefined : fromFirstVersion(first);
}

function readJson(storage: LedgerStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

// ---- validation of what was read back -------------------------------------------------------

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isPositive = (value: unknown): value is number => isFiniteNumber(value) && value > 0;
const isCount = (value: unknown): value is number =>
  isFiniteNumber(value) && Number.isInteger(value) && value >= 0;
const isOptional = (value: unknown, check: (v: unknown) => boolean) =>
  value === undefined || check(value);
const isOneOf =
  (values: Record<string, number>) =>
  (value: unknown): boolean =>
    Object.values(values).includes(value as number);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isOrder(value: unknown): value is BookOrder {
  if (!isObject(value)) return false;
  const o = value;
  const shaped =
    isCount(o.id) &&
    isText(o.symbol) &&
    isOneOf(OrderType)(o.type) &&
    isOneOf(Side)(o.side) &&
    isOneOf(OrderStatus)(o.status) &&
    isPositive(o.qty) &&
    isFiniteNumber(o.filledQty) &&
    isFiniteNumber(o.avgPrice) &&
    typeof o.triggered === 'boolean' &&
    isFiniteNumber(o.createdAt) &&
    isFiniteNumber(o.updatedAt) &&
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
    isOptional(o.expiresAt, isFiniteNumber);
  if (!shaped || o.status !== OrderStatus.Working) return shaped;
  // A working order must carry the prices its type trades at, or matching could not run.
  const type = o.type as OrderType;
  return (
    (!hasLimitPrice(type) || o.limitPrice !== undefined) &&
    (!hasStopPrice(type) || o.stopPrice !== undefined)
  );
}

function isExecution(value: unknown): value is BookExecution {
  return (
    isObject(value) &&
    isCount(value.id) &&
    isCount(value.orderId) &&
    isText(value.symbol) &&
    isPositive(value.price) &&
    isPositive(value.qty) &&
    isOneOf(Side)(value.side) &&
    isFiniteNumber(value.time) &&
    isFiniteNumber(value.commission)
  );
}

const isPosition = (value: unknown): value is NetPosition =>
  isObject(value) && isFiniteNumber(value.qty) && value.qty !== 0 && isPositive(value.avgPrice);

const isRecordOf = <T>(value: unknown, check: (v: unknown) => v is T): value is Record<string, T> =>
  isObject(value) && Object.values(value).every(check);

function isAccountState(value: unknown): value is AccountState {
  return (
    isObject(value) &&
    isText(value.id) &&
    typeof value.name === 'string' &&
    isText(value.currency) &&
    isPositive(value.deposit) &&
    isFiniteNumber(value.realizedPL) &&
    isFiniteNumber(value.commissions) &&
    isCount(value.seq) &&
    isCount(value.nextOrderId) &&
    isCount(value.nextExecutionId)
  );
}

function parseAccount(value: unknown): StoredAccount | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  if (
    !isAccountState(v.account) ||
    !Array.isArray(v.working) ||
    !v.working.every((o) => isOrder(o) && o.status === OrderStatus.Working) ||
    !Array.isArray(v.finished) ||
    !v.finished.every((o) => isOrder(o) && o.status !== OrderStatus.Working) ||
    !Array.isArray(v.executions) ||
    !v.executions.every(isExecution) ||
    !isRecordOf(v.positions, isPosition) ||
    !isRecordOf(v.leverage, (l): l is number => isFiniteNumber(l) && l >= 1) ||
    !isRecordOf(v.confirmIds, (id): id is number => isCount(id))
  ) {
    return undefined;
  }
  // Ids are handed out from the counters; a counter behind a stored id would reuse it.
  const maxId = (items: { id: number }[]) => Math.max(0, ...items.map((i) => i.id));
  const state = v.account;
  if (
    state.nextOrderId <= maxId([...(v.working as BookOrder[]), ...(v.finished as BookOrder[])]) ||
    state.nextExecutionId <= maxId(v.executions as BookExecution[])
  ) {
    return undefined;
  }
  return value as unknown as StoredAccount;
}

export function parseLedger(value: unknown): Ledger | undefined {
  if (!isObject(value) || value.version !== VERSION || !isText(value.current)) return undefined;
  if (!Array.isArray(value.accounts) || value.accounts.length === 0) return undefined;
  const accounts = value.accounts.map(parseAccount);
  if (accounts.some((a) => a === undefined)) return undefined;
  const ids = accounts.map((a) => a!.account.id);
  if (new Set(ids).size !== ids.length || !ids.includes(value.current)) return undefined;
  return { current: value.current, accounts: accounts as StoredAccount[] };
}

/** The first version's one account (string ids, one list of orders) as this version's. */
function fromFirstVersion(value: unknown): Ledger | undefined {
  if (!isObject(value) || value.version !== 1) return undefined;
  const v = value;
  if (!Array.isArray(v.orders) || !Array.isArray(v.executions)) return undefined;
  const orders = v.orders.map((o) =>
    isObject(o)
      ? {
          ...o,
          id: Number(o.id),
          triggered: o.triggered === true,
          createdAt: o.updateTime,
          updatedAt: o.updateTime,
          updateTime: undefined,
        }
      : o,
  );
  const executions = v.executions.map((e) =>
    isObject(e) ? { ...e, id: Number(e.id), orderId: Number(e.orderId) } : e,
  );
  const stored = {
    account: {
      id: 'offline-demo',
      name: 'Offline demo account',
      currency: 'USD',
      deposit: v.deposit,
      realizedPL: v.realizedPL,
      commissions: v.commissions,
      seq: 0,
      nextOrderId: v.nextOrderId,
      nextExecutionId: v.nextExecutionId,
    },
    working: orders.filter((o) => isObject(o) && o.status === OrderStatus.Working),
    finished: orders.filter((o) => isObject(o) && o.status !== OrderStatus.Working),
    executions,
    positions: v.positions,
    leverage: v.leverage,
    confirmIds: {},
  };
  for (const order of [...stored.working, ...stored.finished] as Json[]) delete order.updateTime;
  const account = parseAccount(JSON.parse(JSON.stringify(stored)));
  return account === undefined ? undefined : { current: account.account.id, accounts: [account] };
}
