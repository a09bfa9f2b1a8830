// Row types of the broker's tables, for Kysely.
export interface AccountRow {
  id: string;
  name: string;
  currency: string;
  deposit: number;
  realized_pl: number;
  commissions: number;
  created_at: number;
}

export interface CounterRow {
  name: string;
  value: number;
}

export interface OrderRow {
  id: number;
  account_id: string;
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
  created_at: number;
  updated_at: number;
}

export interface ExecutionRow {
  id: number;
  account_id: string;
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

export interface BrokerTables {
  accounts: AccountRow;
  counters: CounterRow;
  orders: OrderRow;
  executions: ExecutionRow;
  positions: PositionRow;
  leverage: LeverageRow;
  idempotency_keys: IdempotencyRow;
}
