import { Type, type Static } from 'typebox';
import { SideSchema } from './enums.js';

export const ExecutionSchema = Type.Object(
  {
    id: Type.String(),
    orderId: Type.String(),
    symbol: Type.String(),
    price: Type.Number(),
    qty: Type.Number(),
    side: SideSchema,
    time: Type.Integer({ description: 'Unix milliseconds' }),
    commission: Type.Number(),
  },
  { title: 'Execution' },
);
export type Execution = Static<typeof ExecutionSchema>;
