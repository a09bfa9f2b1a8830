// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { DatafeedService } from '../services/datafeed.service';
import { fakeDatafeed } from '../testing/fakeServices';
import type { Bar, HistoryMetadata, PeriodParams, SymbolInfo } from '../types/market';
import { ChartFeed, type ChartFeedListener } from './chartFeed';

const NOW = 1_700_000_000_000; // Unix ms, a whole minute
const MINUTE = 60_000;
const info = { ticker: 'AAPL', name: 'AAPL' } as SymbolInfo;

const bar = (time: number, close = 100): Bar => ({
  time,
  open: close,
  high: close,
  low: close,
  close,
  volume: 1,
});
/** `count` one-minute bars ending with the one opening at `last`. */
const minutes = (last: number, count: number) =>
  Array.from({ length: count }, (_, i) => bar(last - (count - 1 - i) * MINUTE));

interface BarsRequest {
  period: PeriodParams;
  answer: (bars: Bar[], noData?: boolean) => void;
  fail: (reason: string) => void;
}

/** A datafeed whose history requests the test answers one by one. */
function scriptedFeed() {
  const feed = fakeDatafeed();
  const requests: BarsRequest[] = [];
  let resolve: (() => void) | undefined;
  let tick: ((bar: Bar) => void) | undefined;
  let reset: (() => void) | undefined;
  feed.resolveSymbol.mockImplementation((_symbol, onResolve) => onResolve(info));
  feed.getBars.mockImplementation((_info, _resolution, period, onResult, onError) =>
    requests.push({
      period,
      answer: (bars, noData = false) => onResult(bars, { noData } satisfies HistoryMetadata),
      fail: onError,
    }),
  );
  feed.subscribeBars.mockImplementation((_info, _resolution, onTick, _guid, onReset) => {
    tick = onTick;
    reset = onReset;
  });
  return {
    feed: feed as typeof feed & DatafeedService,
    requests,
    tick: (b: Bar) => tick?.(b),
    reset: () => reset?.(),
    resolveLater() {
      feed.resolveSymbol.mockImplementation(
        (_symbol, onResolve) => (resolve = () => onResolve(info)),
      );
      return () => resolve?.();
    },
  };
}

function listener() {
  return {
    symbolInfo: vi.fn(),
    history: vi.fn<ChartFeedListener['history']>(),
    bar: vi.fn(),
    error: vi.fn(),
  } satisfies ChartFeedListener;
}

function started(resolution: '1' | '1D' = '1') {
  const script = scriptedFeed();
  const events = listener();
  const chart = new ChartFeed(script.feed, 'AAPL', resolution, events, () => NOW);
  chart.start();
  return { ...script, events, chart };
}

/** Started and showing `history` (three bars ending at NOW by default). */
function showing(history = minutes(NOW, 3)) {
  const context = started();
  context.requests[0]!.answer(history);
  return context;
}

const lastHistory = (events: ReturnType<typeof listener>) => events.history.mock.lastCall![0];

