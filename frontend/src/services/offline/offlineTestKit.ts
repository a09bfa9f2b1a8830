// Test doubles for the offline broker's collaborators: a market whose quotes the test sets by
// hand, a host that records what it is told (with each push's seq), and an in-memory Web
// Storage. Used only by the *.test.ts files beside it.
import type { EngineInstrument, EngineQuote, MarketView } from '@trading-pro/contract/paper';
import { MarketSimulator, simulatedMarket } from '@trading-pro/market';
import type { BrokerHost } from '../broker.service';
import type {
  BrokerConnectionInfo,
  EquityData,
  Execution,
  Order,
  Position,
} from '../../types/broker';

export interface ManualMarket extends MarketView {
  /** Sets a symbol's quote (in session unless said otherwise). */
  set(symbol: string, bid: number, ask: number, inSession?: boolean): void;
}

/** The real catalogue's instruments, with quotes the test sets. */
export function manualMarket(closeAt = Date.UTC(2100, 0, 1)): ManualMarket {
  const catalogue = simulatedMarket(new MarketSimulator(), () => 0);
  const quotes = new Map<string, EngineQuote>([
    ['BTCUSD', { bid: 100, ask: 100.1, inSession: true }],
    ['AAPL', { bid: 50, ask: 50.02, inSession: true }],
    ['EURUSD', { bid: 1.1, ask: 1.10002, inSession: true }],
  ]);
  return {
    instrument: (symbol): EngineInstrument | undefined => catalogue.instrument(symbol),
    quote: (symbol) => {
      const ticker = catalogue.instrument(symbol)?.symbol;
      return ticker === undefined ? undefined : quotes.get(ticker);
    },
    sessionClose: () => closeAt,
    set(symbol, bid, ask, inSession = true) {
      quotes.set(symbol, { bid, ask, inSession });
    },
  };
}

export interface RecordingHost extends BrokerHost {
  orders: Order[];
  positions: Position[];
  executions: Execution[];
  equities: EquityData[];
  connections: BrokerConnectionInfo[];
  /** The seq of every push, in order. */
  seqs: number[];
  fullUpdates: number;
}

export function recordingHost(): RecordingHost {
  const host: RecordingHost = {
    orders: [],
    positions: [],
    executions: [],
    equities: [],
    connections: [],
    seqs: [],
    fullUpdates: 0,
    orderUpdate: (order, seq) => host.seqs.push(seq) && host.orders.push(order),
    positionUpdate: (position, seq) => host.seqs.push(seq) && host.positions.push(position),
    executionUpdate: (execution, seq) => host.seqs.push(seq) && host.executions.push(execution),
    equityUpdate: (equity, seq) => host.seqs.push(seq) && host.equities.push(equity),
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
