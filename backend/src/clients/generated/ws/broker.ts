// Generated from backend/specs/asyncapi/broker.json by `make generate`. Do not edit.

export interface BrokerConnectionSubscribeFrame {
payload: {
accountId: string
}
type: "broker-connection.subscribe"
}

export interface BrokerConnectionSubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "broker-connection.subscribe.response"
}

export interface BrokerConnectionUnsubscribeFrame {
payload: {
accountId: string
}
type: "broker-connection.unsubscribe"
}

export interface BrokerConnectionUnsubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "broker-connection.unsubscribe.response"
}

export interface BrokerConnectionUpdateFrame {
payload: {
payload: {
disconnectType?: number
message?: string
/**
 * 1 = Connected, 2 = Connecting, 3 = Disconnected, 4 = Error
 */
status: (1 | 2 | 3 | 4)
/**
 * Unix milliseconds
 */
timestamp: number
}
/**
 * The account change this update reflects (1, 2, 3 … per account): a client that re-read GET /snapshot drops updates older than its seq
 */
seq: number
topic: string
}
type: "broker-connection.update"
}

export interface EquitySubscribeFrame {
payload: {
accountId: string
}
type: "equity.subscribe"
}

export interface EquitySubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "equity.subscribe.response"
}

export interface EquityUnsubscribeFrame {
payload: {
accountId: string
}
type: "equity.unsubscribe"
}

export interface EquityUnsubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "equity.unsubscribe.response"
}

export interface EquityUpdateFrame {
payload: {
payload: {
/**
 * Deposit + realised P&L − commissions
 */
balance: number
/**
 * Balance + unrealised P&L
 */
equity: number
marginAvailable: number
marginUsed: number
/**
 * Gross of commissions
 */
realizedPL: number
unrealizedPL: number
}
/**
 * The account change this update reflects (1, 2, 3 … per account): a client that re-read GET /snapshot drops updates older than its seq
 */
seq: number
topic: string
}
type: "equity.update"
}

export interface ErrorFrame {
payload: {
message: string
}
type: "error"
}

export interface ExecutionsSubscribeFrame {
payload: {
accountId: string
}
type: "executions.subscribe"
}

export interface ExecutionsSubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "executions.subscribe.response"
}

export interface ExecutionsUnsubscribeFrame {
payload: {
accountId: string
}
type: "executions.unsubscribe"
}

export interface ExecutionsUnsubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "executions.unsubscribe.response"
}

export interface ExecutionsUpdateFrame {
payload: {
payload: {
commission: number
id: string
orderId: string
price: number
qty: number
/**
 * 1 = Buy, -1 = Sell
 */
side: (1 | -1)
symbol: string
/**
 * Unix milliseconds
 */
time: number
}
/**
 * The account change this update reflects (1, 2, 3 … per account): a client that re-read GET /snapshot drops updates older than its seq
 */
seq: number
topic: string
}
type: "executions.update"
}

export interface OrdersSubscribeFrame {
payload: {
accountId: string
}
type: "orders.subscribe"
}

export interface OrdersSubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "orders.subscribe.response"
}

export interface OrdersUnsubscribeFrame {
payload: {
accountId: string
}
type: "orders.unsubscribe"
}

export interface OrdersUnsubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "orders.unsubscribe.response"
}

