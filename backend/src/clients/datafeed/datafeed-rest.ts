// The datafeed's REST catalogue as another process reads it, through the client generated from
// the datafeed's OpenAPI document: an instrument from `/resolve/{symbol}`, its trading hours from
// `/sessions`. Each call tries the instance the quote stream is connected to first, then the
// others, each within a timeout, and fails with the reason only when none answers.
import createClient, { type Client } from 'openapi-fetch';
import type { InstrumentSpec } from '../../shared/ports/quote-source.js';
import { CLUSTER_SECRET_HEADER } from '../../shared/http/cluster-peer.js';
import type { paths } from '../generated/rest/datafeed.js';

export interface TradingSession {
  open: number;
  close: number;
}

const REQUEST_TIMEOUT_MS = 2_000;

export class DatafeedRest {
  private readonly clients = new Map<string, Client<paths>>();

  constructor(
    private readonly urls: readonly string[],
    secret: string | undefined,
    private readonly preferred: () => string | undefined,
  ) {
    const headers = secret === undefined ? {} : { [CLUSTER_SECRET_HEADER]: secret };
    for (const url of urls) this.clients.set(url, createClient<paths>({ baseUrl: url, headers }));
  }

  /** The instrument, or null when the datafeed does not list it. */
  instrument(symbol: string): Promise<InstrumentSpec | null> {
    return this.call(`resolve ${symbol}`, async (client, signal) => {
      const { data, response } = await client.GET('/api/v1/datafeed/resolve/{symbol}', {
        params: { path: { symbol } },
        signal,
      });
      if (response.status === 404 || response.status === 400) return null;
      if (data === undefined) throw new Error(`answered ${response.status}`);
      // Positions are valued in it: a guess would be wrong money.
      if (data.currency_code === undefined) throw new Error(`${symbol} has no currency_code`);
      return {
        symbol: data.ticker,
        description: data.description,
        type: data.type,
        currency: data.currency_code,
        pricescale: data.pricescale,
        minmov: data.minmov,
        tickSize: data.minmov / data.pricescale,
        qty: { ...data.qty },
      };
    });
  }

  /** `count` sessions from `from`: the one in progress, then the next ones. */
  sessions(symbol: string, from: number, count: number): Promise<TradingSession[]> {
    return this.call(`sessions of ${symbol}`, async (client, signal) => {
      const { data, response } = await client.GET('/api/v1/datafeed/sessions', {
        params: { query: { symbol, from, count } },
        signal,
      });
      if (data === undefined) throw new Error(`answered ${response.status}`);
      return data.sessions;
    });
  }

  private async call<T>(
    what: string,
    attempt: (client: Client<paths>, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const first = this.preferred();
    const order =
      first === undefined ? this.urls : [first, ...this.urls.filter((u) => u !== first)];
    const failures: string[] = [];
    for (const url of order) {
      try {
        return await attempt(this.clients.get(url)!, AbortSignal.timeout(REQUEST_TIMEOUT_MS));
      } catch (error) {
        failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    throw new Error(`no datafeed answered (${what}): ${failures.join('; ')}`);
  }
}
