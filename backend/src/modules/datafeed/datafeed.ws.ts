// The datafeed's WebSocket routes (docs/contract.md#websocket): `bars` streams the forming bar of a symbol at a
// resolution, `quotes` the quotes of several symbols. Producers run only while a topic has
// subscribers; each symbol has one producer (a LiveFeed listener set) however many topics use it.
import type { Resolution } from '@trading-pro/contract';
import { historyBars, toPriceBar } from '@trading-pro/market';
import { BarSchema, BarsParamsSchema, type Bar } from '../../models/market/bars.js';
import { QuoteDataSchema, QuotesParamsSchema, type QuoteData } from '../../models/market/quotes.js';
import { NotFoundError } from '../../shared/http/errors.js';
import type { ModuleWs } from '../../shared/module.js';
import { defineWsRoute } from '../../shared/ws/ws-route.js';
import type { DatafeedService } from './datafeed.service.js';
import type { LiveFeed } from './live-feed.js';

export const barsRoute = defineWsRoute({
  name: 'bars',
  summary: 'The forming bar of a symbol at a resolution, at least once a second, then each new bar',
  params: BarsParamsSchema,
  data: BarSchema,
  delivery: 'snapshot',
});

export const quotesRoute = defineWsRoute({
  name: 'quotes',
  summary: 'Quotes of the symbols, each at least once a second; fast_symbols four times a second',
  params: QuotesParamsSchema,
  data: QuoteDataSchema,
  delivery: 'snapshot',
  snapshotKey: (quote) => quote.n,
});

/** Ticks of the 250 ms feed between two publications of a symbol that is not "fast". */
const SLOW_EVERY = 4;

const sameBar = (a: Bar | undefined, b: Bar) =>
  a !== undefined &&
  a.time === b.time &&
  a.open === b.open &&
  a.high === b.high &&
  a.low === b.low &&
  a.close === b.close &&
  a.volume === b.volume;

export function bindDatafeedStreams(ws: ModuleWs, service: DatafeedService, feed: LiveFeed): void {
  const stops = new Map<string, (() => void)[]>();
  const stop = (topic: string) => {
    for (const unsubscribe of stops.get(topic) ?? []) unsubscribe();
    stops.delete(topic);
  };

  ws.route(barsRoute, {
    createTopic: (topic, params, publish) => {
      const instrument = service.instrument(params.symbol);
      const resolution = params.resolution as Resolution;
      let last: Bar | undefined;
      let ticksSinceSent = 0;
      const emit = (t: number) => {
        const { bars } = historyBars(
          service.simulator,
          instrument,
          resolution,
          { from: t, to: t + 1, countBack: 1 },
          t,
        );
        const tickBar = bars.at(-1);
        if (tickBar === undefined) return;
        const bar = toPriceBar(instrument, tickBar);
        // A changed bar goes out at once; an unchanged one at least once a second (in feed
        // ticks, not clock time, so a stopped or replayed clock keeps the cadence).
        ticksSinceSent++;
        if (sameBar(last, bar) && ticksSinceSent < SLOW_EVERY) return;
        last = bar;
        ticksSinceSent = 0;
        publish(bar);
      };
      emit(service.now().getTime());
      stops.set(topic, [feed.subscribe(instrument.ticker, emit)]);
    },
    removeTopic: stop,
  });

  ws.route(quotesRoute, {
    createTopic: (topic, params, publish) => {
      const wanted = [...new Set([...params.symbols, ...params.fast_symbols])];
      if (wanted.length === 0) throw new NotFoundError('No symbols to quote: symbols is empty');
      const unknown = wanted.filter((symbol) => service.catalogue.find(symbol) === undefined);
      if (unknown.length > 0)
        throw new NotFoundError(
          `Unknown symbol${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`,
        );
      const fast = new Set(params.fast_symbols);
      const unsubscribes = wanted.map((symbol) => {
        const instrument = service.instrument(symbol);
        let ticks = 0;
        const send = (t: number) => publish(service.quoteData(instrument, t) as QuoteData);
        send(service.now().getTime());
        return feed.subscribe(instrument.ticker, (t) => {
          ticks++;
          if (fast.has(symbol) || ticks % SLOW_EVERY === 0) send(t);
        });
      });
      stops.set(topic, unsubscribes);
    },
    removeTopic: stop,
  });
}
