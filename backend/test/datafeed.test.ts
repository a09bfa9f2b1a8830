// The datafeed's REST surface over the real simulator, at a fixed instant.
import { findInstrument, toSymbolInfo } from '@trading-pro/market';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bar, BarsResponse } from '../src/models/market/bars.js';
import type { QuoteData } from '../src/models/market/quotes.js';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { buildTestApp } from './helpers/test-app.js';

/** Wednesday 2026-11-18 10:00:30.5 New York. */
const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);
const NOW_S = Math.floor(NOW / 1000);
const DAY_S = 86_400;

let app: TypedApp;
beforeAll(async () => {
  app = await buildTestApp({ enabledModules: ['datafeed'], clock: () => new Date(NOW) });
});
afterAll(() => app.close());

const get = async <T>(url: string) => {
  const response = await app.inject({ method: 'GET', url: `/api/v1/datafeed${url}` });
  return { status: response.statusCode, body: response.json<T>() };
};
const bars = (query: string) => get<BarsResponse>(`/bars?${query}`);

describe('GET /api/v1/datafeed/config', () => {
  it('lists every resolution, the exchanges and the symbol types', async () => {
    const { status, body } = await get<{
      supported_resolutions: string[];
      exchanges: { value: string }[];
      symbols_types: { value: string }[];
      supports_search: boolean;
    }>('/config');
    expect(status).toBe(200);
    expect(body.supported_resolutions).toEqual(['1', '5', '15', '30', '60', '240', '1D', '1W']);
    expect(body.exchanges.map((e) => e.value)).toEqual(
      expect.arrayContaining(['NASDAQ', 'NYSE', 'CRYPTO', 'FX', 'INDEX']),
    );
    expect(body.symbols_types.map((t) => t.value)).toEqual(
      expect.arrayContaining(['stock', 'crypto', 'forex', 'index']),
    );
    expect(body.supports_search).toBe(true);
  });
});

describe('GET /api/v1/datafeed/search', () => {
  it('puts the exact ticker first', async () => {
    const { body } = await get<{ symbol: string }[]>('/search?user_input=v');
    expect(body[0]!.symbol).toBe('V');
  });

  it('filters by type and caps the results', async () => {
    const { body } = await get<{ type: string }[]>(
      '/search?user_input=&symbol_type=crypto&max_results=3',
    );
    expect(body).toHaveLength(3);
    expect(body.every((r) => r.type === 'crypto')).toBe(true);
  });

  it('rejects max_results out of range', async () => {
    expect((await get('/search?user_input=a&max_results=0')).status).toBe(400);
  });
});

describe('GET /api/v1/datafeed/resolve/{symbol}', () => {
  it('fills every LibrarySymbolInfo field of the SPEC', async () => {
    const { status, body } = await get<Record<string, unknown>>('/resolve/EURUSD');
    expect(status).toBe(200);
    // The market's own description of the instrument, every field through the schema.
    expect(body).toEqual(toSymbolInfo(findInstrument('EURUSD')!));
    expect(body).toMatchObject({
      session: '1700-1700:23456',
      timezone: 'America/New_York',
      pricescale: 100000,
      qty: { min: 1000, max: 100_000_000, step: 1000 },
    });
    expect(body.supported_resolutions).toHaveLength(8);
  });

  it('gives each instrument its quantity grid: coins in fractions, shares whole', async () => {
    expect((await get<{ qty: unknown }>('/resolve/BTCUSD')).body.qty).toEqual({
      min: 0.0001,
      max: 1000,
      step: 0.0001,
    });
    expect((await get<{ qty: unknown }>('/resolve/AAPL')).body.qty).toEqual({
      min: 1,
      max: 1_000_000,
      step: 1,
    });
  });

  it('answers 404 for an unknown symbol', async () => {
    const { status, body } = await get<{ message: string }>('/resolve/NOPE');
    expect(status).toBe(404);
    expect(body.message).toBe('Unknown symbol "NOPE"');
  });
});

