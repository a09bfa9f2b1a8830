// TradingView's LibrarySymbolInfo, the answer of `/resolve/{symbol}` (docs/contract.md#rest).
import { Type, type Static } from 'typebox';

export const InstrumentTypeSchema = Type.Enum(['stock', 'crypto', 'forex', 'index'], {
  type: 'string',
  title: 'InstrumentType',
});
export type InstrumentType = Static<typeof InstrumentTypeSchema>;

// A plain string enum (not a union of literals) so a wrong value gets one clear message.
export const ResolutionSchema = Type.Enum(['1', '5', '15', '30', '60', '240', '1D', '1W'], {
  type: 'string',
  title: 'Resolution',
  description: 'TradingView resolution string',
});

/** An instrument is named everywhere by its ticker (docs/contract.md#naming). */
export const TickerSchema = Type.String({
  minLength: 1,
  maxLength: 32,
  pattern: '^[A-Za-z0-9._:-]+$',
  description: 'Instrument ticker, e.g. AAPL, BTCUSD, EURUSD',
});

export const SymbolInfoSchema = Type.Object(
  {
    name: Type.String(),
    ticker: Type.String(),
    description: Type.String(),
    type: InstrumentTypeSchema,
    session: Type.String({ description: 'TradingView session string, e.g. 0930-1600 or 24x7' }),
    timezone: Type.String({ description: 'IANA timezone of the session, e.g. America/New_York' }),
    exchange: Type.String(),
    listed_exchange: Type.String(),
    format: Type.Literal('price'),
    pricescale: Type.Integer({ minimum: 1 }),
    minmov: Type.Integer({ minimum: 1 }),
    has_intraday: Type.Boolean(),
    has_daily: Type.Boolean(),
    has_weekly_and_monthly: Type.Boolean(),
    supported_resolutions: Type.Array(ResolutionSchema),
    volume_precision: Type.Integer({ minimum: 0 }),
    data_status: Type.Union([
      Type.Literal('streaming'),
      Type.Literal('endofday'),
      Type.Literal('delayed_streaming'),
    ]),
    session_holidays: Type.Optional(Type.String()),
    currency_code: Type.Optional(Type.String()),
    qty: Type.Object(
      {
        min: Type.Number({ exclusiveMinimum: 0, description: 'Smallest order quantity' }),
        max: Type.Number({ exclusiveMinimum: 0, description: 'Largest order quantity' }),
        step: Type.Number({
          exclusiveMinimum: 0,
          description: 'Quantities are multiples of it (0.0001 BTC, 1000 units of a currency)',
        }),
      },
      {
        title: 'QtyRules',
        description: 'TradingView’s symbolInfo.qty: the quantities an order of it may have',
      },
    ),
  },
  { title: 'SymbolInfo' },
);
export type SymbolInfo = Static<typeof SymbolInfoSchema>;
