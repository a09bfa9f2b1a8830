// The backend's market data behind the TradingView-shaped DatafeedService: REST for the
// catalogue and history, the datafeed WebSocket for the forming bar and quotes.
import { errorMessage } from '../../formatting/errorMessage';
import type { ApiClient } from '../../plugins/apiClient';
import {
  mapBar,
  mapConfiguration,
  mapQuote,
  mapSearchItem,
  mapSymbolInfo,
} from '../../plugins/mappers';
import type { WsClient } from '../../plugins/wsClient';
import type { QuoteData } from '../../types/market';
import type { DatafeedService } from '../datafeed.service';
import { unwrap } from './apiResult';

export interface BackendDatafeedDeps {
  api: ApiClient;
  ws: WsClient;
}

const SEARCH_LIMIT = 30;

/** The feed, plus `resync()`: the socket was down, so charts must reload what they missed. */
export interface BackendDatafeed extends DatafeedService {
  resync(): void;
}

export function createBackendDatafeed({ api, ws }: BackendDatafeedDeps): BackendDatafeed {
  const barListeners = new Map<string, { stop: () => void; reset: () => void }>();
  const quoteListeners = new Map<string, () => void>();
  const fail = (onError: (reason: string) => void) => (cause: unknown) =>
    onError(errorMessage(cause));

  return {
    onReady(callback) {
      unwrap(api.GET('/api/v1/datafeed/config')).then(
        (config) => callback(mapConfiguration(config)),
        // TradingView's onReady has no error path; the chart's own requests will report.
        () => undefined,
      );
    },

    searchSymbols(userInput, exchange, symbolType, onResult) {
      const query = {
        user_input: userInput,
        max_results: SEARCH_LIMIT,
        ...(exchange ? { exchange } : {}),
        ...(symbolType ? { symbol_type: symbolType } : {}),
      };
      unwrap(api.GET('/api/v1/datafeed/search', { params: { query } })).then(
        (items) => onResult(items.map(mapSearchItem)),
        () => onResult([]),
      );
    },

    resolveSymbol(symbolName, onResolve, onError) {
      const path = { symbol: symbolName };
      unwrap(api.GET('/api/v1/datafeed/resolve/{symbol}', { params: { path } })).then(
        (info) => onResolve(mapSymbolInfo(info)),
        fail(onError),
      );
    },

    getBars(symbolInfo, resolution, periodParams, onResult, onError) {
      const query = {
        symbol: symbolInfo.ticker,
        resolution,
        from_time: Math.max(0, Math.floor(periodParams.from)),
        to_time: Math.max(0, Math.floor(periodParams.to)),
        ...(periodParams.countBack > 0 ? { count_back: periodParams.countBack } : {}),
      };
      unwrap(api.GET('/api/v1/datafeed/bars', { params: { query } })).then(
        (answer) => onResult(answer.bars.map(mapBar), { noData: answer.no_data }),
        fail(onError),
      );
    },

    subscribeBars(symbolInfo, resolution, onTick, listenerGuid, onResetCacheNeeded) {
      barListeners.get(listenerGuid)?.stop();
      const stop = ws.subscribe<Parameters<typeof mapBar>[0]>(
        'bars',
        { symbol: symbolInfo.ticker, resolution },
        { update: (bar) => onTick(mapBar(bar)) },
      );
      barListeners.set(listenerGuid, { stop, reset: onResetCacheNeeded });
    },

    unsubscribeBars(listenerGuid) {
      barListeners.get(listenerGuid)?.stop();
      barListeners.delete(listenerGuid);
    },

    getQuotes(symbols, onData, onError) {
      unwrap(api.POST('/api/v1/datafeed/quotes', { body: { symbols } })).then(
        (quotes) => onData(quotes.map(mapQuote)),
        fail(onError),
      );
    },

    subscribeQuotes(symbols, fastSymbols, onRealtime, listenerGuid) {
      quoteListeners.get(listenerGuid)?.();
      const stop = ws.subscribe<Parameters<typeof mapQuote>[0]>(
        'quotes',
        { symbols: [...symbols].sort(), fast_symbols: [...fastSymbols].sort() },
        { update: (quote) => onRealtime([mapQuote(quote)] as QuoteData[]) },
      );
      quoteListeners.set(listenerGuid, stop);
    },

    unsubscribeQuotes(listenerGuid) {
      quoteListeners.get(listenerGuid)?.();
      quoteListeners.delete(listenerGuid);
    },

    resync() {
      for (const { reset } of barListeners.values()) reset();
    },

    destroy() {
      for (const { stop } of barListeners.values()) stop();
      for (const stop of quoteListeners.values()) stop();
      barListeners.clear();
      quoteListeners.clear();
    },
  };
}