describe('GET /api/v1/datafeed/sessions', () => {
  it('lists the session in progress, then the next ones, in New York hours', async () => {
    const { status, body } = await get<{
      symbol: string;
      timezone: string;
      sessions: { open: number; close: number }[];
    }>('/sessions?symbol=aapl&count=3');
    expect(status).toBe(200);
    expect(body).toEqual({
      symbol: 'AAPL',
      timezone: 'America/New_York',
      sessions: [
        { open: Date.UTC(2026, 10, 18, 14, 30), close: Date.UTC(2026, 10, 18, 21) },
        { open: Date.UTC(2026, 10, 19, 14, 30), close: Date.UTC(2026, 10, 19, 21) },
        { open: Date.UTC(2026, 10, 20, 14, 30), close: Date.UTC(2026, 10, 20, 21) },
      ],
    });
  });

  it('starts from the next session when the market is closed at `from`', async () => {
    // Saturday 21 November: Monday's session comes first.
    const from = Date.UTC(2026, 10, 21, 12);
    const { body } = await get<{ sessions: { open: number }[] }>(
      `/sessions?symbol=AAPL&from=${from}&count=1`,
    );
    expect(body.sessions).toEqual([
      { open: Date.UTC(2026, 10, 23, 14, 30), close: Date.UTC(2026, 10, 23, 21) },
    ]);
  });

  it('answers 404 for an unknown symbol and 400 for a bad count or instant', async () => {
    expect((await get('/sessions?symbol=NOPE')).status).toBe(404);
    expect((await get('/sessions?symbol=AAPL&count=0')).status).toBe(400);
    expect((await get('/sessions?symbol=AAPL&count=61')).status).toBe(400);
    expect((await get('/sessions?symbol=AAPL&from=-1')).status).toBe(400);
    expect((await get('/sessions?symbol=AAPL&from=1e400')).status).toBe(400);
    expect((await get('/sessions')).status).toBe(400);
  });
});

