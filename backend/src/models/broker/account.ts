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

/** `POST /accounts`: a new paper account (docs/broker.md#accounts). */
export const CreateAccountSchema = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'Shown in the account switcher',
    }),
    currency: Type.Optional(
      Type.String({
        pattern: '^[A-Z]{3}$',
        description: 'The account currency, one the catalogue converts (default USD)',
      }),
    ),
    deposit: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 1e9,
        description: 'Initial deposit in the account currency (default 100,000)',
      }),
    ),
  },
  { additionalProperties: false, title: 'CreateAccount' },
);
export type CreateAccount = Static<typeof CreateAccountSchema>;

export const RenameAccountSchema = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false, title: 'RenameAccount' },
);

export const AccountIdParamsSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' }),
});
