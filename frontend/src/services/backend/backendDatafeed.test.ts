// @vitest-environment node
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../plugins/apiClient';
import { WsClient } from '../../plugins/wsClient';
import { backendError, routedFetch, type Route } from '../../testing/fakeApi';
import { jsonResponse } from '../../testing/fakeFetch';
import { fakeSockets } from '../../testing/fakeSocket';
import type { Bar, QuoteData, SymbolInfo } from '../../types/market';
import { createBackendDatafeed } from './backendDatafeed';

const info = { name: 'Apple', ticker: 'AAPL' } as SymbolInfo;
const bar: Bar = { time: 1_700_000_040_000, open: 1, high: 3, low: 0.5, close: 2, volume: 42 };
const quoteValues = {
  ch: 1,
  chp: 0.5,
  short_name: 'AAPL',
  exchange: 'NASDAQ',
  description: 'Apple Inc.',
  lp: 190.1,
  ask: 190.12,
  bid: 190.08,
  spread: 0.04,
  open_price: 189,
  high_price: 191,
  low_price: 188,
  prev_close_price: 189.1,
  volume: 1000,
};
const extra = { addedByNewerBackend: true };

let clients: WsClient[] = [];
afterEach(() => {
  for (const client of clients) client.close();
  clients = [];
});

function setup(routes: Record<string, Route> = {}) {
  const api = routedFetch(routes);
  const sockets = fakeSockets();
  const ws = new WsClient({
    url: 'ws://backend.test/api/v1/datafeed/ws',
    createSocket: sockets.createSocket,
  });
  clients.push(ws);
  const feed = createBackendDatafeed({
    api: createApiClient({ baseUrl: 'http://backend.test', fetch: api.fetch }),
    ws,
  });
  return { feed, requests: api.requests, ...sockets };
}

