// The market-data service the terminal talks to, shaped like TradingView's datafeed API
// (`IBasicDataFeed` + `IDatafeedQuotesApi`): callbacks rather than promises, listener ids for
// subscriptions, so a licensed TradingView library could be given the same object. Two
// implementations: the backend's (REST + WebSocket) and an in-browser simulation used while the
// backend is unreachable.
import type {
  Bar,
  DatafeedConfiguration,
  HistoryMetadata,
  PeriodParams,
  QuoteData,
  Resolution,
  SearchSymbolResultItem,
  SymbolInfo,
} from '../types/market';

export type ErrorCallback = (reason: string) => void;

export interface DatafeedService {
  onReady(callback: (configuration: DatafeedConfiguration) => void): void;
  searchSymbols(
    userInput: string,
    exchange: string,
    symbolType: string,
    onResult: (items: SearchSymbolResultItem[]) => void,
  ): void;
  resolveSymbol(
    symbolName: string,
    onResolve: (symbolInfo: SymbolInfo) => void,
    onError: ErrorCallback,
  ): void;
  getBars(
    symbolInfo: SymbolInfo,
    resolution: Resolution,
    periodParams: PeriodParams,
    onResult: (bars: Bar[], meta: HistoryMetadata) => void,
    onError: ErrorCallback,
  ): void;
  /** `onTick` receives the forming bar, then each new one. */
  subscribeBars(
    symbolInfo: SymbolInfo,
    resolution: Resolution,
    onTick: (bar: Bar) => void,
    listenerGuid: string,
    onResetCacheNeeded: () => void,
  ): void;
  unsubscribeBars(listenerGuid: string): void;
  getQuotes(symbols: string[], onData: (data: QuoteData[]) => void, onError: ErrorCallback): void;
  subscribeQuotes(
    symbols: string[],
    fastSymbols: string[],
    onRealtime: (data: QuoteData[]) => void,
    listenerGuid: string,
  ): void;
  unsubscribeQuotes(listenerGuid: string): void;
  /** Stops every subscription and timer (the service is being replaced). */
  destroy(): void;
}
