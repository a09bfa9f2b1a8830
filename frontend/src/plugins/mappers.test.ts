// @vitest-environment node
import {
  ConnectionStatus,
  OrderStatus,
  OrderType,
  ParentType,
  Side,
  StopType,
} from '@trading-pro/contract';
import { describe, expect, it } from 'vitest';
import {
  mapAccount,
  mapBar,
  mapBracketsToBackend,
  mapBrokerConnection,
  mapConfiguration,
  mapEquity,
  mapExecution,
  mapLeverageInfo,
  mapLeveragePreview,
  mapOrder,
  mapOrderPreview,
  mapPosition,
  mapPreOrderToBackend,
  mapQuote,
  mapSearchItem,
  mapSymbolInfo,
} from './mappers';

/** The backend answer with a property the frontend type does not know. */
function withExtra<T extends object>(value: T): T {
  return { ...value, addedByNewerBackend: 'leaks?' } as T;
}

type OrderIn = Parameters<typeof mapOrder>[0];
type PositionIn = Parameters<typeof mapPosition>[0];
type QuoteIn = Parameters<typeof mapQuote>[0];
type SymbolInfoIn = Parameters<typeof mapSymbolInfo>[0];

const order: OrderIn = {
  id: '7',
  symbol: 'AAPL',
  type: OrderType.Limit,
  side: Side.Buy,
  qty: 10,
  status: OrderStatus.Working,
  filledQty: 0,
  avgPrice: 0,
  updateTime: 1_700_000_000_000,
};

const quoteValues = {
  ch: 1.5,
  chp: 0.8,
  short_name: 'AAPL',
  exchange: 'NASDAQ',
  description: 'Apple Inc.',
  lp: 190.1,
  ask: 190.12,
  bid: 190.08,
  spread: 0.04,
  open_price: 188.6,
  high_price: 191,
  low_price: 188.2,
  prev_close_price: 188.6,
  volume: 1_234_567,
};

const symbolInfo: SymbolInfoIn = {
  name: 'AAPL',
  ticker: 'AAPL',
  description: 'Apple Inc.',
  type: 'stock',
  session: '0930-1600',
  timezone: 'America/New_York',
  exchange: 'NASDAQ',
  listed_exchange: 'NASDAQ',
  format: 'price',
  pricescale: 100,
  minmov: 1,
  has_intraday: true,
  has_daily: true,
  has_weekly_and_monthly: true,
  supported_resolutions: ['1', '5', '1D'],
  volume_precision: 0,
  data_status: 'streaming',
  qty: { min: 1, max: 1_000_000, step: 1 },
};

