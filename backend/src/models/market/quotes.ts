import { Type, type Static } from 'typebox';
import { TickerSchema } from './instruments.js';

export const QuoteValuesSchema = Type.Object(
  {
    ch: Type.Number({ description: 'Change from the previous close' }),
    chp: Type.Number({ description: 'Change from the previous close, percent' }),
    short_name: Type.String(),
    exchange: Type.String(),
    description: Type.String(),
    lp: Type.Number({ description: 'Last price' }),
    ask: Type.Number(),
    bid: Type.Number(),
    spread: Type.Number(),
    open_price: Type.Number(),
    high_price: Type.Number(),
    low_price: Type.Number(),
    prev_close_price: Type.Number(),
    volume: Type.Number(),
  },
  { title: 'QuoteValues' },
);
export type QuoteValues = Static<typeof QuoteValuesSchema>;

export const QuoteDataSchema = Type.Union(
  [
    Type.Object({ s: Type.Literal('ok'), n: Type.String(), v: QuoteValuesSchema }),
    Type.Object({
      s: Type.Literal('error'),
      n: Type.String(),
      v: Type.Object({ error: Type.String() }),
    }),
  ],
  { title: 'QuoteData' },
);
export type QuoteData = Static<typeof QuoteDataSchema>;

export const QuotesRequestSchema = Type.Object(
  { symbols: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 200 }) },
  { additionalProperties: false, title: 'QuotesRequest' },
);

/** Params of the `quotes` WebSocket route. */
export const QuotesParamsSchema = Type.Object(
  {
    symbols: Type.Array(TickerSchema, { maxItems: 200 }),
    fast_symbols: Type.Array(TickerSchema, { maxItems: 200 }),
  },
  { additionalProperties: false, title: 'QuotesParams' },
);
export type QuotesParams = Static<typeof QuotesParamsSchema>;
