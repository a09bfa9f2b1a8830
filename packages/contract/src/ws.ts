// The WebSocket envelope of docs/contract.md#websocket: every frame is `{ type, payload }`.

export interface WsFrame<TType extends string = string, TPayload = unknown> {
  type: TType;
  payload: TPayload;
}

export type SubscriptionStatus = 'ok' | 'error';

/** Payload of `{route}.subscribe.response` and `{route}.unsubscribe.response`. */
export interface SubscriptionResponse {
  status: SubscriptionStatus;
  message: string;
  topic: string;
}

/** Payload of `{route}.update`. */
export interface TopicUpdate<TData = unknown> {
  topic: string;
  /** On sequenced routes (the broker's), the account change the update reflects. */
  seq?: number;
  payload: TData;
}

/** Payload of a server `error` frame (a frame that is not JSON or names no route). */
export interface WsErrorPayload {
  message: string;
}

/** Close codes the server uses, and what the client should do about each. */
export const WsCloseCode = {
  /** Silent for longer than the heartbeat allows. */
  GoingAway: 1001,
  /** Too far behind on an event stream; reconnect, resubscribe and re-read over REST. */
  TryAgainLater: 1013,
  /** Maximum connection lifetime reached; reconnect. */
  Lifetime: 4000,
} as const;

export const wsMessageType = {
  subscribe: (route: string) => `${route}.subscribe`,
  subscribeResponse: (route: string) => `${route}.subscribe.response`,
  unsubscribe: (route: string) => `${route}.unsubscribe`,
  unsubscribeResponse: (route: string) => `${route}.unsubscribe.response`,
  update: (route: string) => `${route}.update`,
  ping: 'ping',
  pong: 'pong',
  error: 'error',
} as const;
