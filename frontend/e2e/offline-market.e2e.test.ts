// One market: the terminal's offline demo runs the server's own simulator with the server's
// default seed, so a terminal that loses the server keeps showing the same market. Checked
// against the real, built server process: the same instruments, the same bars of a past window
// at every resolution, and the same quotes at the same quarter-second.
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_MARKET_SEED, INSTRUMENTS, STEP_MS } from '@trading-pro/market';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDatafeed } from '../src/services/offline/offlineDatafeed';
import type { DatafeedService } from '../src/services/datafeed.service';
import type { Bar, QuoteData, Resolution, SymbolInfo } from '../src/types/market';
import { freePort, startBackend, type Backend } from './support/backend';

const HOUR_S = 3600;
const DAY_S = 86_400;

/** The offline datafeed's callbacks as promises. */
const offline = {
  resolve: (feed: DatafeedService, symbol: string) =>
    new Promise<SymbolInfo>((ok, fail) => feed.resolveSymbol(symbol, ok, fail)),
  bars: (feed: DatafeedService, info: SymbolInfo, resolution: Resolution, query: Window) =>
    new Promise<{ bars: Bar[]; no_data: boolean }>((ok, fail) =>
      feed.getBars(
        info,
        resolution,
        { ...query, countBack: query.countBack ?? 0, firstDataRequest: false },
        (bars, meta) => ok({ bars, no_data: meta.noData }),
        fail,
      ),
    ),
  quotes: (feed: DatafeedService, symbols: string[]) =>
    new Promise<QuoteData[]>((ok, fail) => feed.getQuotes(symbols, ok, fail)),
};

interface Window {
  from: number;
  to: number;
  countBack?: number;
}

describe('the offline demo’s market', () => {
  let backend: Backend | undefined;
  let feed: DatafeedService;

  beforeAll(async () => {
    // The server's default seed, stated so that a MARKET_SEED in the shell cannot change it.
    backend = await startBackend({
      port: await freePort(),
      env: { MARKET_SEED: String(DEFAULT_MARKET_SEED), ENABLED_MODULES: 'datafeed' },
    });
    feed = createOfflineDatafeed();
  });

  afterAll(async () => {
    feed?.destroy();
    await backend?.stop();
  });

  async function server<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await fetch(`${backend!.url}/api/v1/datafeed${path}`, init);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  it('lists the same instruments, described the same way', async () => {
    for (const { ticker } of INSTRUMENTS) {
      expect(await offline.resolve(feed, ticker)).toEqual(
        await server<SymbolInfo>(`/resolve/${ticker}`),
      );
    }
  });

  it('gives the same bars of a past window at every resolution', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, Resolution, Window][] = [
      ['BTCUSD', '1', { from: now - 2 * DAY_S, to: now - HOUR_S }],
      ['AAPL', '1', { from: now - 5 * DAY_S, to: now - HOUR_S }],
      ['EURUSD', '5', { from: now - 7 * DAY_S, to: now - HOUR_S, countBack: 500 }],
      ['SAP', '15', { from: now - 10 * DAY_S, to: now - HOUR_S }],
      ['ETHUSD', '30', { from: now - 10 * DAY_S, to: now - HOUR_S }],
      ['USDJPY', '60', { from: now - 30 * DAY_S, to: now - HOUR_S }],
      ['DAX', '240', { from: now - 60 * DAY_S, to: now - HOUR_S }],
      ['SPX', '1D', { from: 0, to: now - DAY_S }],
      ['BTCUSD', '1D', { from: 0, to: now - DAY_S }],
      ['VOD', '1W', { from: 0, to: now - 8 * DAY_S }],
    ];
    for (const [symbol, resolution, window] of cases) {
      const query = new URLSearchParams({
        symbol,
        resolution,
        from_time: String(window.from),
        to_time: String(window.to),
        ...(window.countBack === undefined ? {} : { count_back: String(window.countBack) }),
      });
      const expected = await server<{ bars: Bar[]; no_data: boolean }>(`/bars?${query}`);
      expect(expected.bars.length, `${symbol} ${resolution}`).toBeGreaterThan(10);
      const info = await offline.resolve(feed, symbol);
      expect(await offline.bars(feed, info, resolution, window), `${symbol} ${resolution}`).toEqual(
        expected,
      );
    }
  });

  it('quotes the same prices at the same quarter-second', async () => {
    const symbols = INSTRUMENTS.map((i) => i.ticker);
    const t0 = Date.now();
    const answer = await server<QuoteData[]>('/quotes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ symbols }),
    });
    const t1 = Date.now();
    // The server quoted at one instant between t0 and t1, on its quarter-second step.
    const steps: number[] = [];
    for (let t = Math.floor((t0 - STEP_MS) / STEP_MS) * STEP_MS; t <= t1 + STEP_MS; t += STEP_MS) {
      steps.push(t);
    }
    const matching: number[] = [];
    for (const t of steps) {
      const at = createOfflineDatafeed({ clock: () => t });
      if (isDeepStrictEqual(await offline.quotes(at, symbols), answer)) matching.push(t);
      at.destroy();
    }
    expect(answer).toHaveLength(symbols.length);
    expect(answer.every((quote) => quote.s === 'ok')).toBe(true);
    expect(matching.length, `no step of ${steps.join(', ')} matches`).toBeGreaterThan(0);
  });
});
