// Broker types the terminal works with, shaped like TradingView's broker API (docs/contract.md#rest, docs/broker.md#orders-and-fills).
// Enumerations are the contract's numeric ones.
import type {
  ConnectionStatus,
  OrderStatus,
  OrderType,
  ParentType,
  Side,
  StopType,
} from '@trading-pro/contract';
import type { EquityData } from '@trading-pro/contract/paper';

export interface Brackets {
  stopLoss?: number;
  takeProfit?: number;
  trailingStopPips?: number;
  guaranteedStop?: number;
}

/** Time in force (TradingView `duration`, docs/broker.md#durations). */
export type DurationType = 'GTC' | 'DAY' | 'GTD' | 'IOC' | 'FOK';

export interface OrderDuration {
  type: DurationType;
  /** GTD only: Unix milliseconds, in the future. */
  datetime?: number;
}

/** An order as the ticket builds it, before the broker has seen it. */
export interface PreOrder extends Brackets {
  symbol: string;
  type: OrderType;
  side: Side;
  qty: number;
  limitPrice?: number;
  stopPrice?: number;
  stopType?: StopType;
  duration?: OrderDuration;
  seenPrice?: number;
  currentQuotes?: { ask: number; bid: number };
}

export interface Order extends PreOrder {
  id: string;
  status: OrderStatus;
  filledQty: number;
  /** 0 until filled. */
  avgPrice: number;
  /** Unix milliseconds of the last change. */
  updateTime: number;
  parentId?: string;
  parentType?: ParentType;
  rejectReason?: string;
  /** Why the broker Canceled it: its duration expired, it could not fill at once, a reset. */
  cancelReason?: 'expired' | 'unfilled' | 'reset';
  /** When a DAY or GTD order expires, Unix milliseconds. */
  expiresAt?: number;
}

export interface Position {
  /** The symbol: one net position per symbol. */
  id: string;
  symbol: string;
  /** ≥ 0; 0 means closed. */
  qty: number;
  side: Side;
  avgPrice: number;
  stopLoss?: number;
  takeProfit?: number;
  trailingStopPips?: number;
  unrealizedPl: number;
}

export interface Execution {
  id: string;
  orderId: string;
  symbol: string;
  price: number;
  qty: number;
  side: Side;
  /** Unix milliseconds. */
  time: number;
  commission: number;
}

export interface AccountMetainfo {
  id: string;
  name: string;
  currency: string;
}

// The account figures and the order preview are computed by the shared paper-trading rules
// (the offline broker uses them as the backend does), so their types come from there.
export type { EquityData, OrderPreviewResult } from '@trading-pro/contract/paper';

/** A paper account to open (docs/broker.md#accounts). */
export interface NewAccount {
  name: string;
  /** Default USD. */
  currency?: string;
  /** Default 100,000. */
  deposit?: number;
}

/** An account as of one change (`seq`), read in one go. */
export interface AccountSnapshot {
  seq: number;
  account: AccountMetainfo;
  orders: Order[];
  positions: Position[];
  equity: EquityData;
  executions: Execution[];
}

// What a ticket is built from: the shared engine's own description of itself.
export type { BrokerConfigView as BrokerConfig } from '@trading-pro/contract/paper';

export interface PlaceOrderResult {
  orderId: string;
}

export interface LeverageInfoParams {
  symbol: string;
  orderType: OrderType;
  side: Side;
}

export interface LeverageInfo {
  title: string;
  leverage: number;
  min: number;
  max: number;
  step: number;
}

export interface LeverageSetParams extends LeverageInfoParams {
  leverage: number;
}

export interface LeveragePreviewResult {
  infos?: string[];
  warnings?: string[];
  errors?: string[];
}

export interface BrokerConnectionInfo {
  status: ConnectionStatus;
  message?: string;
  disconnectType?: number;
  /** Unix milliseconds. */
  timestamp: number;
}