describe('market mappers', () => {
  it('mapConfiguration copies every field, drops unknown ones and copies the arrays', () => {
    const input = withExtra({
      supported_resolutions: ['1', '1D'] as ('1' | '1D')[],
      exchanges: [withExtra({ value: 'NASDAQ', name: 'NASDAQ', desc: 'Nasdaq' })],
      symbols_types: [withExtra({ name: 'Stock', value: 'stock' })],
      supports_search: true,
      supports_group_request: false,
      supports_marks: false,
      supports_timescale_marks: false,
      supports_time: true,
    });
    const mapped = mapConfiguration(input);
    expect(mapped).toStrictEqual({
      supported_resolutions: ['1', '1D'],
      exchanges: [{ value: 'NASDAQ', name: 'NASDAQ', desc: 'Nasdaq' }],
      symbols_types: [{ name: 'Stock', value: 'stock' }],
      supports_search: true,
      supports_group_request: false,
      supports_marks: false,
      supports_timescale_marks: false,
      supports_time: true,
    });
    expect(mapped.supported_resolutions).not.toBe(input.supported_resolutions);
  });

  it('mapSearchItem keeps the six result fields only', () => {
    const item = {
      symbol: 'AAPL',
      full_name: 'NASDAQ:AAPL',
      description: 'Apple Inc.',
      exchange: 'NASDAQ',
      ticker: 'AAPL',
      type: 'stock' as const,
    };
    expect(mapSearchItem(withExtra(item))).toStrictEqual(item);
  });

  it('mapSymbolInfo leaves currency_code absent when the backend omits it', () => {
    const mapped = mapSymbolInfo(withExtra(symbolInfo));
    expect(mapped).toStrictEqual(symbolInfo);
    expect('currency_code' in mapped).toBe(false);
    expect(mapped.supported_resolutions).not.toBe(symbolInfo.supported_resolutions);
    expect(mapped.qty).not.toBe(symbolInfo.qty);
  });

  it('mapSymbolInfo carries the quantity grid, and nothing else of it', () => {
    const qty = withExtra({ min: 0.0001, max: 1000, step: 0.0001 });
    expect(mapSymbolInfo({ ...symbolInfo, qty }).qty).toStrictEqual({
      min: 0.0001,
      max: 1000,
      step: 0.0001,
    });
  });

  it('mapSymbolInfo keeps currency_code when the backend sends it', () => {
    expect(mapSymbolInfo({ ...symbolInfo, currency_code: 'USD' })).toStrictEqual({
      ...symbolInfo,
      currency_code: 'USD',
    });
  });

  it('mapBar copies the OHLCV fields only', () => {
    const bar = { time: 1_700_000_040_000, open: 1, high: 3, low: 0.5, close: 2, volume: 42 };
    expect(mapBar(withExtra(bar))).toStrictEqual(bar);
  });

  it('mapQuote copies an ok quote and drops unknown value fields', () => {
    const quote: QuoteIn = { s: 'ok', n: 'AAPL', v: withExtra(quoteValues) };
    expect(mapQuote(withExtra(quote))).toStrictEqual({ s: 'ok', n: 'AAPL', v: quoteValues });
  });

  it('mapQuote maps an error quote to its reason only', () => {
    const quote = { s: 'error', n: 'NOPE', v: withExtra({ error: 'Unknown symbol "NOPE"' }) };
    expect(mapQuote(quote as QuoteIn)).toStrictEqual({
      s: 'error',
      n: 'NOPE',
      v: { error: 'Unknown symbol "NOPE"' },
    });
  });
});

