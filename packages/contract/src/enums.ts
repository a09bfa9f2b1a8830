// TradingView's numeric enumerations (docs/contract.md#conventions). The numbers are the wire format, so they are
// spelled out rather than left to TypeScript's auto-increment.

export const Side = { Buy: 1, Sell: -1 } as const;
export type Side = (typeof Side)[keyof typeof Side];

export const OrderType = { Limit: 1, Market: 2, Stop: 3, StopLimit: 4 } as const;
export type OrderType = (typeof OrderType)[keyof typeof OrderType];

/** Limit and stop-limit orders carry a limit price. */
export const hasLimitPrice = (type: OrderType): boolean =>
  type === OrderType.Limit || type === OrderType.StopLimit;

/** Stop and stop-limit orders carry a stop price. */
export const hasStopPrice = (type: OrderType): boolean =>
  type === OrderType.Stop || type === OrderType.StopLimit;

export const OrderStatus = {
  Canceled: 1,
  Filled: 2,
  Inactive: 3,
  Placing: 4,
  Rejected: 5,
  Working: 6,
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

export const StopType = { StopLoss: 0, TrailingStop: 1, GuaranteedStop: 2 } as const;
export type StopType = (typeof StopType)[keyof typeof StopType];

export const ParentType = { Order: 1, Position: 2 } as const;
export type ParentType = (typeof ParentType)[keyof typeof ParentType];

export const ConnectionStatus = { Connected: 1, Connecting: 2, Disconnected: 3, Error: 4 } as const;
export type ConnectionStatus = (typeof ConnectionStatus)[keyof typeof ConnectionStatus];

/** Resolutions in TradingView's notation, finest first. */
export const RESOLUTIONS = ['1', '5', '15', '30', '60', '240', '1D', '1W'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
