import { Type, type Static } from 'typebox';
import { TickerSchema } from '../market/instruments.js';
import { OrderTypeSchema, SideSchema } from './enums.js';

export const LeverageInfoQuerySchema = Type.Object({
  symbol: TickerSchema,
  orderType: Type.Optional(OrderTypeSchema),
  side: Type.Optional(SideSchema),
});

export const LeverageInfoSchema = Type.Object(
  {
    title: Type.String(),
    leverage: Type.Number(),
    min: Type.Number(),
    max: Type.Number(),
    step: Type.Number(),
  },
  { title: 'LeverageInfo' },
);
export type LeverageInfo = Static<typeof LeverageInfoSchema>;

export const LeverageSetParamsSchema = Type.Object(
  {
    symbol: TickerSchema,
    orderType: Type.Optional(OrderTypeSchema),
    side: Type.Optional(SideSchema),
    leverage: Type.Number(),
  },
  { additionalProperties: false, title: 'LeverageSetParams' },
);
export type LeverageSetParams = Static<typeof LeverageSetParamsSchema>;

export const LeverageSetResultSchema = Type.Object(
  { leverage: Type.Number() },
  { title: 'LeverageSetResult' },
);

export const LeveragePreviewResultSchema = Type.Object(
  {
    infos: Type.Optional(Type.Array(Type.String())),
    warnings: Type.Optional(Type.Array(Type.String())),
    errors: Type.Optional(Type.Array(Type.String())),
  },
  { title: 'LeveragePreviewResult' },
);
