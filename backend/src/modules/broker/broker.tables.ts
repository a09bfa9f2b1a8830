// Row types of the broker's tables, for Kysely (after migration 0002).
export interface AccountRow {
  id: string;
  name: string;
  currency: string;
  deposit: number;
  realized_pl: number;
  commissions: number;
  created_at: number;
  /** Number of the account's last committed change. */
  seq: number;
  next_order_id: number;
  next_execution_id: number;
}

export interface OrderRow {
  account_id: string;
  id: number;
  symbol: string;
  type: number;
  side: number;
  qty: number;
  limit_price: number | null;
  stop_price: number | null;
  take_profit: number | null;
  stop_loss: number | null;
  guaranteed_stop: number | null;
  trailing_stop_pips: number | null;
  stop_type: number | null;
  status: number;
  filled_qty: number;
  avg_price: number;
  parent_id: string | null;
  parent_type: number | null;
  triggered: number;
  reject_reason: string | null;
  cancel_reason: string | null;
  duration_type: string | null;
  duration_datetime: number | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ExecutionRow {
  account_id: string;
  id: number;
  order_id: number;
  symbol: string;
  price: number;
  qty: number;
  side: number;
  time: number;
  commission: number;
}

export interface PositionRow {
  account_id: string;
  symbol: string;
  qty: number;
  avg_price: number;
  updated_at: number;
}

export interface LeverageRow {
  account_id: string;
  symbol: string;
  leverage: number;
}

export interface IdempotencyRow {
  account_id: string;
  key: string;
  order_id: number;
  created_at: number;
}

export interface AccountLeaseRow {
  account_id: string;
  owner: string;
  token: number;
  expires_at: number;
}

export interface BrokerTables {
  accounts: AccountRow;
  orders: OrderRow;
  executions: ExecutionRow;
  positions: PositionRow;
  leverage: LeverageRow;
  idempotency_keys: IdempotencyRow;
  account_leases: AccountLeaseRow;
}