describe('GET /api/v1/datafeed/bars', () => {
  it('returns ascending bars within [from, to)', async () => {
    const from = NOW_S - 2 * DAY_S;
    const { status, body } = await bars(
      `symbol=BTCUSD&resolution=15&from_time=${from}&to_time=${NOW_S}`,
    );
    expect(status).toBe(200);
    expect(body.no_data).toBe(false);
    // From 15:15 two days ago (the first bar at or after from) to 15:00 today.
    expect(body.bars.length).toBe(2 * 96);
    const times = body.bars.map((b) => b.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(from * 1000);
    expect(times.at(-1)).toBeLessThan(NOW_S * 1000);
  });

  it('is identical across two application instances', async () => {
    const other = await buildTestApp({ enabledModules: ['datafeed'], clock: () => new Date(NOW) });
    try {
      const query = `/api/v1/datafeed/bars?symbol=AAPL&resolution=5&from_time=${NOW_S - 5 * DAY_S}&to_time=${NOW_S}`;
      const a = await app.inject({ method: 'GET', url: query });
      const b = await other.inject({ method: 'GET', url: query });
      expect(a.json<BarsResponse>().bars.length).toBeGreaterThan(100);
      expect(a.body).toBe(b.body);
    } finally {
      await other.close();
    }
  });

  it('reaches two years back in daily bars and thirty days in minutes', async () => {
    const daily = await bars(
      `symbol=AAPL&resolution=1D&from_time=${NOW_S - 730 * DAY_S}&to_time=${NOW_S}`,
    );
    expect(daily.body.bars.length).toBeGreaterThan(500);
    const minutes = await bars(
      `symbol=BTCUSD&resolution=1&from_time=${NOW_S - 30 * DAY_S}&to_time=${NOW_S - 29 * DAY_S}`,
    );
    expect(minutes.body.bars).toHaveLength(1440);
  });

  it('serves every daily bar from 2019 to now in one answer, the last one forming', async () => {
    const { status, body } = await bars(
      `symbol=BTCUSD&resolution=1D&from_time=0&to_time=${NOW_S + DAY_S}`,
    );
    expect(status).toBe(200);
    expect(body.bars[0]!.time).toBe(Date.UTC(2019, 0, 1));
    expect(body.bars.at(-1)!.time).toBe(Date.UTC(2026, 10, 18));
    expect(body.bars).toHaveLength(
      (Date.UTC(2026, 10, 18) - Date.UTC(2019, 0, 1)) / 86_400_000 + 1,
    );
  });

  it('agrees at every resolution with the minutes it is made of', async () => {
    const day = `from_time=${Date.UTC(2026, 10, 17) / 1000}&to_time=${Date.UTC(2026, 10, 18) / 1000}`;
    const minutes = (await bars(`symbol=AAPL&resolution=1&${day}`)).body.bars;
    expect(minutes).toHaveLength(390);
    const [daily] = (await bars(`symbol=AAPL&resolution=1D&${day}`)).body.bars;
    expect(daily).toEqual({
      time: Date.UTC(2026, 10, 17),
      open: minutes[0]!.open,
      high: Math.max(...minutes.map((b) => b.high)),
      low: Math.min(...minutes.map((b) => b.low)),
      close: minutes.at(-1)!.close,
      volume: minutes.reduce((sum, b) => sum + b.volume, 0),
    });
    const hours = (await bars(`symbol=AAPL&resolution=60&${day}`)).body.bars;
    expect(hours.map((b) => b.time)).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((h) => Date.UTC(2026, 10, 17, 14, 30) + h * 3_600_000),
    );
  });

  it('honours count_back beyond from_time', async () => {
    const { body } = await bars(
      `symbol=AAPL&resolution=60&from_time=${NOW_S - 60}&to_time=${NOW_S}&count_back=30`,
    );
    expect(body.bars.length).toBeGreaterThanOrEqual(30);
  });

  it('ends on the forming bar, which the quote agrees with', async () => {
    const { body } = await bars(
      `symbol=AAPL&resolution=1&from_time=${NOW_S - 600}&to_time=${NOW_S + 60}`,
    );
    const last = body.bars.at(-1)!;
    expect(last.time).toBe(Date.UTC(2026, 10, 18, 15, 0));
    const quotes = await app.inject({
      method: 'POST',
      url: '/api/v1/datafeed/quotes',
      payload: { symbols: ['AAPL'] },
    });
    const [quote] = quotes.json<QuoteData[]>();
    expect(quote!.s).toBe('ok');
    if (quote!.s === 'ok') expect(quote!.v.lp).toBe(last.close);
  });

  it('says no_data when nothing precedes the range', async () => {
    const { body } = await bars('symbol=AAPL&resolution=1D&from_time=100&to_time=1000');
    expect(body).toEqual({ bars: [], no_data: true });
  });

  it('returns an empty, not final, answer for a weekend range', async () => {
    const saturday = Date.UTC(2026, 10, 14) / 1000;
    const { body } = await bars(
      `symbol=AAPL&resolution=1&from_time=${saturday}&to_time=${saturday + DAY_S}`,
    );
    expect(body).toEqual({ bars: [], no_data: false });
  });

  it.each([
    ['symbol=NOPE&resolution=1&from_time=1&to_time=2', 404, /Unknown symbol "NOPE"/],
    ['symbol=AAPL&resolution=2&from_time=1&to_time=2', 400, /resolution/],
    ['symbol=AAPL&resolution=1&from_time=5&to_time=2', 400, /from_time must not be after to_time/],
    ['symbol=AAPL&resolution=1&from_time=x&to_time=2', 400, /from_time/],
    ['resolution=1&from_time=1&to_time=2', 400, /symbol/],
    // 1e400 parses as Infinity: refused by the bound, never answered with every bar there is.
    [
      'symbol=AAPL&resolution=1D&from_time=0&to_time=1e400',
      400,
      /querystring\/to_time must be a finite number/,
    ],
    ['symbol=AAPL&resolution=1D&from_time=253402300800&to_time=1', 400, /from_time must be <=/],
    ['symbol=AAPL&resolution=1&from_time=-1&to_time=2', 400, /from_time must be >= 0/],
  ])('rejects %s with %i', async (query, status, message) => {
    const response = await bars(query);
    expect(response.status).toBe(status);
    expect((response.body as unknown as { message: string }).message).toMatch(message);
  });
});

