// The one place that knows the backend's wire types (generated into clients_generated/ from the
// OpenAPI and AsyncAPI documents). Every answer and update passes through a `mapX` here and
// leaves as a frontend type, so a backend schema change breaks this file's type check rather
// than a component, and the rest of the app never depends on generated names. The rule is
// enforced by dependency-cruiser (`generated-types-only-in-mappers`).
import type {
  operations as Operations_Api_Backend,
  paths as Paths_Api_Backend,
} from '../clients_generated/api';
import type {
  BarsUpdateFrame as BarsUpdate_Ws_Backend,
  QuotesUpdateFrame as QuotesUpdate_Ws_Backend,
} from '../clients_generated/ws/datafeed';
import type {
  BrokerConnectionUpdateFrame as BrokerConnectionUpdate_Ws_Backend,
  EquityUpdateFrame as EquityUpdate_Ws_Backend,
  ExecutionsUpdateFrame as ExecutionsUpdate_Ws_Backend,
  OrdersUpdateFrame as OrdersUpdate_Ws_Backend,
  PositionsUpdateFrame as PositionsUpdate_Ws_Backend,
} from '../clients_generated/ws/broker';
import type {
  AccountMetainfo,
  AccountSnapshot,
  Brackets,
  BrokerConfig,
  BrokerConnectionInfo,
  EquityData,
  Execution,
  LeverageInfo,
  LeveragePreviewResult,
  Order,
  OrderPreviewResult,
  Position,
  PreOrder,
} from '../types/broker';
import type {
  Bar,
  DatafeedConfiguration,
  QuoteData,
  SearchSymbolResultItem,
  SymbolInfo,
} from '../types/market';

/** The REST paths, for the typed client in apiClient.ts. */
export type ApiPaths = Paths_Api_Backend;

type Ok<Op extends keyof Operations_Api_Backend> = Operations_Api_Backend[Op] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : Operations_Api_Backend[Op] extends {
        responses: { 201: { content: { 'application/json': infer Created } } };
      }
    ? Created
    : never;
type RequestBody<Op extends keyof Operations_Api_Backend> = Operations_Api_Backend[Op] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
type UpdateData<Frame extends { payload: { payload: unknown } }> = Frame['payload']['payload'];

type Configuration_Api_Backend = Ok<'getDatafeedConfiguration'>;
type SearchItem_Api_Backend = Ok<'searchSymbols'>[number];
type SymbolInfo_Api_Backend = Ok<'resolveSymbol'>;
type Bar_Api_Backend = Ok<'getBars'>['bars'][number];
type Quote_Api_Backend = Ok<'getQuotes'>[number];
type Order_Api_Backend = Ok<'getOrders'>[number];
type Position_Api_Backend = Ok<'getPositions'>[number];
type Execution_Api_Backend = Ok<'getExecutions'>[number];
type Equity_Api_Backend = Ok<'getEquity'>;
type Account_Api_Backend = Ok<'getAccount'>;
type OrderPreview_Api_Backend = Ok<'previewOrder'>;
type LeverageInfo_Api_Backend = Ok<'getLeverageInfo'>;
type LeveragePreview_Api_Backend = Ok<'previewLeverage'>;
type Snapshot_Api_Backend = Ok<'getSnapshot'>;
type BrokerConfig_Api_Backend = Ok<'getBrokerConfig'>;
type CreatedAccount_Api_Backend = Ok<'createAccount'>;
type PreOrder_Api_Backend = RequestBody<'placeOrder'>;
type Brackets_Api_Backend = RequestBody<'setPositionBrackets'>;

/** Copies the optional fields that are set, so an absent field stays absent. */
function optional<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
  return picked;
}

export function mapConfiguration(c: Configuration_Api_Backend): DatafeedConfiguration {
  return {
    supported_resolutions: [...c.supported_resolutions],
    exchanges: c.exchanges.map((e) => ({ value: e.value, name: e.name, desc: e.desc })),
    symbols_types: c.symbols_types.map((t) => ({ name: t.name, value: t.value })),
    supports_search: c.supports_search,
    supports_group_request: c.supports_group_request,
    supports_marks: c.supports_marks,
    supports_timescale_marks: c.supports_timescale_marks,
    supports_time: c.supports_time,
  };
}

