// The UDF routes over HTTP, against a hand-written datafeed whose bars and quotes are fixed, so
// each answer can be stated exactly. The real service is tested with UDF elsewhere.
import { afterEach, describe, expect, it } from 'vitest';
import type { Bar, BarsQuery } from '../src/models/market/bars.js';
import type { QuoteData } from '../src/models/market/quotes.js';
import { searchInstruments } from '@trading-pro/contract';
import { Catalogue, datafeedConfiguration, toSymbolInfo } from '@trading-pro/market';
import type { DatafeedApi } from '../src/modules/datafeed/datafeed.api.js';
import { udfRoutes } from '../src/modules/datafeed/udf/udf.routes.js';
import { BadRequestError, NotFoundError } from '../src/shared/http/errors.js';
import type { TypedApp } from '../src/shared/http/typed-app.js';
import { defineModule } from '../src/shared/module.js';
import { discoverModules } from '../src/shared/registry.js';
import type { OpenApiDocument } from '../src/shared/specs/openapi.js';
import { buildTestApp } from './helpers/test-app.js';
import { entryOf } from './helpers/test-modules.js';

const UDF = '/api/v1/datafeed/udf';
const MINUTE = 60_000;
/** Monday 2026-01-05 14:30 UTC: five one-minute AAPL bars start here, and nothing else exists. */
const T0 = Date.UTC(2026, 0, 5, 14, 30);
const T0_S = T0 / 1000;
const NOW = new Date(Date.UTC(2026, 0, 5, 15, 0, 30, 999));

const BARS: readonly Bar[] = [0, 1, 2, 3, 4].map((i) => ({
  time: T0 + i * MINUTE,
  open: 100 + i,
  high: 102 + i,
  low: 99 + i,
  close: 101 + i,
  volume: 1000 * (i + 1),
}));

const QUOTE: QuoteData = {
  s: 'ok',
  n: 'AAPL',
  v: {
    ch: 1,
    chp: 1,
    short_name: 'AAPL',
    exchange: 'NASDAQ',
    description: 'Apple Inc.',
    lp: 101,
    ask: 101.01,
    bid: 100.99,
    spread: 0.02,
    open_price: 100,
    high_price: 102,
    low_price: 99,
    prev_close_price: 100,
    volume: 15000,
  },
};

interface Fake {
  api: DatafeedApi;
  /** Every getBars call, in order. */
  barsCalls: BarsQuery[];
}

/** The datafeed contract over the real catalogue and the fixed bars above. */
function fakeDatafeed(overrides: Partial<DatafeedApi> = {}): Fake {
  const catalogue = new Catalogue();
  const barsCalls: BarsQuery[] = [];
  const known = (symbol: string) => {
    const instrument = catalogue.find(symbol);
    if (instrument === undefined) throw new NotFoundError(`Unknown symbol ${symbol}`);
    return instrument;
  };
  const api: DatafeedApi = {
    configuration: () => datafeedConfiguration(catalogue.instruments),
    search: (query) => searchInstruments(catalogue.instruments, query),
    resolve: (symbol) => toSymbolInfo(known(symbol)),
    sessions: () => {
      throw new Error('UDF has no sessions route: this is never called');
    },
    getBars: (query) => {
      barsCalls.push(query);
      const instrument = known(query.symbol);
      if (query.from_time > query.to_time) throw new BadRequestError('from_time is after to_time');
      if (instrument.ticker !== 'AAPL') return { bars: [], no_data: true };
      const from = query.from_time * 1000;
      const to = query.to_time * 1000;
      const before = BARS.filter((bar) => bar.time < to);
      const inRange = before.filter((bar) => bar.time >= from);
      const bars =
        inRange.length >= (query.count_back ?? 0)
          ? inRange
          : before.slice(-(query.count_back ?? 0));
      return { bars, no_data: before.length === bars.length };
    },
    getBarsJson: (query) => Buffer.from(JSON.stringify(api.getBars(query))),
    getQuotes: (symbols) =>
      symbols.map((n) =>
        catalogue.find(n)?.ticker === 'AAPL'
          ? { ...QUOTE, n }
          : { s: 'error' as const, n, v: { error: `Unknown symbol ${n}` } },
      ),
    now: () => NOW,
    ...overrides,
  };
  return { api, barsCalls };
}

let app: TypedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(fake: Fake = fakeDatafeed()): Promise<TypedApp> {
  const datafeed = defineModule({
    name: 'datafeed',
    description: 'UDF routes over a fixed fake datafeed',
    create: () => ({ routes: (scope) => udfRoutes(scope, fake.api) }),
  });
  app = await buildTestApp({
    modules: [...discoverModules().filter((e) => e.name === 'core'), entryOf(datafeed)],
    enabledModules: ['datafeed'],
  });
  return app;
}

const get = async (url: string) => (await start()).inject({ method: 'GET', url: `${UDF}${url}` });

