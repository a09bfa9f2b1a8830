import { Type, type Static } from 'typebox';

export const AccountMetainfoSchema = Type.Object(
  { id: Type.String(), name: Type.String(), currency: Type.String() },
  { title: 'AccountMetainfo' },
);
export type AccountMetainfo = Static<typeof AccountMetainfoSchema>;

export const EquityDataSchema = Type.Object(
  {
    balance: Type.Number({ description: 'Deposit + realised P&L − commissions' }),
    equity: Type.Number({ description: 'Balance + unrealised P&L' }),
    unrealizedPL: Type.Number(),
    realizedPL: Type.Number({ description: 'Gross of commissions' }),
    marginUsed: Type.Number(),
    marginAvailable: Type.Number(),
  },
  { title: 'EquityData' },
);
export type EquityData = Static<typeof EquityDataSchema>;

/** Params of every broker WebSocket route. */
export const AccountParamsSchema = Type.Object(
  { accountId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false, title: 'AccountParams' },
);
