// Producers run only while someone watches, and one producer per symbol serves every topic.
import { afterEach, describe, expect, it } from 'vitest';
import type { ModuleWs } from '../../shared/module.js';
import type { TopicHandlers } from '../../shared/ws/ws-gateway.js';
import { Catalogue, MarketSimulator } from '@trading-pro/market';
import { DatafeedService } from './datafeed.service.js';
import { bindDatafeedStreams } from './datafeed.ws.js';
import { LiveFeed } from './live-feed.js';

const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);

function setup() {
  const handlers = new Map<string, TopicHandlers<unknown, unknown>>();
  const ws: ModuleWs = {
    route: (definition, h) => {
      handlers.set(definition.name, h as TopicHandlers<unknown, unknown>);
      return { definition, topic: definition.topic, publish: () => undefined } as never;
    },
  };
  const service = new DatafeedService(new Catalogue(), new MarketSimulator(1), () => new Date(NOW));
  const feed = new LiveFeed(
    () => NOW,
    (error) => {
      throw error;
    },
    20,
  );
  bindDatafeedStreams(ws, service, feed);
  return { feed, bars: handlers.get('bars')!, quotes: handlers.get('quotes')! };
}

let feed: LiveFeed | undefined;
afterEach(() => feed?.close());

describe('datafeed producers', () => {
  it('start with the first topic of a symbol and stop with its last', async () => {
    const s = setup();
    feed = s.feed;
    const published: unknown[] = [];
    expect(s.feed.activeSymbols).toEqual([]);
    await s.bars.createTopic('b1', { symbol: 'AAPL', resolution: '1' }, (d) => published.push(d));
    await s.quotes.createTopic('q1', { symbols: ['AAPL', 'MSFT'], fast_symbols: [] }, (d) =>
      published.push(d),
    );
    expect(s.feed.activeSymbols.sort()).toEqual(['AAPL', 'MSFT']);
    expect(published.length).toBe(3); // the bar and the two quotes, at once
    await s.bars.removeTopic('b1');
    expect(s.feed.activeSymbols.sort()).toEqual(['AAPL', 'MSFT']);
    await s.quotes.removeTopic('q1');
    expect(s.feed.activeSymbols).toEqual([]);
  });

  it('does not start anything for a refused topic', async () => {
    const s = setup();
    feed = s.feed;
    expect(() =>
      s.quotes.createTopic('q', { symbols: ['AAPL', 'NOPE'], fast_symbols: [] }, () => undefined),
    ).toThrow('Unknown symbol NOPE');
    expect(() =>
      s.bars.createTopic('b', { symbol: 'NOPE', resolution: '1' }, () => undefined),
    ).toThrow('Unknown symbol "NOPE"');
    expect(s.feed.activeSymbols).toEqual([]);
  });
});
