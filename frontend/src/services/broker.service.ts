// The trading service the terminal talks to, shaped like TradingView's broker API
// (`IBrokerTerminal`): promise-returning requests, and pushes through the host the terminal
// hands it (`IBrokerConnectionAdapterHost`). Two implementations: the backend's paper broker
// (REST + WebSocket) and an in-browser paper broker used while the backend is unreachable.
import type { ConnectionStatus } from '@trading-pro/contract';
import type {
  AccountMetainfo,
  AccountSnapshot,
  Brackets,
  BrokerConfig,
  BrokerConnectionInfo,
  EquityData,
  Execution,
  LeverageInfo,
  LeverageInfoParams,
  LeveragePreviewResult,
  LeverageSetParams,
  NewAccount,
  Order,
  OrderPreviewResult,
  PlaceOrderResult,
  Position,
  PreOrder,
} from '../types/broker';

/**
 * What the broker pushes to the terminal. `seq` is the account's change the push reflects (SPEC
 * §8): a terminal that re-read the account drops pushes older than its snapshot.
 */
export interface BrokerHost {
  orderUpdate(order: Order, seq: number): void;
  /** `qty: 0` means the position was closed. */
  positionUpdate(position: Position, seq: number): void;
  executionUpdate(execution: Execution, seq: number): void;
  equityUpdate(equity: EquityData, seq: number): void;
  connectionStatusUpdate(info: BrokerConnectionInfo): void;
  /** Updates may have been lost (reconnect, resync, another account): re-read everything. */
  fullUpdate(): void;
}

/** A request the broker refused, with the reason to show the trader. */
export class BrokerRequestError extends Error {
  constructor(
    message: string,
    /** The HTTP status for the backend; 400 (bad input) or 409 (wrong state) offline. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'BrokerRequestError';
  }
}

export interface BrokerService {
  connectionStatus(): ConnectionStatus;
  /** Every account, oldest first (TradingView `accountsMetainfo`). */
  accountsMetainfo(): Promise<AccountMetainfo[]>;
  /** The account requests act on and pushes come from ('' before the first is known). */
  currentAccount(): string;
  /** Trades on another account from now on; the host is asked to re-read (`fullUpdate`). */
  setCurrentAccount(accountId: string): Promise<void>;
  createAccount(account: NewAccount): Promise<AccountMetainfo>;
  renameAccount(accountId: string, name: string): Promise<AccountMetainfo>;
  /** Working orders Canceled, positions and history gone, balance back to the deposit. */
  resetAccount(accountId: string): Promise<AccountMetainfo>;
  /** Refused (409) for the last account. */
  deleteAccount(accountId: string): Promise<void>;
  /** The current account as of one change, in one read. */
  snapshot(): Promise<AccountSnapshot>;
  /** Durations, order types and leverage bounds, for the ticket. */
  config(): Promise<BrokerConfig>;
  orders(): Promise<Order[]>;
  positions(): Promise<Position[]>;
  executions(symbol: string): Promise<Execution[]>;
  equity(): Promise<EquityData>;
  /**
   * `confirmId` (TradingView's name) identifies this placement: the same id again returns the
   * first answer and places nothing new — a safe retry after a lost answer.
   */
  placeOrder(order: PreOrder, confirmId?: string): Promise<PlaceOrderResult>;
  previewOrder(order: PreOrder): Promise<OrderPreviewResult>;
  modifyOrder(orderId: string, order: PreOrder): Promise<void>;
  cancelOrder(orderId: string): Promise<void>;
  /** Closes all of the position, or `amount` of it, at market. */
  closePosition(positionId: string, amount?: number): Promise<void>;
  editPositionBrackets(positionId: string, brackets: Brackets): Promise<void>;
  leverageInfo(params: LeverageInfoParams): Promise<LeverageInfo>;
  setLeverage(params: LeverageSetParams): Promise<{ leverage: number }>;
  previewLeverage(params: LeverageSetParams): Promise<LeveragePreviewResult>;
  /** Stops pushing to the host and releases every subscription. */
  destroy(): void;
}
