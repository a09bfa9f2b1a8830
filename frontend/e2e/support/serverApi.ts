// The server's own view, read and changed around what the page does: the broker's REST paths
// and the datafeed's current quote, against whichever server the suite runs now.

export interface ServerApi {
  /** `METHOD /api/v1/broker{path}`; throws on an answer that is not 2xx. */
  broker: <T>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<T>;
  /** The datafeed's current quote of `symbol`. */
  quote: (symbol: string) => Promise<{ lp: number; ask: number; bid: number }>;
}

export function serverApi(baseUrl: () => string): ServerApi {
  return {
    async broker<T>(
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) {
      const response = await fetch(`${baseUrl()}/api/v1/broker${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
      return (await response.json()) as T;
    },
    async quote(symbol) {
      const response = await fetch(`${baseUrl()}/api/v1/datafeed/quotes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ symbols: [symbol] }),
      });
      if (!response.ok) throw new Error(`POST /datafeed/quotes: HTTP ${response.status}`);
      return ((await response.json()) as { v: { lp: number; ask: number; bid: number } }[])[0]!.v;
    },
  };
}
