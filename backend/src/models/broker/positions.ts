import { Type, type Static } from 'typebox';
import { SideSchema } from './enums.js';

export const PositionSchema = Type.Object(
  {
    id: Type.String({ description: 'The symbol: one net position per symbol' }),
    symbol: Type.String(),
    qty: Type.Number({ minimum: 0, description: '0 means closed' }),
    side: SideSchema,
    avgPrice: Type.Number(),
    stopLoss: Type.Optional(Type.Number()),
    takeProfit: Type.Optional(Type.Number()),
    trailingStopPips: Type.Optional(Type.Number()),
    unrealizedPl: Type.Number(),
  },
  { title: 'Position' },
);
export type Position = Static<typeof PositionSchema>;

export const BracketsSchema = Type.Object(
  {
    stopLoss: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    takeProfit: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    trailingStopPips: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    guaranteedStop: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
  },
  { additionalProperties: false, title: 'Brackets' },
);
export type Brackets = Static<typeof BracketsSchema>;

export const ClosePositionQuerySchema = Type.Object({
  amount: Type.Optional(
    Type.String({ maxLength: 32, description: 'Quantity to close; all when absent' }),
  ),
});
