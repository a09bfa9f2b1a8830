// Generated from backend/specs/asyncapi/datafeed.json by `make generate`. Do not edit.

export interface BarsSubscribeFrame {
payload: {
/**
 * TradingView resolution string
 */
resolution: ("1" | "5" | "15" | "30" | "60" | "240" | "1D" | "1W")
/**
 * Instrument ticker, e.g. AAPL, BTCUSD, EURUSD
 */
symbol: string
}
type: "bars.subscribe"
}

export interface BarsSubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "bars.subscribe.response"
}

export interface BarsUnsubscribeFrame {
payload: {
/**
 * TradingView resolution string
 */
resolution: ("1" | "5" | "15" | "30" | "60" | "240" | "1D" | "1W")
/**
 * Instrument ticker, e.g. AAPL, BTCUSD, EURUSD
 */
symbol: string
}
type: "bars.unsubscribe"
}

export interface BarsUnsubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "bars.unsubscribe.response"
}

export interface BarsUpdateFrame {
payload: {
payload: {
close: number
high: number
low: number
open: number
/**
 * Bar open time, Unix milliseconds
 */
time: number
volume: number
}
topic: string
}
type: "bars.update"
}

export interface ErrorFrame {
payload: {
message: string
}
type: "error"
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

export interface QuotesSubscribeFrame {
payload: {
/**
 * @maxItems 200
 */
fast_symbols: string[]
/**
 * @maxItems 200
 */
symbols: string[]
}
type: "quotes.subscribe"
}

export interface QuotesSubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "quotes.subscribe.response"
}

export interface QuotesUnsubscribeFrame {
payload: {
/**
 * @maxItems 200
 */
fast_symbols: string[]
/**
 * @maxItems 200
 */
symbols: string[]
}
type: "quotes.unsubscribe"
}

export interface QuotesUnsubscribeResponseFrame {
payload: {
message: string
status: ("ok" | "error")
/**
 * {route}:{stableJson(params)}
 */
topic: string
}
type: "quotes.unsubscribe.response"
}

export interface QuotesUpdateFrame {
payload: {
payload: ({
n: string
s: "ok"
v: {
ask: number
bid: number
/**
 * Change from the previous close
 */
ch: number
/**
 * Change from the previous close, percent
 */
chp: number
description: string
exchange: string
high_price: number
low_price: number
/**
 * Last price
 */
lp: number
open_price: number
prev_close_price: number
short_name: string
spread: number
volume: number
}
} | {
n: string
s: "error"
v: {
error: string
}
})
topic: string
}
type: "quotes.update"
}

/** Every frame of the datafeed endpoint, by its `type`. */
export interface DatafeedWsFrames {
  'bars.subscribe': BarsSubscribeFrame;
  'bars.subscribe.response': BarsSubscribeResponseFrame;
  'bars.unsubscribe': BarsUnsubscribeFrame;
  'bars.unsubscribe.response': BarsUnsubscribeResponseFrame;
  'bars.update': BarsUpdateFrame;
  'error': ErrorFrame;
  'ping': PingFrame;
  'pong': PongFrame;
  'quotes.subscribe': QuotesSubscribeFrame;
  'quotes.subscribe.response': QuotesSubscribeResponseFrame;
  'quotes.unsubscribe': QuotesUnsubscribeFrame;
  'quotes.unsubscribe.response': QuotesUnsubscribeResponseFrame;
  'quotes.update': QuotesUpdateFrame;
}
