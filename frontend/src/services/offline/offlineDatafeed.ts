// The datafeed the terminal uses while the backend is unreachable: the server's own market
// (@trading-pro/market: the same catalogue, the same simulator, the server's default seed) behind
// the same DatafeedService interface as the backend's feed, so going offline changes no price.
// Every callback is deferred to a microtask, as a network feed's would be, so callers never
// depend on synchronous answers that the real feed cannot give.
import { RESOLUTIONS, searchInstruments } from '@trading-pro/contract';
import {
  DEFAULT_MARKET_SEED,
  INSTRUMENTS,
  MarketSimulator,
  datafeedConfiguration,
  findInstrument,
  history,
  historyBars,
  quoteValues,
  tickQuote,
  toPriceBar,
  toSymbolInfo,
  type Instrument,
  type TickBar,
} from '@trading-pro/market';
import type { DatafeedService } from '../datafeed.service';
import type { Bar, QuoteData, QuoteValues, Resolution } from '../../types/market';

/** As many results as the backend's `/search` answers by default. */
const SEARCH_LIMIT = 50;
/**
 * Bars a stream replays after a stall (a sleeping tab's throttled timers) before it asks the
 * chart to reload history instead.
 */
const MAX_CATCH_UP_BARS = 500;

export interface OfflineDatafeedOptions {
  /** Unix ms now; injectable so tests (and replays) control time. */
  clock?: () => number;
  /** The market's seed: the same seed gives the same prices as a server started with it. */
  seed?: number;
  /** How often streams push, in ms. */
  tickMs?: number;
}

interface BarSubscription {
  instrument: Instrument;
  resolution: Resolution;
  onTick: (bar: Bar) => void;
  onResetCacheNeeded: () => void;
  /** The bar last pushed (ticks): a later bar means this one closed between two pushes. */
  last?: TickBar;
}

interface QuoteSubscription {
  names: string[];
  /** The names that are instruments: unknown ones are reported once, on subscription. */
  known: string[];
  onRealtime: (data: QuoteData[]) => void;
}

const isResolution = (value: string): value is Resolution =>
  (RESOLUTIONS as readonly string[]).includes(value);

