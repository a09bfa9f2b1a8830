// Stand-ins for the trading services: every method a vi.fn with a harmless default, so a test
// overrides only what it exercises and asserts on the calls. `fakeSessionFactory` wraps them in
// a TradingSession for `useSessionStore().start(factory)`.
import { ConnectionStatus } from '@trading-pro/contract';
import { DEFAULT_POLICY, brokerConfig } from '@trading-pro/contract/paper';
import { vi, type Mock } from 'vitest';
import type { BrokerService } from '../services/broker.service';
import type { DatafeedService } from '../services/datafeed.service';
import type { TradingSession, TradingSessionOptions } from '../services/tradingSession';
import type { AccountMetainfo, EquityData } from '../types/broker';
import type { BackendMode } from '../types/connection';
import type { SymbolInfo } from '../types/market';

type Mocked<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? Mock<T[K]> : T[K] };

export type FakeDatafeed = Mocked<DatafeedService>;
export type FakeBroker = Mocked<BrokerService>;

export const testAccount: AccountMetainfo = { id: 'acc-1', name: 'Paper', currency: 'USD' };

export const testEquity: EquityData = {
  balance: 100_000,
  equity: 100_250,
  unrealizedPL: 250,
  realizedPL: 0,
  marginUsed: 1_000,
  marginAvailable: 99_250,
};

/** A resolved instrument with a tick of `minmov / pricescale`. */
export function testSymbolInfo(ticker: string, pricescale: number, minmov = 1): SymbolInfo {
  return {
    name: ticker,
    ticker,
    description: ticker,
    type: 'stock',
    session: '24x7',
    timezone: 'Etc/UTC',
    exchange: 'TEST',
    listed_exchange: 'TEST',
    format: 'price',
    pricescale,
    minmov,
    has_intraday: true,
    has_daily: true,
    has_weekly_and_monthly: true,
    supported_resolutions: ['1', '1D'],
    volume_precision: 0,
    data_status: 'streaming',
    qty: { min: 1, max: 1_000_000, step: 1 },
  };
}

export function fakeDatafeed(): FakeDatafeed {
  return {
    onReady: vi.fn(),
    searchSymbols: vi.fn(),
    resolveSymbol: vi.fn(),
    getBars: vi.fn(),
    subscribeBars: vi.fn(),
    unsubscribeBars: vi.fn(),
    getQuotes: vi.fn(),
    subscribeQuotes: vi.fn(),
    unsubscribeQuotes: vi.fn(),
    destroy: vi.fn(),
  };
}

export function fakeBroker(): FakeBroker {
  return {
    connectionStatus: vi.fn(() => ConnectionStatus.Connected),
    accountsMetainfo: vi.fn(async () => [testAccount]),
    currentAccount: vi.fn(() => testAccount.id),
    setCurrentAccount: vi.fn(async () => undefined),
    createAccount: vi.fn(async (account) => ({ id: 'A2', name: account.name, currency: 'USD' })),
    renameAccount: vi.fn(async (id, name) => ({ id, name, currency: 'USD' })),
    resetAccount: vi.fn(async (id) => ({ id, name: testAccount.name, currency: 'USD' })),
    deleteAccount: vi.fn(async () => undefined),
    snapshot: vi.fn(async () => ({
      seq: 0,
      account: { ...testAccount },
      orders: [],
      positions: [],
      equity: testEquity,
      executions: [],
    })),
    config: vi.fn(async () => brokerConfig(DEFAULT_POLICY)),
    orders: vi.fn(async () => []),
    positions: vi.fn(async () => []),
    executions: vi.fn(async () => []),
    equity: vi.fn(async () => testEquity),
    placeOrder: vi.fn(async () => ({ orderId: '1' })),
    previewOrder: vi.fn(async () => ({ sections: [] })),
    modifyOrder: vi.fn(async () => undefined),
    cancelOrder: vi.fn(async () => undefined),
    closePosition: vi.fn(async () => undefined),
    editPositionBrackets: vi.fn(async () => undefined),
    leverageInfo: vi.fn(async () => ({ title: 'Leverage', leverage: 1, min: 1, max: 10, step: 1 })),
    setLeverage: vi.fn(async (params) => ({ leverage: params.leverage })),
    previewLeverage: vi.fn(async () => ({})),
    destroy: vi.fn(),
  };
}

/**
 * A session factory whose session decides `mode` on start (as the real one does: `onMode`
 * first, then `start()` resolves) and serves the given fakes.
 */
export function fakeSessionFactory(
  datafeed: DatafeedService = fakeDatafeed(),
  broker: BrokerService = fakeBroker(),
  mode: BackendMode = 'online',
) {
  let captured: TradingSessionOptions | undefined;
  const stop = vi.fn();
  const factory = vi.fn((options: TradingSessionOptions): TradingSession => {
    captured = options;
    return {
      datafeed,
      broker,
      async start() {
        options.events.onMode(mode);
        // Online, the real session's sockets open: its live links are up.
        if (mode === 'online') {
          options.events.onEndpointStatus('datafeed', 'connected');
          options.events.onEndpointStatus('broker', 'connected');
        }
        return mode;
      },
      enterDemo: vi.fn(() => options.events.onMode('demo')),
      leaveDemo: vi.fn(() => options.events.onMode('online')),
      stop,
    };
  });
  const options = (): TradingSessionOptions => {
    if (captured === undefined) throw new Error('the factory was not called');
    return captured;
  };
  return { factory, options, stop, datafeed, broker };
}