describe('backend datafeed: REST', () => {
  it('onReady reads GET /config and hands over the mapped configuration', async () => {
    const configuration = {
      supported_resolutions: ['1', '1D'],
      exchanges: [{ value: 'NASDAQ', name: 'NASDAQ', desc: 'Nasdaq' }],
      symbols_types: [{ name: 'Stock', value: 'stock' }],
      supports_search: true,
      supports_group_request: false,
      supports_marks: false,
      supports_timescale_marks: false,
      supports_time: true,
    };
    const { feed, requests } = setup({
      'GET /api/v1/datafeed/config': () => jsonResponse({ ...configuration, ...extra }),
    });
    const onReady = vi.fn();
    feed.onReady(onReady);
    await flushPromises();
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /api/v1/datafeed/config',
    ]);
    expect(onReady).toHaveBeenCalledWith(configuration);
  });

  it('onReady stays silent when the configuration cannot be read', async () => {
    const { feed } = setup({
      'GET /api/v1/datafeed/config': () => backendError(503, 'Service Unavailable', 'starting'),
    });
    const onReady = vi.fn();
    feed.onReady(onReady);
    await flushPromises();
    expect(onReady).not.toHaveBeenCalled();
  });

  it('searchSymbols sends the input with a limit, and exchange and type only when given', async () => {
    const item = {
      symbol: 'AAPL',
      full_name: 'NASDAQ:AAPL',
      description: 'Apple Inc.',
      exchange: 'NASDAQ',
      ticker: 'AAPL',
      type: 'stock',
    };
    const { feed, requests } = setup({
      'GET /api/v1/datafeed/search': () => jsonResponse([{ ...item, ...extra }]),
    });
    const onResult = vi.fn();
    feed.searchSymbols('app', '', '', onResult);
    await flushPromises();
    expect(Object.fromEntries(requests[0]!.url.searchParams)).toEqual({
      user_input: 'app',
      max_results: '30',
    });
    expect(onResult).toHaveBeenCalledWith([item]);

    feed.searchSymbols('app', 'NASDAQ', 'stock', onResult);
    await flushPromises();
    expect(Object.fromEntries(requests[1]!.url.searchParams)).toEqual({
      user_input: 'app',
      max_results: '30',
      exchange: 'NASDAQ',
      symbol_type: 'stock',
    });
  });

  it('searchSymbols answers an empty list when the search fails', async () => {
    const { feed } = setup({
      'GET /api/v1/datafeed/search': () => backendError(500, 'Internal Server Error', 'boom'),
    });
    const onResult = vi.fn();
    feed.searchSymbols('app', '', '', onResult);
    await flushPromises();
    expect(onResult).toHaveBeenCalledWith([]);
  });

  it("resolveSymbol reads /resolve/{symbol} and reports the backend's 404 message", async () => {
    const { feed, requests } = setup({
      'GET /api/v1/datafeed/resolve/NOPE': () =>
        backendError(404, 'Not Found', 'Unknown symbol "NOPE"'),
    });
    const onResolve = vi.fn();
    const onError = vi.fn();
    feed.resolveSymbol('NOPE', onResolve, onError);
    await flushPromises();
    expect(requests[0]!.url.pathname).toBe('/api/v1/datafeed/resolve/NOPE');
    expect(onResolve).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith('Unknown symbol "NOPE"');
  });

  it('getBars sends ticker, resolution and whole-second bounds, and maps the answer', async () => {
    const { feed, requests } = setup({
      'GET /api/v1/datafeed/bars': () =>
        jsonResponse({ bars: [{ ...bar, ...extra }], no_data: false }),
    });
    const onResult = vi.fn();
    feed.getBars(
      info,
      '5',
      { from: 1_699_990_000.7, to: 1_700_000_000.2, countBack: 300, firstDataRequest: true },
      onResult,
      vi.fn(),
    );
    await flushPromises();
    expect(Object.fromEntries(requests[0]!.url.searchParams)).toEqual({
      symbol: 'AAPL',
      resolution: '5',
      from_time: '1699990000',
      to_time: '1700000000',
      count_back: '300',
    });
    expect(onResult).toHaveBeenCalledWith([bar], { noData: false });
  });

  it('getBars leaves count_back out when zero, clamps negative bounds and passes no_data on', async () => {
    const { feed, requests } = setup({
      'GET /api/v1/datafeed/bars': () => jsonResponse({ bars: [], no_data: true }),
    });
    const onResult = vi.fn();
    feed.getBars(
      info,
      '1D',
      { from: -500, to: 100, countBack: 0, firstDataRequest: false },
      onResult,
      vi.fn(),
    );
    await flushPromises();
    expect(Object.fromEntries(requests[0]!.url.searchParams)).toEqual({
      symbol: 'AAPL',
      resolution: '1D',
      from_time: '0',
      to_time: '100',
    });
    expect(onResult).toHaveBeenCalledWith([], { noData: true });
  });

  it("getBars reports the backend's message on error", async () => {
    const { feed } = setup({
      'GET /api/v1/datafeed/bars': () =>
        backendError(400, 'Bad Request', 'resolution: unsupported "2"'),
    });
    const onResult = vi.fn();
    const onError = vi.fn();
    feed.getBars(
      info,
      '1',
      { from: 0, to: 60, countBack: 0, firstDataRequest: true },
      onResult,
      onError,
    );
    await flushPromises();
    expect(onResult).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith('resolution: unsupported "2"');
  });

  it('getQuotes posts the symbols and maps ok and error quotes', async () => {
    const { feed, requests } = setup({
      'POST /api/v1/datafeed/quotes': () =>
        jsonResponse([
          { s: 'ok', n: 'AAPL', v: { ...quoteValues, ...extra } },
          { s: 'error', n: 'NOPE', v: { error: 'Unknown symbol' } },
        ]),
    });
    const onData = vi.fn();
    feed.getQuotes(['AAPL', 'NOPE'], onData, vi.fn());
    await flushPromises();
    expect(requests[0]!.body).toEqual({ symbols: ['AAPL', 'NOPE'] });
    expect(onData).toHaveBeenCalledWith([
      { s: 'ok', n: 'AAPL', v: quoteValues },
      { s: 'error', n: 'NOPE', v: { error: 'Unknown symbol' } },
    ]);
  });
});

