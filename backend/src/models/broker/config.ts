// `GET /broker/config` (docs/broker.md#durations): what a client builds its order ticket from.
import { Type, type Static } from 'typebox';
import { OrderTypeSchema } from './enums.js';
import { DurationTypeSchema } from './orders.js';

export const BrokerConfigSchema = Type.Object(
  {
    durations: Type.Array(
      Type.Object({
        name: Type.String({ description: 'How a ticket shows it, e.g. "Good till cancelled"' }),
        value: DurationTypeSchema,
        default: Type.Optional(Type.Boolean()),
        hasDatetime: Type.Optional(
          Type.Boolean({ description: 'The duration takes a datetime (GTD)' }),
        ),
      }),
    ),
    orderTypes: Type.Array(Type.Object({ name: Type.String(), value: OrderTypeSchema })),
    supportsBrackets: Type.Boolean(),
    supportsTrailingStop: Type.Boolean(),
    supportsLeverage: Type.Boolean(),
    leverage: Type.Object({
      min: Type.Number(),
      max: Type.Number(),
      step: Type.Number(),
      default: Type.Number(),
    }),
    commissionRate: Type.Number({ description: 'Commission as a fraction of traded value' }),
  },
  { title: 'BrokerConfig' },
);
export type BrokerConfig = Static<typeof BrokerConfigSchema>;
