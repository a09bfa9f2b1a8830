// The QuoteSource port as the datafeed provides it to the broker: each instrument's tick and
// quantity grids, and the same prices the quotes stream publishes.
import { Catalogue, MarketSimulator } from '@trading-pro/market';
import { afterEach, describe, expect, it } from 'vitest';
import { datafeedQuoteSource } from './datafeed.quote-source.js';
import { DatafeedService } from './datafeed.service.js';
import { LiveFeed } from './live-feed.js';

/** Wednesday 2026-11-18 10:00:30.5 New York: AAPL trading. */
const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);

const feeds: LiveFeed[] = [];
afterEach(() => feeds.splice(0).forEach((feed) => feed.close()));

function source() {
  const service = new DatafeedService(new Catalogue(), new MarketSimulator(1), () => new Date(NOW));
  const feed = new LiveFeed(
    () => NOW,
    (error) => {
      throw error;
    },
  );
  feeds.push(feed);
  return { service, port: datafeedQuoteSource(service, feed) };
}

describe('datafeedQuoteSource', () => {
  it('specifies each instrument with its tick and quantity grids', () => {
    const { port } = source();
    expect(port.instrument('BTCUSD')).toEqual({
      symbol: 'BTCUSD',
      description: 'Bitcoin / US Dollar',
      type: 'crypto',
      currency: 'USD',
      pricescale: 100,
      minmov: 1,
      tickSize: 0.01,
      qty: { min: 0.0001, max: 1000, step: 0.0001 },
    });
    expect(port.instrument('eurusd')?.qty).toEqual({ min: 1000, max: 100_000_000, step: 1000 });
    expect(port.instrument('AAPL')?.qty).toEqual({ min: 1, max: 1_000_000, step: 1 });
    expect(port.instrument('NOPE')).toBeUndefined();
  });

  it('quotes what the datafeed quotes at the same instant', () => {
    const { service, port } = source();
    const [quote] = service.getQuotes(['AAPL']);
    if (quote?.s !== 'ok') throw new Error('AAPL is not quoted');
    expect(port.quote('AAPL')).toEqual({
      symbol: 'AAPL',
      bid: quote.v.bid,
      ask: quote.v.ask,
      last: quote.v.lp,
      time: NOW,
      inSession: true,
    });
    expect(port.quote('NOPE')).toBeUndefined();
  });
});
