import { Catalogue, MarketSimulator } from '@trading-pro/market';
import { defineModule } from '../../shared/module.js';
import { datafeedQuoteSource } from './datafeed.quote-source.js';
import { datafeedRoutes } from './datafeed.routes.js';
import { DatafeedService } from './datafeed.service.js';
import { bindDatafeedStreams } from './datafeed.ws.js';
import { LiveFeed } from './live-feed.js';
import { udfRoutes } from './udf/udf.routes.js';

export default defineModule({
  name: 'datafeed',
  description: 'Market data: symbol catalogue, search, history, quotes and live streams',
  create: (ctx) => {
    const service = new DatafeedService(
      new Catalogue(),
      new MarketSimulator(ctx.config.marketSeed),
      ctx.clock,
    );
    const feed = new LiveFeed(
      () => ctx.clock().getTime(),
      (err, symbol) => ctx.log.error({ err, symbol }, 'live feed listener failed'),
    );
    bindDatafeedStreams(ctx.ws, service, feed);
    ctx.ports.provide('quoteSource', datafeedQuoteSource(service, feed));
    return {
      routes: (app) => {
        datafeedRoutes(app, service);
        udfRoutes(app, service);
      },
      onClose: () => feed.close(),
    };
  },
});
