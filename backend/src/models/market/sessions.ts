// The trading hours of an instrument, the answer of `/sessions` (docs/contract.md#rest): what a
// process without the market simulator (a broker in another process) needs for DAY orders and
// for knowing whether a quote is in session.
import { Type, type Static } from 'typebox';
import { MAX_UNIX_SECONDS } from '../common.js';
import { TickerSchema } from './instruments.js';

const UnixMsSchema = (description: string) =>
  Type.Integer({ minimum: 0, maximum: MAX_UNIX_SECONDS * 1000 + 999, description });

export const SessionsQuerySchema = Type.Object(
  {
    symbol: TickerSchema,
    from: Type.Optional(
      UnixMsSchema('The instant to list from, Unix milliseconds; the server time when absent'),
    ),
    count: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 60, default: 10, description: 'How many sessions' }),
    ),
  },
  { additionalProperties: false },
);
export type SessionsQuery = Static<typeof SessionsQuerySchema>;

export const TradingSessionSchema = Type.Object(
  {
    open: Type.Integer({ description: 'Opening instant, Unix milliseconds (inclusive)' }),
    close: Type.Integer({ description: 'Closing instant, Unix milliseconds (exclusive)' }),
  },
  { title: 'TradingSession' },
);

export const SessionsResponseSchema = Type.Object(
  {
    symbol: Type.String(),
    timezone: Type.String({ description: "The exchange's IANA timezone" }),
    sessions: Type.Array(TradingSessionSchema, {
      description:
        'In time order: the session in progress at `from` when the market is open then, and the next ones',
    }),
  },
  { title: 'Sessions' },
);
export type SessionsResponse = Static<typeof SessionsResponseSchema>;
