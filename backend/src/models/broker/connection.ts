import { Type, type Static } from 'typebox';
import { ConnectionStatusSchema } from './enums.js';

export const BrokerConnectionSchema = Type.Object(
  {
    status: ConnectionStatusSchema,
    message: Type.Optional(Type.String()),
    disconnectType: Type.Optional(Type.Integer()),
    timestamp: Type.Integer({ description: 'Unix milliseconds' }),
  },
  { title: 'BrokerConnectionStatus' },
);
export type BrokerConnection = Static<typeof BrokerConnectionSchema>;