describe('GET /api/v1/datafeed/udf/config', () => {
  it('answers the datafeed configuration in UDF’s field names', async () => {
    const response = await get('/config');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(fakeDatafeed().api.configuration());
    expect(Object.keys(response.json<object>()).sort()).toEqual([
      'exchanges',
      'supported_resolutions',
      'supports_group_request',
      'supports_marks',
      'supports_search',
      'supports_time',
      'supports_timescale_marks',
      'symbols_types',
    ]);
  });
});

describe('GET /api/v1/datafeed/udf/symbols', () => {
  it('resolves a ticker to UDF symbol info, legacy aliases included', async () => {
    const response = await get('/symbols?symbol=AAPL');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'AAPL',
      ticker: 'AAPL',
      description: 'Apple Inc.',
      type: 'stock',
      session: '0930-1600:23456',
      timezone: 'America/New_York',
      exchange: 'NASDAQ',
      listed_exchange: 'NASDAQ',
      'exchange-listed': 'NASDAQ',
      'exchange-traded': 'NASDAQ',
      minmov: 1,
      minmovement: 1,
      pricescale: 100,
      has_intraday: true,
      has_daily: true,
      has_weekly_and_monthly: true,
      supported_resolutions: ['1', '5', '15', '30', '60', '240', '1D', '1W'],
      volume_precision: 0,
      data_status: 'streaming',
      currency_code: 'USD',
      qty: { min: 1, max: 1_000_000, step: 1 },
    });
  });

  it('resolves the EXCHANGE:TICKER form', async () => {
    const response = await get('/symbols?symbol=NASDAQ:AAPL');
    expect(response.json()).toMatchObject({ ticker: 'AAPL' });
  });

  it('answers an unknown symbol with HTTP 200 and s: "error", as UDF servers do', async () => {
    const response = await get('/symbols?symbol=NOPE');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ s: 'error', errmsg: 'Unknown symbol NOPE' });
  });

  it('rejects a request without symbol with a 400 naming it', async () => {
    const response = await get('/symbols');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringContaining('symbol'),
    });
  });
});

describe('GET /api/v1/datafeed/udf/search', () => {
  it('maps query, type, exchange and limit onto the search', async () => {
    const response = await get('/search?query=usd&type=forex&exchange=FX&limit=2');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      {
        symbol: 'USDCHF',
        full_name: 'FX:USDCHF',
        description: 'US Dollar / Swiss Franc',
        exchange: 'FX',
        ticker: 'USDCHF',
        type: 'forex',
      },
      {
        symbol: 'USDJPY',
        full_name: 'FX:USDJPY',
        description: 'US Dollar / Japanese Yen',
        exchange: 'FX',
        ticker: 'USDJPY',
        type: 'forex',
      },
    ]);
  });

  it('lists everything without parameters, and empty filters mean all', async () => {
    const all = (await get('/search')).json<unknown[]>();
    expect(all).toHaveLength(new Catalogue().instruments.length);
    const filtered = await app?.inject({ method: 'GET', url: `${UDF}/search?type=&exchange=` });
    expect(filtered?.json()).toEqual(all);
  });

  it('rejects a limit out of range with a 400', async () => {
    const response = await get('/search?limit=0');
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain('limit');
  });
});