describe('broker mappers', () => {
  it('mapOrder copies the required fields and leaves every absent optional absent', () => {
    const mapped = mapOrder(withExtra(order));
    expect(mapped).toStrictEqual(order);
    expect(Object.keys(mapped).sort()).toEqual(Object.keys(order).sort());
  });

  it('mapOrder keeps every optional field that is set', () => {
    const full: OrderIn = {
      ...order,
      type: OrderType.StopLimit,
      status: OrderStatus.Rejected,
      limitPrice: 101,
      stopPrice: 100,
      takeProfit: 110,
      stopLoss: 95,
      trailingStopPips: 20,
      guaranteedStop: 94,
      stopType: StopType.TrailingStop,
      parentId: 'AAPL',
      parentType: ParentType.Position,
      rejectReason: 'Not enough margin',
    };
    expect(mapOrder(full)).toStrictEqual(full);
  });

  it('mapOrder drops an optional field sent as undefined instead of keeping the key', () => {
    const mapped = mapOrder({ ...order, limitPrice: undefined, parentId: undefined });
    expect('limitPrice' in mapped).toBe(false);
    expect('parentId' in mapped).toBe(false);
  });

  it('mapPosition copies the position and only the brackets that are set', () => {
    const position: PositionIn = {
      id: 'AAPL',
      symbol: 'AAPL',
      qty: 5,
      side: Side.Sell,
      avgPrice: 190,
      unrealizedPl: -12.5,
    };
    const bare = mapPosition(withExtra(position));
    expect(bare).toStrictEqual(position);
    expect(Object.keys(bare)).toHaveLength(6);
    const bracketed = { ...position, stopLoss: 200, takeProfit: 180, trailingStopPips: 15 };
    expect(mapPosition(withExtra(bracketed))).toStrictEqual(bracketed);
  });

  it('mapExecution, mapEquity and mapAccount copy their fields only', () => {
    const execution = {
      id: '3',
      orderId: '7',
      symbol: 'AAPL',
      price: 190.12,
      qty: 10,
      side: Side.Buy,
      time: 1_700_000_000_500,
      commission: 1.9,
    };
    expect(mapExecution(withExtra(execution))).toStrictEqual(execution);
    const equity = {
      balance: 100_000,
      equity: 99_990,
      unrealizedPL: -10,
      realizedPL: 0,
      marginUsed: 1_901.2,
      marginAvailable: 98_088.8,
    };
    expect(mapEquity(withExtra(equity))).toStrictEqual(equity);
    const account = { id: 'acc-1', name: 'Paper', currency: 'USD' };
    expect(mapAccount(withExtra(account))).toStrictEqual(account);
  });

  it('mapBrokerConnection keeps message and disconnectType only when sent', () => {
    const info = { status: ConnectionStatus.Connected, timestamp: 1_700_000_000_000 };
    expect(mapBrokerConnection(withExtra(info))).toStrictEqual(info);
    const down = {
      status: ConnectionStatus.Disconnected,
      timestamp: 1_700_000_000_000,
      message: 'maintenance',
      disconnectType: 1,
    };
    expect(mapBrokerConnection(withExtra(down))).toStrictEqual(down);
  });

  it('mapOrderPreview keeps headers, confirmId, warnings and errors only when sent', () => {
    const bare = mapOrderPreview(
      withExtra({
        sections: [withExtra({ rows: [withExtra({ title: 'Price', value: '190.12' })] })],
      }),
    );
    expect(bare).toStrictEqual({ sections: [{ rows: [{ title: 'Price', value: '190.12' }] }] });
    expect('header' in bare.sections[0]!).toBe(false);

    const full = {
      sections: [{ header: 'Order', rows: [{ title: 'Value', value: '1,901.20' }] }, { rows: [] }],
      confirmId: 'c-1',
      warnings: ['Market closed: fills at the open'],
      errors: ['Not enough margin'],
    };
    const mapped = mapOrderPreview(full);
    expect(mapped).toStrictEqual(full);
    expect(mapped.warnings).not.toBe(full.warnings);
  });

  it('mapLeverageInfo and mapLeveragePreview copy what is there', () => {
    const info = { title: 'AAPL leverage', leverage: 2, min: 1, max: 5, step: 1 };
    expect(mapLeverageInfo(withExtra(info))).toStrictEqual(info);
    expect(mapLeveragePreview(withExtra({}))).toStrictEqual({});
    const preview = { infos: ['Margin 50%'], warnings: ['Risky'], errors: ['Too high'] };
    expect(mapLeveragePreview(withExtra(preview))).toStrictEqual(preview);
  });
});

describe('mapPreOrderToBackend', () => {
  it('sends the four required fields and nothing else for a plain market order', () => {
    const body = mapPreOrderToBackend({
      symbol: 'AAPL',
      type: OrderType.Market,
      side: Side.Sell,
      qty: 3,
    });
    expect(body).toStrictEqual({ symbol: 'AAPL', type: OrderType.Market, side: Side.Sell, qty: 3 });
  });

  it('sends every price, bracket and quote field that is set, and nothing unknown', () => {
    const order = {
      symbol: 'AAPL',
      type: OrderType.StopLimit,
      side: Side.Buy,
      qty: 3,
      limitPrice: 191,
      stopPrice: 190.5,
      takeProfit: 200,
      stopLoss: 185,
      trailingStopPips: 10,
      guaranteedStop: 184,
      stopType: StopType.StopLoss,
      seenPrice: 190.12,
    };
    const body = mapPreOrderToBackend(
      withExtra({ ...order, currentQuotes: withExtra({ ask: 190.12, bid: 190.08 }) }),
    );
    expect(body).toStrictEqual({ ...order, currentQuotes: { ask: 190.12, bid: 190.08 } });
  });

  it('leaves out an optional field set to undefined', () => {
    const body = mapPreOrderToBackend({
      symbol: 'AAPL',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 190,
      stopLoss: undefined,
    });
    expect(Object.keys(body).sort()).toEqual(['limitPrice', 'qty', 'side', 'symbol', 'type']);
  });

  it('mapBracketsToBackend sends only the brackets that are set', () => {
    expect(mapBracketsToBackend({})).toStrictEqual({});
    expect(
      mapBracketsToBackend(
        withExtra({ stopLoss: 185, takeProfit: undefined, trailingStopPips: 5 }),
      ),
    ).toStrictEqual({ stopLoss: 185, trailingStopPips: 5 });
  });
});
