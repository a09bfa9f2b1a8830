// The datafeed the terminal uses while the backend is unreachable: the offline catalogue and the
// deterministic simulator behind the same DatafeedService interface as the backend's feed. Every
// callback is deferred to a microtask, as a network feed's would be, so callers never depend on
// synchronous answers that the real feed cannot give.
import { searchInstruments } from '@trading-pro/contract';
import type { DatafeedService } from '../datafeed.service';
import type { Bar, QuoteData, QuoteValues, Resolution } from '../../types/market';
import {
  OFFLINE_INSTRUMENTS,
  findInstrument,
  offlineConfiguration,
  toSymbolInfo,
  type OfflineInstrument,
} from './offlineCatalogue';
import { createMarketSimulator } from './marketSimulator';
import { DAY_MS, barOpenTime, firstBarAtOrAfter, isResolution, resolutionMs } from './resolutions';

/** As many results as the backend's `/search` answers by default. */
const SEARCH_LIMIT = 50;

export interface OfflineDatafeedOptions {
  /** Unix ms now; injectable so tests (and replays) control time. */
  clock?: () => number;
  /** The market's seed: the same seed gives the same prices. */
  seed?: number;
  /** How often streams push, in ms. */
  tickMs?: number;
}

/** How far back history reaches, whatever the resolution. */
export const OFFLINE_HISTORY_MS = 2 * 365 * DAY_MS;
/** Most bars one getBars answer carries (the newest); a chart pages further back with `to`. */
export const MAX_BARS_PER_REQUEST = 20_000;
/**
 * Bars a stream replays after a stall (a sleeping tab's throttled timers) before it asks the
 * chart to reload history instead.
 */
const MAX_CATCH_UP_BARS = 500;

interface BarSubscription {
  instrument: OfflineInstrument;
  resolution: Resolution;
  onTick: (bar: Bar) => void;
  onResetCacheNeeded: () => void;
  /** The bar last pushed: the next push of the same bar may only widen its range. */
  last?: Bar;
}

interface QuoteSubscription {
  names: string[];
  /** The names that are instruments: unknown ones are reported once, on subscription. */
  known: string[];
  onRealtime: (data: QuoteData[]) => void;
  /** Per symbol, the day's range as pushed so far, so a pushed extreme is never taken back. */
  days: Map<string, { day: number; high: number; low: number }>;
}

export function createOfflineDatafeed(options: OfflineDatafeedOptions = {}): DatafeedService {
  const clock = options.clock ?? (() => Date.now());
  const tickMs = options.tickMs ?? 1000;
  const simulator = createMarketSimulator({ seed: options.seed });
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

  const pushBar = (subscription: BarSubscription, now: number) => {
    const { instrument, resolution, last } = subscription;
    const time = barOpenTime(resolution, now);
    if (last !== undefined && time > last.time) {
      // The previous bar closed between two ticks: show how it really ended before moving on.
      subscription.onTick(widen(simulator.bar(instrument, resolution, last.time, now), last));
      const duration = resolutionMs(resolution);
      const missed = (time - last.time) / duration - 1;
      if (missed > MAX_CATCH_UP_BARS) {
        subscription.onResetCacheNeeded();
      } else {
        for (let t = last.time + duration; t < time; t += duration) {
          subscription.onTick(simulator.bar(instrument, resolution, t, now));
        }
      }
    }
    let bar = simulator.bar(instrument, resolution, time, now);
    if (last !== undefined && last.time === time) bar = widen(bar, last);
    subscription.last = bar;
    subscription.onTick({ ...bar });
  };

  const quotesAt = (names: readonly string[], now: number, memo: Map<string, QuoteValues>) =>
    names.map((name): QuoteData => {
      const instrument = findInstrument(name);
      if (instrument === undefined) {
        return { s: 'error', n: name, v: { error: `Unknown symbol "${name}"` } };
      }
      let values = memo.get(instrument.ticker);
      if (values === undefined) {
        values = simulator.quote(instrument, now);
        memo.set(instrument.ticker, values);
      }
      return { s: 'ok', n: name, v: { ...values } };
    });

  const pushQuotes = (
    subscription: QuoteSubscription,
    names: readonly string[],
    now: number,
    memo: Map<string, QuoteValues>,
  ) => {
    const day = barOpenTime('1D', now);
    const data = quotesAt(names, now, memo).map((quote) => {
      if (quote.s !== 'ok') return quote;
      // The day's high/low come from samples; keep every extreme already pushed so the quote's
      // range never shrinks during the day.
      const seen = subscription.days.get(quote.n);
      if (seen !== undefined && seen.day === day) {
        quote.v.high_price = Math.max(quote.v.high_price, seen.high);
        quote.v.low_price = Math.min(quote.v.low_price, seen.low);
      }
      subscription.days.set(quote.n, { day, high: quote.v.high_price, low: quote.v.low_price });
      return quote;
    });
    subscription.onRealtime(data);
  };

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
        pushQuotes(subscription, subscription.known, now, memo);
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
      defer(() => callback(offlineConfiguration()));
    },

    searchSymbols(userInput, exchange, symbolType, onResult) {
      defer(() =>
        onResult(
          searchInstruments(OFFLINE_INSTRUMENTS, {
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
      const now = clock();
      const duration = resolutionMs(resolution);
      const fromMs = from * 1000;
      const earliest = firstBarAtOrAfter(resolution, now - OFFLINE_HISTORY_MS);
      // The newest bar: the one forming now, or the last that opens before `to`.
      const last = Math.min(barOpenTime(resolution, now), barOpenTime(resolution, to * 1000 - 1));
      let first = Math.max(earliest, firstBarAtOrAfter(resolution, fromMs));
      if (countBack > 0)
        first = Math.max(earliest, Math.min(first, last - (countBack - 1) * duration));
      first = Math.max(first, last - (MAX_BARS_PER_REQUEST - 1) * duration);
      const bars =
        first <= last ? simulator.bars(instrument, resolution, first, last + 1, now) : [];
      defer(() => onResult(bars, { noData: bars.length === 0 && fromMs <= earliest }));
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
      const now = clock();
      const data = quotesAt(symbols, now, new Map());
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
        days: new Map(),
      };
      quoteSubscriptions.set(listenerGuid, subscription);
      syncTimer();
      defer(() => {
        if (quoteSubscriptions.get(listenerGuid) === subscription) {
          pushQuotes(subscription, subscription.names, clock(), new Map());
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

/** `bar` with its range widened to include `earlier`, a previous push of the same bar. */
function widen(bar: Bar, earlier: Bar): Bar {
  return {
    ...bar,
    high: Math.max(bar.high, earlier.high),
    low: Math.min(bar.low, earlier.low),
    volume: Math.max(bar.volume, earlier.volume),
  };
}
