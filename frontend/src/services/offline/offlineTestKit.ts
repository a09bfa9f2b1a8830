// Test doubles for the offline broker's collaborators: a datafeed whose quotes the test sets and
// pushes by hand, a host that records what it is told, and an in-memory Web Storage. Used only by
// the *.test.ts files beside it.
import type { BrokerHost } from '../broker.service';
import type { DatafeedService } from '../datafeed.service';
import type {
  BrokerConnectionInfo,
  EquityData,
  Execution,
  Order,
  Position,
} from '../../types/broker';
import type { QuoteData } from '../../types/market';
import { findInstrument, toSymbolInfo } from '@trading-pro/market';

export interface ManualFeed extends DatafeedService {
  /** Sets a symbol's quote; pushed on the next `tick()` (and used by getQuotes at once). */
  setQuote(symbol: string, bid: number, ask: number): void;
  /** Pushes the current quotes to every subscription, as one tick of a live feed. */
  tick(): void;
  /** Symbols per live quote subscription. */
  subscriptions(): string[][];
}

export function manualFeed(): ManualFeed {
  const quotes = new Map<string, { bid: number; ask: number }>();
  const subscriptions = new Map<
    string,
    { symbols: string[]; onRealtime: (d: QuoteData[]) => void }
  >();
  const quoteData = (symbol: string): QuoteData => {
    const instrument = findInstrument(symbol);
    const quote = quotes.get(symbol);
    if (instrument === undefined || quote === undefined) {
      return { s: 'error', n: symbol, v: { error: `Unknown symbol "${symbol}"` } };
    }
    const lp = (quote.bid + quote.ask) / 2;
    return {
      s: 'ok',
      n: symbol,
      v: {
        ch: 0,
        chp: 0,
        short_name: symbol,
        exchange: instrument.exchange,
        description: instrument.description,
        lp,
        ask: quote.ask,
        bid: quote.bid,
        spread: quote.ask - quote.bid,
        open_price: lp,
        high_price: lp,
        low_price: lp,
        prev_close_price: lp,
        volume: 1,
      },
    };
  };
  const later = (f: () => void) => queueMicrotask(f);
  return {
    setQuote(symbol, bid, ask) {
      quotes.set(symbol, { bid, ask });
    },
    tick() {
      for (const { symbols, onRealtime } of [...subscriptions.values()]) {
        onRealtime(symbols.map(quoteData));
      }
    },
    subscriptions: () => [...subscriptions.values()].map((s) => s.symbols),
    onReady: () => undefined,
    searchSymbols: (_input, _exchange, _type, onResult) => later(() => onResult([])),
    resolveSymbol(symbolName, onResolve, onError) {
      const instrument = findInstrument(symbolName);
      later(() =>
        instrument === undefined
          ? onError(`Unknown symbol "${symbolName}"`)
          : onResolve(toSymbolInfo(instrument)),
      );
    },
    getBars: (_info, _resolution, _period, onResult) => later(() => onResult([], { noData: true })),
    subscribeBars: () => undefined,
    unsubscribeBars: () => undefined,
    getQuotes(symbols, onData) {
      const data = symbols.map(quoteData);
      later(() => onData(data));
    },
    subscribeQuotes(symbols, fastSymbols, onRealtime, listenerGuid) {
      const all = [...symbols, ...fastSymbols];
      subscriptions.set(listenerGuid, { symbols: all, onRealtime });
      later(() => subscriptions.get(listenerGuid)?.onRealtime(all.map(quoteData)));
    },
    unsubscribeQuotes(listenerGuid) {
      subscriptions.delete(listenerGuid);
    },
    destroy() {
      subscriptions.clear();
    },
  };
}

export interface RecordingHost extends BrokerHost {
  orders: Order[];
  positions: Position[];
  executions: Execution[];
  equities: EquityData[];
  connections: BrokerConnectionInfo[];
  fullUpdates: number;
}

export function recordingHost(): RecordingHost {
  const host: RecordingHost = {
    orders: [],
    positions: [],
    executions: [],
    equities: [],
    connections: [],
    fullUpdates: 0,
    orderUpdate: (order) => host.orders.push(order),
    positionUpdate: (position) => host.positions.push(position),
    executionUpdate: (execution) => host.executions.push(execution),
    equityUpdate: (equity) => host.equities.push(equity),
    connectionStatusUpdate: (info) => host.connections.push(info),
    fullUpdate: () => {
      host.fullUpdates++;
    },
  };
  return host;
}

export interface MemoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  readonly items: Map<string, string>;
}

export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

/**
 * Lets every queued microtask and promise chain (the broker's queue) run to completion: a
 * macrotask runs only once the microtask queue is empty. Needs real timers.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