export function mapSearchItem(item: SearchItem_Api_Backend): SearchSymbolResultItem {
  return {
    symbol: item.symbol,
    full_name: item.full_name,
    description: item.description,
    exchange: item.exchange,
    ticker: item.ticker,
    type: item.type,
  };
}

export function mapSymbolInfo(info: SymbolInfo_Api_Backend): SymbolInfo {
  return {
    name: info.name,
    ticker: info.ticker,
    description: info.description,
    type: info.type,
    session: info.session,
    timezone: info.timezone,
    exchange: info.exchange,
    listed_exchange: info.listed_exchange,
    format: info.format,
    pricescale: info.pricescale,
    minmov: info.minmov,
    has_intraday: info.has_intraday,
    has_daily: info.has_daily,
    has_weekly_and_monthly: info.has_weekly_and_monthly,
    supported_resolutions: [...info.supported_resolutions],
    volume_precision: info.volume_precision,
    data_status: info.data_status,
    qty: { min: info.qty.min, max: info.qty.max, step: info.qty.step },
    ...optional(info, ['currency_code']),
  };
}

export function mapBar(bar: Bar_Api_Backend | UpdateData<BarsUpdate_Ws_Backend>): Bar {
  return {
    time: bar.time,
    open: bar.open,
    high: bar.high,
    low: bar.low,
    close: bar.close,
    volume: bar.volume,
  };
}

export function mapQuote(
  quote: Quote_Api_Backend | UpdateData<QuotesUpdate_Ws_Backend>,
): QuoteData {
  if (quote.s === 'error') return { s: 'error', n: quote.n, v: { error: quote.v.error } };
  const v = quote.v;
  return {
    s: 'ok',
    n: quote.n,
    v: {
      ch: v.ch,
      chp: v.chp,
      short_name: v.short_name,
      exchange: v.exchange,
      description: v.description,
      lp: v.lp,
      ask: v.ask,
      bid: v.bid,
      spread: v.spread,
      open_price: v.open_price,
      high_price: v.high_price,
      low_price: v.low_price,
      prev_close_price: v.prev_close_price,
      volume: v.volume,
    },
  };
}

const BRACKET_KEYS = ['stopLoss', 'takeProfit', 'trailingStopPips', 'guaranteedStop'] as const;
const PRICE_KEYS = [...BRACKET_KEYS, 'limitPrice', 'stopPrice', 'stopType'] as const;
const PRE_ORDER_OPTIONAL_KEYS = [...PRICE_KEYS, 'seenPrice'] as const;
const ORDER_OPTIONAL_KEYS = [
  ...PRICE_KEYS,
  'parentId',
  'parentType',
  'rejectReason',
  'cancelReason',
  'expiresAt',
] as const;

export function mapOrder(order: Order_Api_Backend | UpdateData<OrdersUpdate_Ws_Backend>): Order {
  return {
    id: order.id,
    symbol: order.symbol,
    type: order.type,
    side: order.side,
    qty: order.qty,
    status: order.status,
    filledQty: order.filledQty,
    avgPrice: order.avgPrice,
    updateTime: order.updateTime,
    ...optional(order, ORDER_OPTIONAL_KEYS),
    ...(order.duration ? { duration: { ...order.duration } } : {}),
  };
}

export function mapPosition(
  position: Position_Api_Backend | UpdateData<PositionsUpdate_Ws_Backend>,
): Position {
  return {
    id: position.id,
    symbol: position.symbol,
    qty: position.qty,
    side: position.side,
    avgPrice: position.avgPrice,
    unrealizedPl: position.unrealizedPl,
    ...optional(position, ['stopLoss', 'takeProfit', 'trailingStopPips']),
  };
}