describe('POST /api/v1/datafeed/quotes', () => {
  it('quotes known symbols and reports unknown ones', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/datafeed/quotes',
      payload: { symbols: ['MSFT', 'NOPE'] },
    });
    expect(response.statusCode).toBe(200);
    const [msft, nope] = response.json<QuoteData[]>();
    expect(msft).toMatchObject({
      s: 'ok',
      n: 'MSFT',
      v: { short_name: 'MSFT', exchange: 'NASDAQ', description: 'Microsoft Corporation' },
    });
    if (msft!.s === 'ok') {
      const v = msft!.v;
      expect(v.ask).toBeGreaterThan(v.bid);
      expect(v.spread).toBeCloseTo(v.ask - v.bid, 8);
      expect(v.ch).toBeCloseTo(v.lp - v.prev_close_price, 8);
      expect(v.high_price).toBeGreaterThanOrEqual(v.low_price);
    }
    expect(nope).toEqual({ s: 'error', n: 'NOPE', v: { error: 'Unknown symbol "NOPE"' } });
  });

  it('agrees with the daily bar', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/datafeed/quotes',
      payload: { symbols: ['SPX'] },
    });
    const [spx] = response.json<QuoteData[]>();
    const { body } = await bars(
      `symbol=SPX&resolution=1D&from_time=${NOW_S - DAY_S}&to_time=${NOW_S}`,
    );
    const today: Bar = body.bars.at(-1)!;
    if (spx!.s !== 'ok') throw new Error('SPX not quoted');
    expect(spx!.v).toMatchObject({
      open_price: today.open,
      high_price: today.high,
      low_price: today.low,
      lp: today.close,
    });
  });

  it.each([{}, { symbols: [] }, { symbols: 'AAPL' }, { symbols: ['AAPL'], extra: 1 }])(
    'rejects %j with 400',
    async (payload) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/datafeed/quotes',
        payload,
      });
      expect(response.statusCode).toBe(400);
    },
  );
});

describe('UDF over the real simulator', () => {
  it('serves the same history as /bars, in UDF arrays of seconds', async () => {
    const from = NOW_S - 6 * 3600;
    const rest = (await bars(`symbol=ETHUSD&resolution=15&from_time=${from}&to_time=${NOW_S}`))
      .body;
    const udf = await get<{
      s: string;
      t: number[];
      o: number[];
      h: number[];
      l: number[];
      c: number[];
      v: number[];
    }>(`/udf/history?symbol=ETHUSD&resolution=15&from=${from}&to=${NOW_S}`);
    expect(udf.body.s).toBe('ok');
    expect(udf.body.t).toEqual(rest.bars.map((b) => b.time / 1000));
    expect(udf.body.c).toEqual(rest.bars.map((b) => b.close));
    expect(udf.body.v).toEqual(rest.bars.map((b) => b.volume));
  });

  it('points a weekend range at the previous session with nextTime', async () => {
    const saturday = Date.UTC(2026, 10, 14) / 1000;
    const udf = await get<{ s: string; nextTime: number }>(
      `/udf/history?symbol=AAPL&resolution=1&from=${saturday}&to=${saturday + DAY_S}`,
    );
    expect(udf.body).toEqual({ s: 'no_data', nextTime: Date.UTC(2026, 10, 13, 20, 59) / 1000 });
  });

  it('tells the injected time', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/datafeed/udf/time' });
    expect(response.body).toBe(String(NOW_S));
  });
});
