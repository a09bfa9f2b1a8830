// TradingView's UDF protocol (the HTTP datafeed its `UDFCompatibleDatafeed` adapter speaks):
// its query parameters and answers, with UDF's own field names. Domain failures answer HTTP 200
// with `{ s: "error", errmsg }` as UDF servers do; only malformed requests are 400s.
import { Type, type Static } from 'typebox';
import { UnixSecondsSchema } from '../../../models/common.js';
import { SymbolInfoSchema } from '../../../models/market/instruments.js';
import { QuoteDataSchema } from '../../../models/market/quotes.js';
import { SearchResultItemSchema } from '../../../models/market/search.js';

/**
 * Loose on purpose: a symbol or resolution the datafeed does not know is a UDF error answer,
 * not a validation failure, so the chart shows "unknown symbol" instead of a broken request.
 */
const UdfSymbolParamSchema = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'Ticker or EXCHANGE:TICKER',
});

export const UdfErrorSchema = Type.Object(
  { s: Type.Literal('error'), errmsg: Type.String() },
  { title: 'UdfError' },
);
export type UdfError = Static<typeof UdfErrorSchema>;

export const UdfSymbolQuerySchema = Type.Object(
  { symbol: UdfSymbolParamSchema },
  { additionalProperties: false },
);

/** LibrarySymbolInfo plus the legacy UDF aliases older adapters read. */
export const UdfSymbolInfoSchema = Type.Object(
  {
    ...SymbolInfoSchema.properties,
    'exchange-listed': Type.String({ description: 'Legacy alias of listed_exchange' }),
    'exchange-traded': Type.String({ description: 'Legacy alias of exchange' }),
    minmovement: Type.Integer({ minimum: 1, description: 'Legacy alias of minmov' }),
  },
  { title: 'UdfSymbolInfo' },
);
export type UdfSymbolInfo = Static<typeof UdfSymbolInfoSchema>;

export const UdfSymbolResponseSchema = Type.Union([UdfSymbolInfoSchema, UdfErrorSchema]);

export const UdfSearchQuerySchema = Type.Object(
  {
    query: Type.String({ maxLength: 100, default: '', description: 'Text typed by the user' }),
    type: Type.Optional(
      Type.String({ maxLength: 32, description: 'Instrument type; empty = all' }),
    ),
    exchange: Type.Optional(Type.String({ maxLength: 32, description: 'Exchange; empty = all' })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type UdfSearchQuery = Static<typeof UdfSearchQuerySchema>;

export const UdfSearchResponseSchema = Type.Array(SearchResultItemSchema);

export const UdfHistoryQuerySchema = Type.Object(
  {
    symbol: UdfSymbolParamSchema,
    resolution: Type.String({
      minLength: 1,
      maxLength: 8,
      description: 'TradingView resolution, e.g. 1, 60, 1D (D and W are accepted)',
    }),
    from: UnixSecondsSchema('Range start, Unix seconds (inclusive), at most 9999-12-31'),
    to: UnixSecondsSchema(
      'Range end, Unix seconds, at most 9999-12-31; exclusive, as the adapter passes TradingView’s PeriodParams.to',
    ),
    countback: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 20_000,
        description: 'At least this many bars ending before `to`, when history allows',
      }),
    ),
  },
  { additionalProperties: false },
);
export type UdfHistoryQuery = Static<typeof UdfHistoryQuerySchema>;

export const UdfHistoryOkSchema = Type.Object(
  {
    s: Type.Literal('ok'),
    t: Type.Array(Type.Integer(), { description: 'Bar open times, Unix seconds, ascending' }),
    o: Type.Array(Type.Number()),
    h: Type.Array(Type.Number()),
    l: Type.Array(Type.Number()),
    c: Type.Array(Type.Number()),
    v: Type.Array(Type.Number()),
  },
  { title: 'UdfHistory' },
);
export type UdfHistoryOk = Static<typeof UdfHistoryOkSchema>;

export const UdfNoDataSchema = Type.Object(
  {
    s: Type.Literal('no_data'),
    nextTime: Type.Optional(
      Type.Integer({ description: 'Open time of the closest earlier bar, Unix seconds' }),
    ),
  },
  { title: 'UdfNoData' },
);
export type UdfNoData = Static<typeof UdfNoDataSchema>;

export const UdfHistoryResponseSchema = Type.Union([
  UdfHistoryOkSchema,
  UdfNoDataSchema,
  UdfErrorSchema,
]);

export const UdfQuotesQuerySchema = Type.Object(
  {
    symbols: Type.String({
      minLength: 1,
      maxLength: 8192,
      description: 'Comma-separated tickers, e.g. AAPL,MSFT',
    }),
  },
  { additionalProperties: false },
);

export const UdfQuotesResponseSchema = Type.Object(
  { s: Type.Literal('ok'), d: Type.Array(QuoteDataSchema) },
  { title: 'UdfQuotes' },
);

export const UdfTimeSchema = Type.String({
  pattern: '^[0-9]+$',
  description: 'Server time, Unix seconds, as plain text',
});