export interface OrdersUpdateFrame {
payload: {
payload: {
/**
 * Average fill price; 0 until filled
 */
avgPrice: number
/**
 * Why the broker Canceled the order: its duration expired, an IOC/FOK order could not fill at once, or the account was reset
 */
cancelReason?: ("expired" | "unfilled" | "reset")
duration?: {
/**
 * GTD only: when the order expires, Unix milliseconds (in the future)
 */
datetime?: number
/**
 * GTC good till cancelled (default); DAY until the close of the instrument’s current or next session; GTD until `datetime`; IOC and FOK fill at once or are Canceled
 */
type: ("GTC" | "DAY" | "GTD" | "IOC" | "FOK")
}
/**
 * When a DAY or GTD order expires, Unix milliseconds
 */
expiresAt?: number
filledQty: number
guaranteedStop?: number
id: string
limitPrice?: number
parentId?: string
/**
 * 1 = Order, 2 = Position
 */
parentType?: (1 | 2)
qty: number
/**
 * Why a Rejected order was refused
 */
rejectReason?: string
/**
 * 1 = Buy, -1 = Sell
 */
side: (1 | -1)
/**
 * 1 = Canceled, 2 = Filled, 3 = Inactive, 4 = Placing, 5 = Rejected, 6 = Working
 */
status: (1 | 2 | 3 | 4 | 5 | 6)
stopLoss?: number
stopPrice?: number
/**
 * 0 = StopLoss, 1 = TrailingStop, 2 = GuaranteedStop
 */
stopType?: (0 | 1 | 2)
symbol: string
takeProfit?: number
trailingStopPips?: number
/**
 * 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit
 */
type: (1 | 2 | 3 | 4)
/**
 * Unix milliseconds of the last change
 */
updateTime: number
}
/**
 * The account change this update reflects (1, 2, 3 … per account): a client that re-read GET /snapshot drops updates older than its seq
 */
seq: number
topic: string
}
type: "orders.update"
}

export interface PingFrame {
payload: {

}
type: "ping"
}

export interface PongFrame {
payload: {

}
type: "pong"
}

export interface PositionsSubscribeFrame {
payload: {
accountId: string
}
type: "positions.subscribe"
}

export interface PositionsSubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "positions.subscribe.response"
}

export interface PositionsUnsubscribeFrame {
payload: {
accountId: string
}
type: "positions.unsubscribe"
}

export interface PositionsUnsubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "positions.unsubscribe.response"
}

export interface PositionsUpdateFrame {
payload: {
payload: {
avgPrice: number
/**
 * The symbol: one net position per symbol
 */
id: string
/**
 * 0 means closed
 */
qty: number
/**
 * 1 = Buy, -1 = Sell
 */
side: (1 | -1)
stopLoss?: number
symbol: string
takeProfit?: number
trailingStopPips?: number
unrealizedPl: number
}
/**
 * The account change this update reflects (1, 2, 3 … per account): a client that re-read GET /snapshot drops updates older than its seq
 */
seq: number
topic: string
}
type: "positions.update"
}

/** Every frame of the broker endpoint, by its `type`. */
export interface BrokerWsFrames {
  'broker-connection.subscribe': BrokerConnectionSubscribeFrame;
  'broker-connection.subscribe.response': BrokerConnectionSubscribeResponseFrame;
  'broker-connection.unsubscribe': BrokerConnectionUnsubscribeFrame;
  'broker-connection.unsubscribe.response': BrokerConnectionUnsubscribeResponseFrame;
  'broker-connection.update': BrokerConnectionUpdateFrame;
  'equity.subscribe': EquitySubscribeFrame;
  'equity.subscribe.response': EquitySubscribeResponseFrame;
  'equity.unsubscribe': EquityUnsubscribeFrame;
  'equity.unsubscribe.response': EquityUnsubscribeResponseFrame;
  'equity.update': EquityUpdateFrame;
  'error': ErrorFrame;
  'executions.subscribe': ExecutionsSubscribeFrame;
  'executions.subscribe.response': ExecutionsSubscribeResponseFrame;
  'executions.unsubscribe': ExecutionsUnsubscribeFrame;
  'executions.unsubscribe.response': ExecutionsUnsubscribeResponseFrame;
  'executions.update': ExecutionsUpdateFrame;
  'orders.subscribe': OrdersSubscribeFrame;
  'orders.subscribe.response': OrdersSubscribeResponseFrame;
  'orders.unsubscribe': OrdersUnsubscribeFrame;
  'orders.unsubscribe.response': OrdersUnsubscribeResponseFrame;
  'orders.update': OrdersUpdateFrame;
  'ping': PingFrame;
  'pong': PongFrame;
  'positions.subscribe': PositionsSubscribeFrame;
  'positions.subscribe.response': PositionsSubscribeResponseFrame;
  'positions.unsubscribe': PositionsUnsubscribeFrame;
  'positions.unsubscribe.response': PositionsUnsubscribeResponseFrame;
  'positions.update': PositionsUpdateFrame;
}