export function createOfflineDatafeed(options: OfflineDatafeedOptions = {}): DatafeedService {
  const clock = options.clock ?? (() => Date.now());
  const tickMs = options.tickMs ?? 1000;
  const simulator = new MarketSimulator(options.seed ?? DEFAULT_MARKET_SEED);
  const configuration = datafeedConfiguration(INSTRUMENTS);
  const barSubscriptions = new Map<string, BarSubscription>();
  const quoteSubscriptions = new Map<string, QuoteSubscription>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let destroyed = false;

  const defer = (callback: () => void) => {
    queueMicrotask(() => {
      if (!destroyed) callback();
    });
  };

  // ---- streams -----------------------------------------------------------------------------

  /** The bar of `resolution` forming at `now`, as the server's stream sends it. */
  const formingBar = ({ instrument, resolution }: BarSubscription, now: number) =>
    historyBars(
      simulator,
      instrument,
      resolution,
      { from: now, to: now + 1, countBack: 1 },
      now,
    ).bars.at(-1);

  const pushBar = (subscription: BarSubscription, now: number) => {
    const { instrument, resolution, last, onTick } = subscription;
    const bar = formingBar(subscription, now);
    if (bar === undefined) return;
    if (last !== undefined && bar.time > last.time) {
      // Bars closed between two pushes: the last one as it really ended, then any it skipped.
      const range = { from: last.time, to: bar.time };
      const closed = historyBars(simulator, instrument, resolution, range, now).bars;
      onTick(toPriceBar(instrument, closed[0] ?? last));
      if (closed.length - 1 > MAX_CATCH_UP_BARS) subscription.onResetCacheNeeded();
      else for (const skipped of closed.slice(1)) onTick(toPriceBar(instrument, skipped));
    }
    subscription.last = bar;
    onTick(toPriceBar(instrument, bar));
  };

  const quotesAt = (names: readonly string[], now: number, memo: Map<string, QuoteValues>) =>
    names.map((name): QuoteData => {
      const instrument = findInstrument(name);
      if (instrument === undefined) {
        return { s: 'error', n: name, v: { error: `Unknown symbol "${name}"` } };
      }
      let values = memo.get(instrument.ticker);
      if (values === undefined) {
        values = quoteValues(instrument, tickQuote(simulator, instrument, now));
        memo.set(instrument.ticker, values);
      }
      return { s: 'ok', n: instrument.ticker, v: { ...values } };
    });

  const tick = () => {
    if (destroyed) return;
    const now = clock();
    const memo = new Map<string, QuoteValues>();
    // Snapshot the subscriptions: a callback may unsubscribe itself or others.
    for (const [guid, subscription] of [...barSubscriptions]) {
      if (barSubscriptions.get(guid) === subscription) pushBar(subscription, now);
    }
    for (const [guid, subscription] of [...quoteSubscriptions]) {
      if (quoteSubscriptions.get(guid) === subscription) {
        subscription.onRealtime(quotesAt(subscription.known, now, memo));
      }
    }
  };

  /** Runs the tick timer only while something listens. */
  const syncTimer = () => {
    const wanted = !destroyed && (barSubscriptions.size > 0 || quoteSubscriptions.size > 0);
    if (wanted && timer === undefined) timer = setInterval(tick, tickMs);
    if (!wanted && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  // ---- the service -------------------------------------------------------------------------

  return {
    onReady(callback) {
      defer(() => callback(configuration));
    },

    searchSymbols(userInput, exchange, symbolType, onResult) {
      defer(() =>
        onResult(
          searchInstruments(INSTRUMENTS, {
            user_input: userInput,
            exchange,
            symbol_type: symbolType,
            max_results: SEARCH_LIMIT,
          }),
        ),
      );
    },

    resolveSymbol(symbolName, onResolve, onError) {
      const instrument = findInstrument(symbolName);
      defer(() =>
        instrument === undefined
          ? onError(`Unknown symbol "${symbolName}"`)
          : onResolve(toSymbolInfo(instrument)),
      );
    },

    getBars(symbolInfo, resolution, periodParams, onResult, onError) {
      const instrument = findInstrument(symbolInfo.ticker || symbolInfo.name);
      if (instrument === undefined) {
        defer(() => onError(`Unknown symbol "${symbolInfo.ticker || symbolInfo.name}"`));
        return;
      }
      if (!isResolution(resolution)) {
        defer(() => onError(`Unsupported resolution "${String(resolution)}"`));
        return;
      }
      const { from, to, countBack } = periodParams;
      if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) {
        defer(() => onError(`Invalid period: from ${from} must not be after to ${to}`));
        return;
      }
      // The server's /bars answer for the same query: bounds in seconds, count_back when asked.
      const range = { from: from * 1000, to: to * 1000, countBack: Math.max(0, countBack) };
      const answer = history(simulator, instrument, resolution, range, clock());
      const bars = answer.bars.map((bar) => toPriceBar(instrument, bar));
      defer(() => onResult(bars, { noData: answer.noData }));
    },

    subscribeBars(symbolInfo, resolution, onTick, listenerGuid, onResetCacheNeeded) {
      const instrument = findInstrument(symbolInfo.ticker || symbolInfo.name);
      // An unknown symbol or resolution cannot be resolved first, so there is nothing to stream.
      if (instrument === undefined || !isResolution(resolution)) return;
      const subscription: BarSubscription = {
        instrument,
        resolution,
        onTick,
        onResetCacheNeeded,
      };
      barSubscriptions.set(listenerGuid, subscription);
      syncTimer();
      // The forming bar at once, not a tick later: the chart's last bar goes live immediately.
      defer(() => {
        if (barSubscriptions.get(listenerGuid) === subscription) pushBar(subscription, clock());
      });
    },

    unsubscribeBars(listenerGuid) {
      barSubscriptions.delete(listenerGuid);
      syncTimer();
    },

    getQuotes(symbols, onData) {
      const data = quotesAt(symbols, clock(), new Map());
      defer(() => onData(data));
    },

    subscribeQuotes(symbols, fastSymbols, onRealtime, listenerGuid) {
      const names = [...new Set([...symbols, ...fastSymbols])];
      const subscription: QuoteSubscription = {
        names,
        // Unknown symbols are reported in the first push; repeating the error every tick would
        // only be noise.
        known: names.filter((name) => findInstrument(name) !== undefined),
        onRealtime,
      };
      quoteSubscriptions.set(listenerGuid, subscription);
      syncTimer();
      defer(() => {
        if (quoteSubscriptions.get(listenerGuid) === subscription) {
          onRealtime(quotesAt(subscription.names, clock(), new Map()));
        }
      });
    },

    unsubscribeQuotes(listenerGuid) {
      quoteSubscriptions.delete(listenerGuid);
      syncTimer();
    },

    destroy() {
      destroyed = true;
      barSubscriptions.clear();
      quoteSubscriptions.clear();
      syncTimer();
    },
  };
}
