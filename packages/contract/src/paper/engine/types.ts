// The shapes the paper-trading engine works on. The engine is pure and synchronous: a book, a
// command or a quote, the market and the policy go in; the changes come out. The backend
// persists the changes and the offline demo keeps them in the browser; neither decides a fill.
import type { OrderStatus, OrderType, ParentType, Side, StopType } from '../../enums.js';
import type { BidAsk } from '../matching.js';
import type { TickedInstrument } from '../order-rules.js';

/** How much of an instrument one order may trade (TradingView `symbolInfo.qty`). */
export interface QtyRules {
  min: number;
  max: number;
  step: number;
}

export interface EngineInstrument extends TickedInstrument {
  symbol: string;
  /** The currency its prices are quoted in. */
  currency: string;
  qty: QtyRules;
}

export interface EngineQuote extends BidAsk {
  /** False outside the instrument's session: nothing fills; the prices are the session's last. */
  inSession: boolean;
}

/** What the engine may ask of the market: synchronous, so a decision never waits. */
export interface MarketView {
  instrument(symbol: string): EngineInstrument | undefined;
  quote(symbol: string): EngineQuote | undefined;
  /** The close of the instrument's current session, or of the next one when it is closed at `t`. */
  sessionClose(symbol: string, t: number): number | undefined;
}

/** Time in force (TradingView `duration`). */
export const DURATION_TYPES = ['GTC', 'DAY', 'GTD', 'IOC', 'FOK'] as const;
export type DurationType = (typeof DURATION_TYPES)[number];

export interface OrderDuration {
  type: DurationType;
  /** Unix ms; GTD only. */
  datetime?: number;
}

/** Why an order became Canceled other than by its owner's request. */
export type CancelReason = 'expired' | 'unfilled' | 'reset';

export interface BookOrder {
  /** Per account: 1, 2, 3 … never reused. */
  id: number;
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
  /** Average fill price; 0 until filled. */
  avgPrice: number;
  /** Exit orders of a position: parentId = the symbol, parentType = Position. */
  parentId?: string;
  parentType?: ParentType;
  /** A stop-limit whose stop has fired and now works as a limit. */
  triggered: boolean;
  rejectReason?: string;
  cancelReason?: CancelReason;
  duration?: OrderDuration;
  /** Unix ms at which a DAY or GTD order is Canceled as expired. */
  expiresAt?: number;
  createdAt: number;
  updatedAt: number;
}

export interface BookExecution {
  /** Per account, never reused. */
  id: number;
  orderId: number;
  symbol: string;
  price: number;
  qty: number;
  side: Side;
  time: number;
  /** In the account currency. */
  commission: number;
}

export interface AccountState {
  id: string;
  name: string;
  currency: string;
  deposit: number;
  /** Gross of commissions, in the account currency. */
  realizedPL: number;
  commissions: number;
  /** Number of the last committed change (0 before the first). */
  seq: number;
  nextOrderId: number;
  nextExecutionId: number;
}

/** The rules' numbers: one default for the backend and the offline demo, configurable on the backend. */
export interface PaperPolicy {
  /** Deposit of a new account, in its currency. */
  deposit: number;
  /** Commission as a fraction of the traded value (0.0005 = 5 bp). */
  commissionRate: number;
  leverage: { min: number; max: number; step: number; default: number };
  /** Above this leverage, a preview warns. */
  highLeverage: number;
}

export interface EngineEnv {
  market: MarketView;
  policy: PaperPolicy;
  /** Unix ms of the decision. */
  now: number;
}

/** What a client asks to place, or to change a working order into (TradingView `PreOrder`). */
export interface OrderRequest {
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
  duration?: OrderDuration;
  /** The price the client saw when it decided; a preview warns when the market moved since. */
  seenPrice?: number;
  currentQuotes?: { ask: number; bid: number };
}

export interface BracketsRequest {
  stopLoss?: number;
  takeProfit?: number;
  trailingStopPips?: number;
  guaranteedStop?: number;
}

export type EngineErrorKind = 'invalid' | 'not-found' | 'conflict' | 'unavailable';

/** A command the engine refuses; `kind` maps to 400, 404, 409 or 503. Nothing was changed. */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
  ) {
    super(message);
  }
}
