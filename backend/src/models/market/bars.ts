import { Type, type Static } from 'typebox';
import { UnixSecondsSchema } from '../common.js';
import { ResolutionSchema, TickerSchema } from './instruments.js';

export const BarSchema = Type.Object(
  {
    time: Type.Integer({ description: 'Bar open time, Unix milliseconds' }),
    open: Type.Number(),
    high: Type.Number(),
    low: Type.Number(),
    close: Type.Number(),
    volume: Type.Number({ minimum: 0 }),
  },
  { title: 'Bar' },
);
export type Bar = Static<typeof BarSchema>;

export const BarsQuerySchema = Type.Object(
  {
    symbol: TickerSchema,
    resolution: ResolutionSchema,
    from_time: UnixSecondsSchema('Range start, Unix seconds (inclusive), at most 9999-12-31'),
    to_time: UnixSecondsSchema('Range end, Unix seconds (exclusive), at most 9999-12-31'),
    count_back: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 20_000,
        description: 'At least this many bars ending before to_time, when history allows',
      }),
    ),
  },
  { additionalProperties: false },
);
export type BarsQuery = Static<typeof BarsQuerySchema>;

export const BarsResponseSchema = Type.Object(
  {
    bars: Type.Array(BarSchema),
    no_data: Type.Boolean({ description: 'True when nothing exists before the requested range' }),
  },
  { title: 'BarsResponse' },
);
export type BarsResponse = Static<typeof BarsResponseSchema>;

/** Params of the `bars` WebSocket route. */
export const BarsParamsSchema = Type.Object(
  { symbol: TickerSchema, resolution: ResolutionSchema },
  { additionalProperties: false, title: 'BarsParams' },
);
export type BarsParams = Static<typeof BarsParamsSchema>;