export function mapExecution(
  execution: Execution_Api_Backend | UpdateData<ExecutionsUpdate_Ws_Backend>,
): Execution {
  return {
    id: execution.id,
    orderId: execution.orderId,
    symbol: execution.symbol,
    price: execution.price,
    qty: execution.qty,
    side: execution.side,
    time: execution.time,
    commission: execution.commission,
  };
}

export function mapEquity(
  equity: Equity_Api_Backend | UpdateData<EquityUpdate_Ws_Backend>,
): EquityData {
  return {
    balance: equity.balance,
    equity: equity.equity,
    unrealizedPL: equity.unrealizedPL,
    realizedPL: equity.realizedPL,
    marginUsed: equity.marginUsed,
    marginAvailable: equity.marginAvailable,
  };
}

export function mapAccount(
  account: Account_Api_Backend | CreatedAccount_Api_Backend,
): AccountMetainfo {
  return { id: account.id, name: account.name, currency: account.currency };
}

export function mapSnapshot(snapshot: Snapshot_Api_Backend): AccountSnapshot {
  return {
    seq: snapshot.seq,
    account: mapAccount(snapshot.account),
    orders: snapshot.orders.map(mapOrder),
    positions: snapshot.positions.map(mapPosition),
    equity: mapEquity(snapshot.equity),
    executions: snapshot.executions.map(mapExecution),
  };
}

export function mapBrokerConfig(config: BrokerConfig_Api_Backend): BrokerConfig {
  return {
    durations: config.durations.map((d) => ({
      name: d.name,
      value: d.value,
      ...optional(d, ['default', 'hasDatetime']),
    })),
    orderTypes: config.orderTypes.map((t) => ({ name: t.name, value: t.value })),
    supportsBrackets: config.supportsBrackets,
    supportsTrailingStop: config.supportsTrailingStop,
    supportsLeverage: config.supportsLeverage,
    leverage: { ...config.leverage },
    commissionRate: config.commissionRate,
  };
}

export function mapBrokerConnection(
  info: UpdateData<BrokerConnectionUpdate_Ws_Backend>,
): BrokerConnectionInfo {
  return {
    status: info.status,
    timestamp: info.timestamp,
    ...optional(info, ['message', 'disconnectType']),
  };
}

export function mapOrderPreview(preview: OrderPreview_Api_Backend): OrderPreviewResult {
  return {
    sections: preview.sections.map((section) => ({
      ...optional(section, ['header']),
      rows: section.rows.map((row) => ({ title: row.title, value: row.value })),
    })),
    ...optional(preview, ['confirmId']),
    ...(preview.warnings ? { warnings: [...preview.warnings] } : {}),
    ...(preview.errors ? { errors: [...preview.errors] } : {}),
  };
}

export function mapLeverageInfo(info: LeverageInfo_Api_Backend): LeverageInfo {
  return {
    title: info.title,
    leverage: info.leverage,
    min: info.min,
    max: info.max,
    step: info.step,
  };
}

export function mapLeveragePreview(preview: LeveragePreview_Api_Backend): LeveragePreviewResult {
  return {
    ...(preview.infos ? { infos: [...preview.infos] } : {}),
    ...(preview.warnings ? { warnings: [...preview.warnings] } : {}),
    ...(preview.errors ? { errors: [...preview.errors] } : {}),
  };
}

/** The other direction: the ticket's order as the backend's request body. */
export function mapPreOrderToBackend(order: PreOrder): PreOrder_Api_Backend {
  return {
    symbol: order.symbol,
    type: order.type,
    side: order.side,
    qty: order.qty,
    ...optional(order, PRE_ORDER_OPTIONAL_KEYS),
    ...(order.duration ? { duration: { ...order.duration } } : {}),
    ...(order.currentQuotes
      ? { currentQuotes: { ask: order.currentQuotes.ask, bid: order.currentQuotes.bid } }
      : {}),
  };
}

export function mapBracketsToBackend(brackets: Brackets): Brackets_Api_Backend {
  return optional(brackets, BRACKET_KEYS);
}