describe('ChartFeed', () => {
  it('resolves the symbol, loads the latest page of history, then subscribes', () => {
    const { feed, requests, events } = started();
    expect(feed.resolveSymbol).toHaveBeenCalledWith(
      'AAPL',
      expect.any(Function),
      expect.any(Function),
    );
    expect(events.symbolInfo).toHaveBeenCalledWith(info);
    expect(requests).toHaveLength(1);
    const to = NOW / 1000 + 1;
    expect(requests[0]!.period).toEqual({
      from: to - 300 * 60,
      to,
      countBack: 300,
      firstDataRequest: true,
    });
    expect(feed.subscribeBars).not.toHaveBeenCalled();

    const history = minutes(NOW, 3);
    requests[0]!.answer(history);
    expect(events.history).toHaveBeenCalledExactlyOnceWith(history);
    expect(feed.subscribeBars).toHaveBeenCalledWith(
      info,
      '1',
      expect.any(Function),
      expect.any(String),
      expect.any(Function),
    );
  });

  it('asks for a page of the resolution it shows', () => {
    const { requests } = started('1D');
    const { from, to } = requests[0]!.period;
    expect(to - from).toBe(300 * 86_400);
  });

  it('reports a symbol that cannot be resolved, and loads nothing', () => {
    const script = scriptedFeed();
    script.feed.resolveSymbol.mockImplementation((_s, _ok, onError) =>
      onError('Unknown symbol "NOPE"'),
    );
    const events = listener();
    new ChartFeed(script.feed, 'NOPE', '1', events, () => NOW).start();
    expect(events.error).toHaveBeenCalledWith('Unknown symbol "NOPE"');
    expect(script.requests).toHaveLength(0);
  });

  it('reports a history error', () => {
    const { requests, events, feed } = started();
    requests[0]!.fail('resolution: unsupported');
    expect(events.error).toHaveBeenCalledWith('resolution: unsupported');
    expect(feed.subscribeBars).not.toHaveBeenCalled();
  });

  it('a live tick of the last bar replaces it, a newer one is appended, a late one is ignored', () => {
    const { tick, events, chart } = showing();
    const updated = bar(NOW, 105);
    tick(updated);
    expect(chart.barCount).toBe(3);
    expect(events.bar).toHaveBeenLastCalledWith(updated);

    const next = bar(NOW + MINUTE, 106);
    tick(next);
    expect(chart.barCount).toBe(4);
    expect(events.bar).toHaveBeenLastCalledWith(next);

    tick(bar(NOW - MINUTE, 1));
    expect(chart.barCount).toBe(4);
    expect(events.bar).toHaveBeenCalledTimes(2);
  });

  it('loadOlder asks for the page before the first bar and prepends it, dropping overlap', () => {
    const { requests, events, chart } = showing();
    const first = NOW - 2 * MINUTE;
    chart.loadOlder();
    expect(requests).toHaveLength(2);
    expect(requests[1]!.period).toMatchObject({
      to: first / 1000,
      countBack: 300,
      firstDataRequest: false,
    });
    // The answer overlaps the first bar already shown.
    requests[1]!.answer(minutes(first, 3));
    expect(chart.barCount).toBe(5);
    expect(lastHistory(events).map((b) => b.time)).toEqual(minutes(NOW, 5).map((b) => b.time));
  });

  it('loadOlder asks once at a time', () => {
    const { requests, chart } = showing();
    chart.loadOlder();
    chart.loadOlder();
    expect(requests).toHaveLength(2);
    requests[1]!.answer(minutes(NOW - 3 * MINUTE, 2));
    chart.loadOlder();
    expect(requests).toHaveLength(3);
  });

  it('loadOlder stops once the feed says there is no more data', () => {
    const { requests, chart, events } = showing();
    chart.loadOlder();
    requests[1]!.answer(minutes(NOW - 3 * MINUTE, 2), true);
    expect(chart.barCount).toBe(5);
    expect(events.history).toHaveBeenCalledTimes(2);
    chart.loadOlder();
    expect(requests).toHaveLength(2);
  });

  it('loadOlder stops when a page brings nothing older', () => {
    const { requests, chart, events } = showing();
    chart.loadOlder();
    requests[1]!.answer([]);
    expect(events.history).toHaveBeenCalledTimes(1);
    chart.loadOlder();
    expect(requests).toHaveLength(2);
  });

  it('loadOlder does nothing when the first page already had no more data', () => {
    const { requests, chart } = started();
    requests[0]!.answer(minutes(NOW, 3), true);
    chart.loadOlder();
    expect(requests).toHaveLength(1);
  });

  it('loadOlder can be retried after an error, which leaves the chart as it is', () => {
    const { requests, chart, events } = showing();
    chart.loadOlder();
    requests[1]!.fail('timeout');
    expect(events.error).not.toHaveBeenCalled();
    chart.loadOlder();
    expect(requests).toHaveLength(3);
  });

  it('a reset from the feed reloads the latest history and subscribes again', () => {
    const { requests, reset, events, feed, chart } = showing();
    const guid = feed.subscribeBars.mock.calls[0]![3];
    feed.unsubscribeBars.mockClear();
    reset();
    expect(feed.unsubscribeBars).toHaveBeenCalledExactlyOnceWith(guid);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.period.to).toBe(NOW / 1000 + 1);
    const fresh = minutes(NOW, 2).map((b) => ({ ...b, close: 200 }));
    requests[1]!.answer(fresh);
    expect(lastHistory(events)).toEqual(fresh);
    expect(chart.barCount).toBe(2);
    expect(feed.subscribeBars).toHaveBeenCalledTimes(2);
  });

  it('a reset lets loadOlder run again after history had ended', () => {
    const { requests, reset, chart } = started();
    requests[0]!.answer(minutes(NOW, 3), true);
    reset();
    requests[1]!.answer(minutes(NOW, 3), false);
    chart.loadOlder();
    expect(requests).toHaveLength(3);
  });

  it('drops an older page that arrives after a reset', () => {
    const { requests, reset, events, chart } = showing();
    chart.loadOlder();
    reset();
    requests[2]!.answer(minutes(NOW, 2));
    requests[1]!.answer(minutes(NOW - 3 * MINUTE, 5));
    expect(chart.barCount).toBe(2);
    expect(events.history).toHaveBeenCalledTimes(2);
  });

  it('stop() unsubscribes and ignores everything that arrives afterwards', () => {
    const { requests, tick, reset, events, feed, chart } = showing();
    const guid = feed.subscribeBars.mock.calls[0]![3];
    chart.loadOlder();
    chart.stop();
    expect(feed.unsubscribeBars).toHaveBeenLastCalledWith(guid);
    requests[1]!.answer(minutes(NOW - 3 * MINUTE, 2));
    tick(bar(NOW + MINUTE));
    reset();
    requests[1]!.fail('late');
    expect(events.history).toHaveBeenCalledTimes(1);
    expect(events.bar).not.toHaveBeenCalled();
    expect(events.error).not.toHaveBeenCalled();
    expect(requests).toHaveLength(2);
  });

  it('stop() before the symbol resolves loads nothing', () => {
    const script = scriptedFeed();
    const resolve = script.resolveLater();
    const events = listener();
    const chart = new ChartFeed(script.feed, 'AAPL', '1', events, () => NOW);
    chart.start();
    chart.stop();
    resolve();
    expect(events.symbolInfo).not.toHaveBeenCalled();
    expect(script.requests).toHaveLength(0);
  });

  it('each chart listens under its own id', () => {
    const a = showing();
    const b = showing();
    expect(a.feed.subscribeBars.mock.calls[0]![3]).not.toBe(b.feed.subscribeBars.mock.calls[0]![3]);
  });
});