describe('backend datafeed: streams', () => {
  const BARS = { symbol: 'AAPL', resolution: '1' };

  it('subscribeBars listens to bars of the ticker and maps each confirmed update', () => {
    const { feed, last } = setup();
    const onTick = vi.fn();
    feed.subscribeBars(info, '1', onTick, 'chart-1', vi.fn());
    last().open();
    expect(last().frames('subscribe')).toEqual([{ route: 'bars', params: BARS }]);
    last().confirmAll();
    last().push('bars', BARS, { ...bar, ...extra });
    expect(onTick).toHaveBeenCalledExactlyOnceWith(bar);
  });

  it('subscribeBars with a known listener id replaces its subscription', () => {
    const { feed, last } = setup();
    const first = vi.fn();
    const second = vi.fn();
    feed.subscribeBars(info, '1', first, 'chart-1', vi.fn());
    last().open();
    feed.subscribeBars(info, '5', second, 'chart-1', vi.fn());
    expect(last().frames('unsubscribe')).toEqual([{ route: 'bars', params: BARS }]);
    last().confirmAll();
    last().push('bars', BARS, bar);
    last().push('bars', { symbol: 'AAPL', resolution: '5' }, bar);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('unsubscribeBars stops the updates and unsubscribes', () => {
    const { feed, last } = setup();
    const onTick = vi.fn();
    feed.subscribeBars(info, '1', onTick, 'chart-1', vi.fn());
    last().open();
    last().confirmAll();
    feed.unsubscribeBars('chart-1');
    last().push('bars', BARS, bar);
    expect(onTick).not.toHaveBeenCalled();
    expect(last().frames('unsubscribe')).toEqual([{ route: 'bars', params: BARS }]);
  });

  it('subscribeQuotes sends sorted symbols and hands each update over as a one-quote list', () => {
    const { feed, last } = setup();
    const onRealtime = vi.fn();
    feed.subscribeQuotes(['MSFT', 'AAPL'], ['MSFT'], onRealtime, 'watch');
    last().open();
    const params = { symbols: ['AAPL', 'MSFT'], fast_symbols: ['MSFT'] };
    expect(last().frames('subscribe')).toEqual([{ route: 'quotes', params }]);
    last().confirmAll();
    last().push('quotes', params, { s: 'ok', n: 'AAPL', v: { ...quoteValues, ...extra } });
    expect(onRealtime).toHaveBeenCalledExactlyOnceWith([
      { s: 'ok', n: 'AAPL', v: quoteValues },
    ] satisfies QuoteData[]);
    feed.unsubscribeQuotes('watch');
    expect(last().frames('unsubscribe')).toEqual([{ route: 'quotes', params }]);
  });

  it('resync() asks every subscribed chart to reset, and only those', () => {
    const { feed } = setup();
    const resetA = vi.fn();
    const resetB = vi.fn();
    const resetGone = vi.fn();
    feed.subscribeBars(info, '1', vi.fn(), 'a', resetA);
    feed.subscribeBars({ ...info, ticker: 'MSFT' }, '5', vi.fn(), 'b', resetB);
    feed.subscribeBars(info, '15', vi.fn(), 'gone', resetGone);
    feed.unsubscribeBars('gone');
    feed.resync();
    expect(resetA).toHaveBeenCalledTimes(1);
    expect(resetB).toHaveBeenCalledTimes(1);
    expect(resetGone).not.toHaveBeenCalled();
  });

  it('destroy() releases every bar and quote subscription', () => {
    const { feed, last } = setup();
    const onTick = vi.fn();
    const onRealtime = vi.fn();
    const reset = vi.fn();
    feed.subscribeBars(info, '1', onTick, 'a', reset);
    feed.subscribeQuotes(['AAPL'], [], onRealtime, 'q');
    last().open();
    last().confirmAll();
    feed.destroy();
    expect(
      last()
        .frames('unsubscribe')
        .map((f) => f.route)
        .sort(),
    ).toEqual(['bars', 'quotes']);
    last().push('bars', BARS, bar);
    last().push(
      'quotes',
      { symbols: ['AAPL'], fast_symbols: [] },
      { s: 'ok', n: 'AAPL', v: quoteValues },
    );
    feed.resync();
    expect(onTick).not.toHaveBeenCalled();
    expect(onRealtime).not.toHaveBeenCalled();
    expect(reset).not.toHaveBeenCalled();
  });
});
