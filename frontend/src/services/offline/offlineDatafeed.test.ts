import { RESOLUTIONS } from '@trading-pro/contract';
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
import { createMarketSimulator } from './marketSimulator';
import { findInstrument, toSymbolInfo } from './offlineCatalogue';
import { OFFLINE_HISTORY_MS, createOfflineDatafeed } from './offlineDatafeed';
import { DAY_MS, MINUTE_MS, barOpenTime, resolutionMs } from './resolutions';

const NOW = Date.UTC(2024, 4, 15, 13, 47, 23, 456);
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
): Promise<{ bars: Bar[]; meta: HistoryMetadata }> {
  return new Promise((resolve, reject) =>
    feed.getBars(
      info(ticker),
      resolution,
      { from: 0, to: NOW / 1000, countBack: 0, firstDataRequest: false, ...period },
      (result, meta) => resolve({ bars: result, meta }),
      reject,
    ),
  );
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
          'NASDAQ',
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
  it('puts the exact ticker first, then ticker prefixes, then other matches', async () => {
    expect((await search('eurusd'))[0]).toBe('EURUSD');
    // "USD": USDJPY starts with it; the other pairs contain it.
    expect(await search('usd')).toEqual([
      'USDJPY',
      'BTCUSD',
      'ETHUSD',
      'EURUSD',
      'GBPUSD',
      'SOLUSD',
    ]);
    expect(await search('S')).toEqual([
      ...['SOLUSD', 'SPX'],
      ...['BTCUSD', 'ETHUSD', 'EURUSD', 'GBPUSD', 'MSFT', 'TSLA', 'USDJPY'],
    ]);
  });

  it('matches names and descriptions case-insensitively', async () => {
    expect(await search('APPLE')).toEqual(['AAPL']);
    expect(await search('bitcoin')).toEqual(['BTCUSD']);
    expect(await search('s&p')).toEqual(['SPX']);
    expect(await search('no such thing')).toEqual([]);
  });

  it('honours exchange and type filters, and EXCHANGE:TICKER input', async () => {
    expect(await search('', 'FX')).toEqual(['EURUSD', 'GBPUSD', 'USDJPY']);
    expect(await search('usd', '', 'crypto')).toEqual(['BTCUSD', 'ETHUSD', 'SOLUSD']);
    expect(await search('usd', 'NASDAQ')).toEqual([]);
    expect(await search('NASDAQ:ms')).toEqual(['MSFT']);
  });

  it('lists everything alphabetically for an empty query', async () => {
    const all = await search('');
    expect(all).toHaveLength(10);
    expect(all).toEqual([...all].sort());
  });
});

describe('resolveSymbol', () => {
  const resolve = (name: string) =>
    new Promise<SymbolInfo>((ok, fail) => feed.resolveSymbol(name, ok, fail));

  it('resolves tickers in any case and EXCHANGE:TICKER, trading around the clock', async () => {
    const aapl = await resolve('aapl');
    expect(aapl).toMatchObject({
      ticker: 'AAPL',
      type: 'stock',
      exchange: 'NASDAQ',
      session: '24x7',
      pricescale: 100,
      minmov: 1,
    });
    expect(await resolve('FX:EURUSD')).toMatchObject({
      type: 'forex',
      exchange: 'FX',
      pricescale: 100000,
    });
    expect(await resolve('USDJPY')).toMatchObject({ pricescale: 1000 });
    expect(await resolve('BTCUSD')).toMatchObject({
      type: 'crypto',
      exchange: 'CRYPTO',
      volume_precision: 4,
    });
    expect(await resolve('SPX')).toMatchObject({ type: 'index' });
  });

  it('reports an unknown symbol', async () => {
    await expect(resolve('NOPE')).rejects.toBe('Unknown symbol "NOPE"');
  });
});

describe('getBars', () => {
  it('answers bars within [from, to), ascending and aligned', async () => {
    for (const resolution of RESOLUTIONS) {
      const duration = resolutionMs(resolution);
      const to = barOpenTime(resolution, NOW) - 3 * duration;
      const from = to - 50 * duration - 1234;
      const { bars: result, meta } = await bars('AAPL', resolution, {
        from: from / 1000,
        to: to / 1000,
      });
      expect(meta.noData).toBe(false);
      expect(result).toHaveLength(50);
      expect(result[0]!.time).toBeGreaterThanOrEqual(from);
      expect(result[result.length - 1]!.time).toBe(to - duration);
      result.forEach((bar, i) => {
        expect(bar.time).toBe(barOpenTime(resolution, bar.time));
        if (i > 0) expect(bar.time - result[i - 1]!.time).toBe(duration);
      });
    }
  });

  it('gives at least countBack bars ending before `to`', async () => {
    const to = barOpenTime('5', NOW) - 100 * 5 * MINUTE_MS;
    const { bars: result } = await bars('MSFT', '5', {
      from: to / 1000 - 60,
      to: to / 1000,
      countBack: 300,
    });
    expect(result).toHaveLength(300);
    expect(result[299]!.time).toBe(to - 5 * MINUTE_MS);
  });

  it('ends with the forming bar, which is the one the stream updates', async () => {
    const { bars: result } = await bars('BTCUSD', '1', {
      from: NOW / 1000 - 600,
      to: NOW / 1000 + 3600,
    });
    const last = result[result.length - 1]!;
    expect(last.time).toBe(barOpenTime('1', NOW));
    const simulator = createMarketSimulator({ seed: SEED });
    expect(last.close).toBe(simulator.price(findInstrument('BTCUSD')!, NOW));

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

  it('has nothing before two years ago', async () => {
    const earliest = NOW - OFFLINE_HISTORY_MS;
    const old = await bars('AAPL', '1D', {
      from: (earliest - 30 * DAY_MS) / 1000,
      to: (earliest - DAY_MS) / 1000,
    });
    expect(old).toEqual({ bars: [], meta: { noData: true } });
    const edge = await bars('AAPL', '1D', {
      from: 0,
      to: (earliest + 10 * DAY_MS) / 1000,
      countBack: 100,
    });
    expect(edge.bars.length).toBeGreaterThan(0);
    expect(edge.bars.length).toBeLessThanOrEqual(10);
    expect(edge.bars[0]!.time).toBeGreaterThanOrEqual(earliest);
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
      const open = barOpenTime(resolution, NOW);
      const nextOpen = open + resolutionMs(resolution);
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
    }
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
  it('getQuotes answers each symbol, with an error entry for an unknown one', async () => {
    const data = await new Promise<QuoteData[]>((resolve, reject) =>
      feed.getQuotes(['AAPL', 'NOPE'], resolve, reject),
    );
    expect(data[0]).toMatchObject({
      s: 'ok',
      n: 'AAPL',
      v: { short_name: 'AAPL', exchange: 'NASDAQ' },
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
