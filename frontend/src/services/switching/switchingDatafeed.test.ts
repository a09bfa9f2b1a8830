// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fakeDatafeed } from '../../testing/fakeServices';
import type { SymbolInfo } from '../../types/market';
import { createSwitchingDatafeed } from './switchingDatafeed';

const info = { ticker: 'AAPL' } as SymbolInfo;

describe('createSwitchingDatafeed', () => {
  it('delegates every request to the current feed', () => {
    const backend = fakeDatafeed();
    const feed = createSwitchingDatafeed(backend);
    const onReady = vi.fn();
    const onResult = vi.fn();
    const onError = vi.fn();
    const period = { from: 0, to: 60, countBack: 1, firstDataRequest: true };
    feed.onReady(onReady);
    feed.searchSymbols('aa', 'NASDAQ', 'stock', onResult);
    feed.resolveSymbol('AAPL', onResult, onError);
    feed.getBars(info, '1', period, onResult, onError);
    feed.getQuotes(['AAPL'], onResult, onError);
    expect(backend.onReady).toHaveBeenCalledWith(onReady);
    expect(backend.searchSymbols).toHaveBeenCalledWith('aa', 'NASDAQ', 'stock', onResult);
    expect(backend.resolveSymbol).toHaveBeenCalledWith('AAPL', onResult, onError);
    expect(backend.getBars).toHaveBeenCalledWith(info, '1', period, onResult, onError);
    expect(backend.getQuotes).toHaveBeenCalledWith(['AAPL'], onResult, onError);
  });

  it('use() destroys the old feed, replays live subscriptions on the new one and resets charts', () => {
    const backend = fakeDatafeed();
    const offline = fakeDatafeed();
    const feed = createSwitchingDatafeed(backend);
    const onTick = vi.fn();
    const reset = vi.fn();
    const resetGone = vi.fn();
    const onQuotes = vi.fn();
    feed.subscribeBars(info, '5', onTick, 'chart', reset);
    feed.subscribeBars(info, '1', vi.fn(), 'gone', resetGone);
    feed.unsubscribeBars('gone');
    feed.subscribeQuotes(['AAPL', 'MSFT'], ['AAPL'], onQuotes, 'watch');
    feed.subscribeQuotes(['TSLA'], [], vi.fn(), 'gone-quotes');
    feed.unsubscribeQuotes('gone-quotes');
    expect(backend.unsubscribeBars).toHaveBeenCalledWith('gone');
    expect(backend.unsubscribeQuotes).toHaveBeenCalledWith('gone-quotes');

    feed.use(offline);

    expect(backend.destroy).toHaveBeenCalledTimes(1);
    expect(offline.subscribeBars).toHaveBeenCalledExactlyOnceWith(
      info,
      '5',
      onTick,
      'chart',
      reset,
    );
    expect(offline.subscribeQuotes).toHaveBeenCalledExactlyOnceWith(
      ['AAPL', 'MSFT'],
      ['AAPL'],
      onQuotes,
      'watch',
    );
    expect(reset).toHaveBeenCalledTimes(1);
    expect(resetGone).not.toHaveBeenCalled();
  });

  it('after use(), requests and subscriptions go to the new feed only', () => {
    const backend = fakeDatafeed();
    const offline = fakeDatafeed();
    const feed = createSwitchingDatafeed(backend);
    feed.use(offline);
    feed.resolveSymbol('AAPL', vi.fn(), vi.fn());
    feed.subscribeBars(info, '1', vi.fn(), 'chart', vi.fn());
    feed.unsubscribeQuotes('watch');
    expect(offline.resolveSymbol).toHaveBeenCalledTimes(1);
    expect(offline.subscribeBars).toHaveBeenCalledTimes(1);
    expect(offline.unsubscribeQuotes).toHaveBeenCalledWith('watch');
    expect(backend.resolveSymbol).not.toHaveBeenCalled();
    expect(backend.subscribeBars).not.toHaveBeenCalled();
  });

  it('keeps replaying across several switches', () => {
    const feeds = [fakeDatafeed(), fakeDatafeed(), fakeDatafeed()] as const;
    const feed = createSwitchingDatafeed(feeds[0]);
    const reset = vi.fn();
    feed.subscribeBars(info, '1', vi.fn(), 'chart', reset);
    feed.use(feeds[1]);
    feed.use(feeds[2]);
    expect(feeds[1].destroy).toHaveBeenCalledTimes(1);
    expect(feeds[2].subscribeBars).toHaveBeenCalledTimes(1);
    expect(reset).toHaveBeenCalledTimes(2);
  });

  it('destroy() destroys the current feed and forgets the subscriptions', () => {
    const backend = fakeDatafeed();
    const offline = fakeDatafeed();
    const feed = createSwitchingDatafeed(backend);
    const reset = vi.fn();
    feed.subscribeBars(info, '1', vi.fn(), 'chart', reset);
    feed.subscribeQuotes(['AAPL'], [], vi.fn(), 'watch');
    feed.destroy();
    expect(backend.destroy).toHaveBeenCalledTimes(1);
    feed.use(offline);
    expect(offline.subscribeBars).not.toHaveBeenCalled();
    expect(offline.subscribeQuotes).not.toHaveBeenCalled();
    expect(reset).not.toHaveBeenCalled();
  });
});
