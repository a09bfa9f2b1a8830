/**
 * What the terminal is connected to: still finding out; the server, answering; the server,
 * unreachable (the last known account and prices stay on screen, marked stale, trading paused);
 * or the in-browser offline demo account, which the trader chose.
 */
export type BackendMode = 'checking' | 'online' | 'disconnected' | 'demo';

/** Whether the backend answers its health probe (the monitor's one question). */
export type Reachability = 'checking' | 'reachable' | 'unreachable';

export type EndpointName = 'datafeed' | 'broker';

/** One real-time endpoint's link, as the connection indicators show it. */
export type EndpointStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';
