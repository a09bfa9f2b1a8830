import { Type, type Static } from 'typebox';
import { InstrumentTypeSchema } from './instruments.js';

export const SearchQuerySchema = Type.Object(
  {
    user_input: Type.String({ maxLength: 100, default: '' }),
    exchange: Type.Optional(Type.String({ maxLength: 32 })),
    symbol_type: Type.Optional(Type.String({ maxLength: 32 })),
    max_results: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuerySchema>;

export const SearchResultItemSchema = Type.Object(
  {
    symbol: Type.String(),
    full_name: Type.String({ description: 'EXCHANGE:TICKER' }),
    description: Type.String(),
    exchange: Type.String(),
    ticker: Type.String(),
    type: InstrumentTypeSchema,
  },
  { title: 'SearchSymbolResultItem' },
);
export type SearchResultItem = Static<typeof SearchResultItemSchema>;
