import { RESOLUTIONS } from '@trading-pro/contract';
import {
  DEFAULT_MARKET_SEED,
  MarketSimulator,
  findInstrument,
  history,
  quoteValues,
  tickQuote,
  toPriceBar,
  toSymbolInfo,
} from '@trading-pro/market';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatafeedService } from '../datafeed.service';
import type {
  Bar,
  HistoryMetadata,
  PeriodParams,
  QuoteData,
  Resolution,
  SymbolInfo,
} from '../../types/market';
import { createOfflineDatafeed } from './offlineDatafeed';

/** Wednesday 2024-05-15 13:47:23.456 UTC: US stocks trading (09:47 New York). */
const NOW = Date.UTC(2024, 4, 15, 13, 47, 23, 456);
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const SEED = 42;

let feed: DatafeedService;

beforeEach(() => {
  vi.useFakeTimers({
    now: NOW,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  feed = createOfflineDatafeed({ clock: () => Date.now(), seed: SEED });
});

afterEach(() => {
  feed.destroy();
  vi.useRealTimers();
});

const info = (ticker: string): SymbolInfo => toSymbolInfo(findInstrument(ticker)!);

function search(input: string, exchange = '', type = ''): Promise<string[]> {
  return new Promise((resolve) =>
    feed.searchSymbols(input, exchange, type, (items) => resolve(items.map((i) => i.ticker))),
  );
}

function bars(
  ticker: string,
  resolution: Resolution,
  period: Partial<PeriodParams>,
  from: DatafeedService = feed,
): Promise<{ bars: Bar[]; meta: HistoryMetadata }> {
  return new Promise((resolve, reject) =>
    from.getBars(
      info(ticker),
      resolution,
      { from: 0, to: NOW / 1000, countBack: 0, firstDataRequest: false, ...period },
      (result, meta) => resolve({ bars: result, meta }),
      reject,
    ),
  );
}

/** What the server's /bars answers for the same query with the same seed, at the same instant. */
function serverBars(
  ticker: string,
  resolution: Resolution,
  period: Partial<PeriodParams>,
  at = Date.now(),
) {
  const instrument = findInstrument(ticker)!;
  const { from = 0, to = NOW / 1000, countBack = 0 } = period;
  const answer = history(
    new MarketSimulator(SEED),
    instrument,
    resolution,
    { from: from * 1000, to: to * 1000, countBack },
    at,
  );
  return {
    bars: answer.bars.map((bar) => toPriceBar(instrument, bar)),
    meta: { noData: answer.noData },
  };
}

describe('calls back asynchronously, like a network feed', () => {
  it('onReady, search and resolve answer after the call returns', async () => {
    const calls: string[] = [];
    const ready = new Promise<void>((resolve) =>
      feed.onReady((config) => {
        calls.push('ready');
        expect(config.supported_resolutions).toEqual([...RESOLUTIONS]);
        expect(config.exchanges.map((e) => e.value)).toEqual([
          '',
          'CRYPTO',
          'FX',
          'INDEX',
          'LSE',
          'NASDAQ',
          'NYSE',
          'XETRA',
        ]);
        resolve();
      }),
    );
    calls.push('returned');
    await ready;
    expect(calls).toEqual(['returned', 'ready']);
  });
});

describe('searchSymbols', () => {
  it('searches the server’s catalogue: exact ticker, then ticker prefixes, then other matches', async () => {
    expect((await search('eurusd'))[0]).toBe('EURUSD');
    expect((await search('usd')).slice(0, 3)).toEqual(['USDCHF', 'USDJPY', 'AUDUSD']);
    expect(await search('')).toHaveLength(28);
  });

  it('matches names and descriptions case-insensitively', async () => {
    expect(await search('APPLE')).toEqual(['AAPL']);
    expect(await search('bitcoin')).toEqual(['BTCUSD']);
    expect(await search('s&p')).toEqual(['SPX']);
    expect(await search('no such thing')).toEqual([]);
  });

  it('honours exchange and type filters, and EXCHANGE:TICKER input', async () => {
    expect(await search('', 'FX')).toEqual(['AUDUSD', 'EURUSD', 'GBPUSD', 'USDCHF', 'USDJPY']);
    expect(await search('usd', '', 'crypto')).toEqual([
      'BTCUSD',
      'DOGEUSD',
      'ETHUSD',
      'SOLUSD',
      'XRPUSD',
    ]);
    expect(await search('usd', 'NASDAQ')).toEqual([]);
    expect(await search('NASDAQ:ms')).toEqual(['MSFT', 'META']);
  });
});

describe('resolveSymbol', () => {
  const resolve = (name: string) =>
    new Promise<SymbolInfo>((ok, fail) => feed.resolveSymbol(name, ok, fail));

  it('describes an instrument as the server does, sessions and quantity grid included', async () => {
    expect(await resolve('aapl')).toEqual(toSymbolInfo(findInstrument('AAPL')!));
    expect(await resolve('aapl')).toMatchObject({
      ticker: 'AAPL',
      session: '0930-1600:23456',
      timezone: 'America/New_York',
      qty: { min: 1, step: 1 },
    });
    expect(await resolve('FX:EURUSD')).toMatchObject({ type: 'forex', pricescale: 100000 });
    expect(await resolve('BTCUSD')).toMatchObject({
      session: '24x7',
      volume_precision: 4,
      qty: { min: 0.0001, step: 0.0001 },
    });
  });

  it('reports an unknown symbol', async () => {
    await expect(resolve('NOPE')).rejects.toBe('Unknown symbol "NOPE"');
  });
});

describe('getBars', () => {
  it('answers what the server answers, at every resolution', async () => {
    const t = NOW / 1000;
    const windows: [string, Resolution, Partial<PeriodParams>][] = [
      ['AAPL', '1', { from: t - 3 * 86_400, to: t - 3600 }],
      ['AAPL', '5', { from: t - 86_400, to: t + 60, countBack: 300 }],
      ['EURUSD', '15', { from: t - 5 * 86_400, to: t }],
      ['SAP', '60', { from: t - 20 * 86_400, to: t }],
      ['BTCUSD', '240', { from: t - 30 * 86_400, to: t }],
      ['SPX', '1D', { from: 0, to: t + 86_400 }],
      ['DOGEUSD', '1W', { from: t - 400 * 86_400, to: t }],
    ];
    for (const [ticker, resolution, period] of windows) {
      const answer = await bars(ticker, resolution, period);
      expect(answer.bars.length, `${ticker} ${resolution}`).toBeGreaterThan(5);
      expect(answer).toEqual(serverBars(ticker, resolution, period));
    }
  });

  it('answers bars within [from, to), ascending, aligned to the session', async () => {
    const to = Date.UTC(2024, 4, 14, 20, 0);
    const { bars: result } = await bars('AAPL', '30', {
      from: Date.UTC(2024, 4, 13, 0, 0) / 1000,
      to: to / 1000,
    });
    // Monday and Tuesday: 13 half-hours a day from 09:30 New York (13:30 UTC), the last at 15:30.
    expect(result).toHaveLength(26);
    expect(result[0]!.time).toBe(Date.UTC(2024, 4, 13, 13, 30));
    expect(result.at(-1)!.time).toBe(Date.UTC(2024, 4, 14, 19, 30));
    expect(result.map((b) => b.time)).toEqual([...result.map((b) => b.time)].sort((a, b) => a - b));
  });

  it('gives at least countBack bars ending before `to`', async () => {
    const to = Math.floor(NOW / (5 * MINUTE_MS)) * 5 * MINUTE_MS - 100 * 5 * MINUTE_MS;
    const { bars: result } = await bars('BTCUSD', '5', {
      from: to / 1000 - 60,
      to: to / 1000,
      countBack: 300,
    });
    expect(result).toHaveLength(300);
    expect(result[299]!.time).toBe(to - 5 * MINUTE_MS);
  });

  it('ends with the forming bar, which is the one the stream updates and the quote trades', async () => {
    const { bars: result } = await bars('BTCUSD', '1', {
      from: NOW / 1000 - 600,
      to: NOW / 1000 + 3600,
    });
    const last = result[result.length - 1]!;
    expect(last.time).toBe(Math.floor(NOW / MINUTE_MS) * MINUTE_MS);
    const quote = await new Promise<QuoteData[]>((resolve, reject) =>
      feed.getQuotes(['BTCUSD'], resolve, reject),
    );
    expect(quote[0]).toMatchObject({ s: 'ok', v: { lp: last.close } });

    const streamed: Bar[] = [];
    feed.subscribeBars(
      info('BTCUSD'),
      '1',
      (bar) => streamed.push(bar),
      'chart',
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(streamed).toEqual([last]);
  });

  it('has daily history from 2019 and intraday history 90 days back, like the server', async () => {
    const old = await bars('AAPL', '1D', { from: 0, to: Date.UTC(2018, 11, 1) / 1000 });
    expect(old).toEqual({ bars: [], meta: { noData: true } });
    const daily = await bars('AAPL', '1D', { from: 0, to: NOW / 1000 });
    expect(daily.bars[0]!.time).toBe(Date.UTC(2019, 0, 1));
    const earliest = NOW - 90 * DAY_MS;
    const minutes = await bars('AAPL', '60', {
      from: (earliest - 30 * DAY_MS) / 1000,
      to: (earliest + 5 * DAY_MS) / 1000,
    });
    expect(minutes.bars[0]!.time).toBeGreaterThanOrEqual(earliest - DAY_MS);
    expect(minutes.meta.noData).toBe(false);
  });

  it('reports an unknown symbol, an unsupported resolution and a reversed period', async () => {
    const failure = (symbolInfo: SymbolInfo, resolution: string, from: number, to: number) =>
      new Promise<string>((resolve) =>
        feed.getBars(
          symbolInfo,
          resolution as Resolution,
          { from, to, countBack: 0, firstDataRequest: true },
          () => resolve('answered'),
          resolve,
        ),
      );
    const t = NOW / 1000;
    expect(await failure({ ...info('AAPL'), ticker: 'NOPE', name: 'NOPE' }, '1', t - 60, t)).toBe(
      'Unknown symbol "NOPE"',
    );
    expect(await failure(info('AAPL'), '2', t - 60, t)).toBe('Unsupported resolution "2"');
    expect(await failure(info('AAPL'), '1', t, t - 60)).toMatch(/must not be after/);
    expect(await failure(info('AAPL'), '1', 0, Infinity)).toMatch(/Invalid period/);
  });

  it('uses the server’s default seed when none is given', async () => {
    const plain = createOfflineDatafeed({ clock: () => Date.now() });
    const period = { from: NOW / 1000 - 86_400, to: NOW / 1000 - 3600 };
    const instrument = findInstrument('AAPL')!;
    const expected = history(
      new MarketSimulator(DEFAULT_MARKET_SEED),
      instrument,
      '15',
      { from: period.from * 1000, to: period.to * 1000 },
      NOW,
    ).bars.map((bar) => toPriceBar(instrument, bar));
    expect((await bars('AAPL', '15', period, plain)).bars).toEqual(expected);
    plain.destroy();
  });

  it('draws a default chart’s first page quickly, cold (1-minute and daily)', async () => {
    for (const resolution of ['1', '1D'] as const) {
      const cold = createOfflineDatafeed({ clock: () => Date.now() });
      const span = resolution === '1' ? 300 * 60 : 300 * 86_400;
      const start = performance.now();
      const answer = await bars(
        'BTCUSD',
        resolution,
        { from: NOW / 1000 - span, to: NOW / 1000 + 1, countBack: 300, firstDataRequest: true },
        cold,
      );
      const elapsed = performance.now() - start;
      expect(answer.bars.length).toBeGreaterThanOrEqual(300);
      // Measured at a few milliseconds; the terminal's budget for its first chart is 1 s.
      expect(elapsed, `${resolution}: ${elapsed.toFixed(1)} ms`).toBeLessThan(250);
      cold.destroy();
    }
  });
});

describe('subscribeBars', () => {
  it('pushes the forming bar every tick, widening it, then the next bar when it opens', async () => {
    for (const resolution of ['1', '60'] as const) {
      const pushed: Bar[] = [];
      feed.subscribeBars(
        info('ETHUSD'),
        resolution,
        (bar) => pushed.push(bar),
        `g-${resolution}`,
        () => undefined,
      );
      await vi.advanceTimersByTimeAsync(0);
      const minutes = resolution === '1' ? 1 : 60;
      const open = Math.floor(NOW / (minutes * MINUTE_MS)) * minutes * MINUTE_MS;
      const nextOpen = open + minutes * MINUTE_MS;
      await vi.advanceTimersByTimeAsync(nextOpen - NOW + 2500);
      feed.unsubscribeBars(`g-${resolution}`);
      vi.setSystemTime(NOW);

      const forming = pushed.filter((bar) => bar.time === open);
      const following = pushed.filter((bar) => bar.time === nextOpen);
      expect(forming.length + following.length).toBe(pushed.length);
      expect(following.length).toBeGreaterThanOrEqual(2);
      // Every price shown stays inside the range of the bar it was shown in.
      let high = -Infinity;
      let low = Infinity;
      for (const bar of forming) {
        high = Math.max(high, bar.close);
        low = Math.min(low, bar.close);
        expect(bar.high).toBeGreaterThanOrEqual(high);
        expect(bar.low).toBeLessThanOrEqual(low);
        expect(bar.open).toBe(forming[0]!.open);
      }
      // The bar's last push is its final state: it closes where the next one opens.
      expect(forming[forming.length - 1]!.close).toBe(following[0]!.open);
      expect(forming.at(-1)).toEqual(
        serverBars('ETHUSD', resolution, { from: open / 1000, to: nextOpen / 1000 }, nextOpen)
          .bars[0],
      );
    }
  });

  it('catches up after a stall: the closed bar, those it skipped, then the forming one', async () => {
    let now = NOW;
    const stalled = createOfflineDatafeed({ clock: () => now, seed: SEED, tickMs: 1000 });
    const pushed: Bar[] = [];
    const resets = vi.fn();
    stalled.subscribeBars(info('BTCUSD'), '1', (bar) => pushed.push(bar), 'g', resets);
    await vi.advanceTimersByTimeAsync(0);
    const first = pushed[0]!;
    // The tab sleeps for ten minutes: its timers do not fire, then one does.
    now += 10 * MINUTE_MS;
    await vi.advanceTimersByTimeAsync(1000);
    const expected = serverBars(
      'BTCUSD',
      '1',
      { from: first.time / 1000, to: now / 1000 + 1 },
      now,
    );
    expect(expected.bars).toHaveLength(11);
    expect(pushed.slice(1)).toEqual(expected.bars);
    expect(resets).not.toHaveBeenCalled();
    // A longer sleep (a day of minutes): the chart is asked to reload instead.
    now += DAY_MS;
    await vi.advanceTimersByTimeAsync(1000);
    expect(resets).toHaveBeenCalledTimes(1);
    expect(pushed.at(-1)!.time).toBe(Math.floor(now / MINUTE_MS) * MINUTE_MS);
    stalled.destroy();
  });

  it('ticks every tickMs and stops when unsubscribed', async () => {
    const fast = createOfflineDatafeed({ clock: () => Date.now(), tickMs: 250 });
    const pushed: Bar[] = [];
    fast.subscribeBars(
      info('AAPL'),
      '1',
      (bar) => pushed.push(bar),
      'g',
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(pushed).toHaveLength(5); // the first at once, then four ticks
    fast.unsubscribeBars('g');
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(pushed).toHaveLength(5);
    fast.destroy();
  });
});

describe('quotes', () => {
  it('getQuotes answers the server’s quote at this instant, with an error for an unknown one', async () => {
    const data = await new Promise<QuoteData[]>((resolve, reject) =>
      feed.getQuotes(['AAPL', 'NOPE'], resolve, reject),
    );
    const aapl = findInstrument('AAPL')!;
    expect(data[0]).toEqual({
      s: 'ok',
      n: 'AAPL',
      v: quoteValues(aapl, tickQuote(new MarketSimulator(SEED), aapl, NOW)),
    });
    expect(data[1]).toEqual({ s: 'error', n: 'NOPE', v: { error: 'Unknown symbol "NOPE"' } });
  });

  it('subscribeQuotes pushes at once and on every tick; the day range never shrinks', async () => {
    const pushes: QuoteData[][] = [];
    feed.subscribeQuotes(['AAPL', 'NOPE'], ['EURUSD'], (data) => pushes.push(data), 'q');
    await vi.advanceTimersByTimeAsync(0);
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.map((q) => `${q.n}:${q.s}`)).toEqual(['AAPL:ok', 'NOPE:error', 'EURUSD:ok']);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(pushes).toHaveLength(31);
    // The unknown symbol was reported once, not every second.
    expect(pushes[1]!.map((q) => q.n)).toEqual(['AAPL', 'EURUSD']);
    let high = -Infinity;
    let low = Infinity;
    for (const push of pushes) {
      const q = push[0]!;
      if (q.s !== 'ok') throw new Error('expected a quote');
      high = Math.max(high, q.v.lp);
      low = Math.min(low, q.v.lp);
      expect(q.v.high_price).toBeGreaterThanOrEqual(high);
      expect(q.v.low_price).toBeLessThanOrEqual(low);
      expect(q.v.bid).toBeLessThan(q.v.ask);
    }
    feed.unsubscribeQuotes('q');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('destroy', () => {
  it('stops every timer and every callback', async () => {
    const onTick = vi.fn();
    const onQuotes = vi.fn();
    feed.subscribeBars(info('AAPL'), '1', onTick, 'b', () => undefined);
    feed.subscribeQuotes(['AAPL'], [], onQuotes, 'q');
    expect(vi.getTimerCount()).toBe(1);
    feed.destroy();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(onTick).not.toHaveBeenCalled();
    expect(onQuotes).not.toHaveBeenCalled();
  });
});
