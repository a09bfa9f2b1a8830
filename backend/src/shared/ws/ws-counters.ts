import type { CloseReason } from './ws-connection.js';

/** What a gateway has done, readable by tests now and by the metrics endpoint later. */
export interface WsCounters {
  connectionsOpen: number;
  connectionsOpened: number;
  /** Current subscriptions (client × topic) per route. */
  subscriptions: Record<string, number>;
  /** Topics currently produced (at least one subscriber). */
  topics: number;
  messagesSent: number;
  /** Snapshot frames replaced by a newer value before they were written. */
  conflated: number;
  /** `error` frames answered to bad client frames. */
  errorsSent: number;
  closes: Record<CloseReason, number>;
}

export function emptyCounters(): WsCounters {
  return {
    connectionsOpen: 0,
    connectionsOpened: 0,
    subscriptions: {},
    topics: 0,
    messagesSent: 0,
    conflated: 0,
    errorsSent: 0,
    closes: { client: 0, heartbeat: 0, lifetime: 0, backpressure: 0, interrupted: 0, shutdown: 0 },
  };
}
