/** Where the terminal's data comes from: the backend, or the in-browser offline demo. */
export type BackendMode = 'checking' | 'online' | 'offline';

export type EndpointName = 'datafeed' | 'broker';

/** One real-time endpoint's link, as the connection indicators show it. */
export type EndpointStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';
