// `GET /broker/snapshot` (docs/broker.md#change-sequence): an account as of one change, in one read.
import { Type, type Static } from 'typebox';
import { AccountMetainfoSchema, EquityDataSchema } from './account.js';
import { ExecutionSchema } from './executions.js';
import { PlacedOrderSchema } from './orders.js';
import { PositionSchema } from './positions.js';

export const SnapshotSchema = Type.Object(
  {
    seq: Type.Integer({
      minimum: 0,
      description: 'The account change this answer reflects; drop pushes with a lower seq',
    }),
    account: AccountMetainfoSchema,
    orders: Type.Array(PlacedOrderSchema, { description: 'Every order, oldest first' }),
    positions: Type.Array(PositionSchema),
    equity: EquityDataSchema,
    executions: Type.Array(ExecutionSchema, { description: 'Every execution, oldest first' }),
  },
  { title: 'BrokerSnapshot' },
);
export type Snapshot = Static<typeof SnapshotSchema>;