describe('GET /api/v1/datafeed/udf/history', () => {
  const history = (query: string, fake = fakeDatafeed()) =>
    start(fake).then((a) => a.inject({ method: 'GET', url: `${UDF}/history?${query}` }));

  it('answers the bars of [from, to) as UDF columns, times in seconds', async () => {
    const response = await history(`symbol=AAPL&resolution=1&from=${T0_S + 60}&to=${T0_S + 180}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      s: 'ok',
      t: [T0_S + 60, T0_S + 120],
      o: [101, 102],
      h: [103, 104],
      l: [100, 101],
      c: [102, 103],
      v: [2000, 3000],
    });
  });

  it('passes countback and the resolution on to the datafeed, normalising D', async () => {
    const fake = fakeDatafeed();
    const response = await history(
      `symbol=AAPL&resolution=D&from=${T0_S + 240}&to=${T0_S + 240}&countback=3`,
      fake,
    );
    expect(response.json<{ t: number[] }>().t).toEqual([T0_S + 60, T0_S + 120, T0_S + 180]);
    expect(fake.barsCalls).toEqual([
      {
        symbol: 'AAPL',
        resolution: '1D',
        from_time: T0_S + 240,
        to_time: T0_S + 240,
        count_back: 3,
      },
    ]);
  });

  it('answers no_data with nextTime = the last earlier bar, found with count_back 1', async () => {
    const fake = fakeDatafeed();
    const from = T0_S + 3600;
    const response = await history(`symbol=AAPL&resolution=1&from=${from}&to=${from + 600}`, fake);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ s: 'no_data', nextTime: T0_S + 240 });
    expect(fake.barsCalls[1]).toMatchObject({ to_time: from, count_back: 1 });
  });

  it('answers no_data without nextTime when nothing precedes the range', async () => {
    const response = await history(`symbol=AAPL&resolution=1&from=${T0_S - 600}&to=${T0_S}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ s: 'no_data' });
  });

  it('answers an unknown symbol with HTTP 200 and s: "error"', async () => {
    const response = await history(`symbol=NOPE&resolution=1&from=${T0_S}&to=${T0_S + 60}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ s: 'error', errmsg: 'Unknown symbol NOPE' });
  });

  it('answers an unsupported resolution with s: "error", without asking the datafeed', async () => {
    const fake = fakeDatafeed();
    const response = await history(`symbol=AAPL&resolution=2&from=${T0_S}&to=${T0_S + 60}`, fake);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ s: 'error', errmsg: 'Unsupported resolution 2' });
    expect(fake.barsCalls).toEqual([]);
  });

  it('answers a backwards range with s: "error"', async () => {
    const response = await history(`symbol=AAPL&resolution=1&from=${T0_S + 60}&to=${T0_S}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ s: 'error', errmsg: 'from_time is after to_time' });
  });

  it.each([
    ['from is missing', `symbol=AAPL&resolution=1&to=${T0_S}`, 'from'],
    ['to is missing', `symbol=AAPL&resolution=1&from=${T0_S}`, 'to'],
    ['symbol is missing', `resolution=1&from=${T0_S}&to=${T0_S}`, 'symbol'],
    ['resolution is missing', `symbol=AAPL&from=${T0_S}&to=${T0_S}`, 'resolution'],
    ['from is not a number', `symbol=AAPL&resolution=1&from=abc&to=${T0_S}`, 'from'],
    ['to is not an integer', `symbol=AAPL&resolution=1&from=${T0_S}&to=1.5`, 'to'],
    ['countback is zero', `symbol=AAPL&resolution=1&from=0&to=${T0_S}&countback=0`, 'countback'],
    [
      'to overflows to Infinity',
      `symbol=AAPL&resolution=1&from=0&to=1e400`,
      'to must be a finite number',
    ],
    ['from is past 9999', `symbol=AAPL&resolution=1&from=253402300800&to=1`, 'from must be <='],
  ])('rejects a request where %s with a 400 naming the field', async (_case, query, field) => {
    const fake = fakeDatafeed();
    const response = await history(query, fake);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringContaining(field),
    });
    expect(fake.barsCalls).toEqual([]);
  });

  it('leaves an unexpected failure a 500 that leaks nothing', async () => {
    const fake = fakeDatafeed({
      getBars: () => {
        throw new Error('simulator exploded');
      },
    });
    const response = await history(`symbol=AAPL&resolution=1&from=${T0_S}&to=${T0_S + 60}`, fake);
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('exploded');
  });
});

describe('GET /api/v1/datafeed/udf/time', () => {
  it('answers the datafeed’s time in Unix seconds as plain text', async () => {
    const response = await get('/time');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toBe(String(Math.floor(NOW.getTime() / 1000)));
  });
});

describe('GET /api/v1/datafeed/udf/quotes', () => {
  it('answers one entry per symbol, s: "error" for an unknown one', async () => {
    const response = await get('/quotes?symbols=AAPL,%20NOPE');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      s: 'ok',
      d: [QUOTE, { s: 'error', n: 'NOPE', v: { error: 'Unknown symbol NOPE' } }],
    });
  });

  it.each([
    ['no symbols parameter', ''],
    ['an empty list', '?symbols='],
    ['only commas', '?symbols=,%20,'],
    ['more than 200 symbols', `?symbols=${Array(201).fill('AAPL').join(',')}`],
  ])('rejects %s with a 400', async (_case, query) => {
    const response = await get(`/quotes${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain('symbols');
  });
});

describe('the UDF routes in the OpenAPI document', () => {
  it('are described with operationIds, the datafeed tag and a text/plain time', async () => {
    const response = await (
      await start()
    ).inject({ method: 'GET', url: '/api/v1/datafeed/openapi.json' });
    const paths = response.json<OpenApiDocument>().paths as Record<
      string,
      { get: { operationId: string; tags: string[]; responses: Record<string, unknown> } }
    >;
    const operations = Object.entries(paths).filter(([path]) => path.includes('/udf/'));
    expect(
      Object.fromEntries(operations.map(([path, item]) => [path, item.get.operationId])),
    ).toEqual({
      [`${UDF}/config`]: 'udfConfig',
      [`${UDF}/symbols`]: 'udfSymbols',
      [`${UDF}/search`]: 'udfSearch',
      [`${UDF}/history`]: 'udfHistory',
      [`${UDF}/time`]: 'udfTime',
      [`${UDF}/quotes`]: 'udfQuotes',
    });
    expect(operations.every(([, item]) => item.get.tags[0] === 'datafeed')).toBe(true);
    expect(paths[`${UDF}/time`]?.get.responses['200']).toMatchObject({
      content: { 'text/plain': { schema: { type: 'string' } } },
    });
  });
});
