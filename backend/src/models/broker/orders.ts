import { Type, type Static } from 'typebox';
import { TickerSchema } from '../market/instruments.js';
import {
  OrderStatusSchema,
  OrderTypeSchema,
  ParentTypeSchema,
  SideSchema,
  StopTypeSchema,
} from './enums.js';

const Price = Type.Number({ exclusiveMinimum: 0, maximum: 1e12 });

/** Latest instant a time parameter may name: 9999-12-31T23:59:59.999Z, in Unix milliseconds. */
export const MAX_TIME_MS = 253_402_300_799_999;

export const DurationTypeSchema = Type.Enum(['GTC', 'DAY', 'GTD', 'IOC', 'FOK'], {
  type: 'string',
  title: 'DurationType',
  description:
    'GTC good till cancelled (default); DAY until the close of the instrument’s current or next session; GTD until `datetime`; IOC and FOK fill at once or are Canceled',
});

/** TradingView's order duration (time in force). */
export const OrderDurationSchema = Type.Object(
  {
    type: DurationTypeSchema,
    datetime: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: MAX_TIME_MS,
        description: 'GTD only: when the order expires, Unix milliseconds (in the future)',
      }),
    ),
  },
  { additionalProperties: false, title: 'OrderDuration' },
);

/** TradingView's PreOrder: what a client asks to place (or to change an order into). */
export const PreOrderSchema = Type.Object(
  {
    symbol: TickerSchema,
    type: OrderTypeSchema,
    side: SideSchema,
    qty: Type.Number({ exclusiveMinimum: 0, maximum: 1e9 }),
    limitPrice: Type.Optional(Price),
    stopPrice: Type.Optional(Price),
    takeProfit: Type.Optional(Price),
    stopLoss: Type.Optional(Price),
    guaranteedStop: Type.Optional(Price),
    trailingStopPips: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1e9 })),
    stopType: Type.Optional(StopTypeSchema),
    duration: Type.Optional(OrderDurationSchema),
    seenPrice: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 1e12,
        description: 'The price the client saw; the preview warns when the market moved since',
      }),
    ),
    currentQuotes: Type.Optional(
      Type.Object(
        { ask: Price, bid: Price },
        {
          additionalProperties: false,
          description:
            'The quote the client saw (when no seenPrice): the preview warns when the market moved since',
        },
      ),
    ),
  },
  { additionalProperties: false, title: 'PreOrder' },
);
export type PreOrder = Static<typeof PreOrderSchema>;

export const PlacedOrderSchema = Type.Object(
  {
    id: Type.String(),
    symbol: Type.String(),
    type: OrderTypeSchema,
    side: SideSchema,
    qty: Type.Number(),
    limitPrice: Type.Optional(Type.Number()),
    stopPrice: Type.Optional(Type.Number()),
    takeProfit: Type.Optional(Type.Number()),
    stopLoss: Type.Optional(Type.Number()),
    guaranteedStop: Type.Optional(Type.Number()),
    trailingStopPips: Type.Optional(Type.Number()),
    stopType: Type.Optional(StopTypeSchema),
    status: OrderStatusSchema,
    filledQty: Type.Number(),
    avgPrice: Type.Number({ description: 'Average fill price; 0 until filled' }),
    updateTime: Type.Integer({ description: 'Unix milliseconds of the last change' }),
    parentId: Type.Optional(Type.String()),
    parentType: Type.Optional(ParentTypeSchema),
    rejectReason: Type.Optional(Type.String({ description: 'Why a Rejected order was refused' })),
    cancelReason: Type.Optional(
      Type.Enum(['expired', 'unfilled', 'reset'], {
        type: 'string',
        description:
          'Why the broker Canceled the order: its duration expired, an IOC/FOK order could not fill at once, or the account was reset',
      }),
    ),
    duration: Type.Optional(OrderDurationSchema),
    expiresAt: Type.Optional(
      Type.Integer({ description: 'When a DAY or GTD order expires, Unix milliseconds' }),
    ),
  },
  { title: 'PlacedOrder' },
);
export type PlacedOrder = Static<typeof PlacedOrderSchema>;

export const PlaceOrderResultSchema = Type.Object(
  { orderId: Type.String() },
  { title: 'PlaceOrderResult' },
);

export const ActionResultSchema = Type.Object(
  { success: Type.Literal(true), message: Type.String() },
  { title: 'ActionResult' },
);

export const OrderIdParamsSchema = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,15}$' }) });

export const OrderPreviewResultSchema = Type.Object(
  {
    sections: Type.Array(
      Type.Object({
        header: Type.Optional(Type.String()),
        rows: Type.Array(Type.Object({ title: Type.String(), value: Type.String() })),
      }),
    ),
    confirmId: Type.Optional(Type.String()),
    warnings: Type.Optional(Type.Array(Type.String())),
    errors: Type.Optional(Type.Array(Type.String())),
  },
  { title: 'OrderPreviewResult' },
);
export type OrderPreviewResult = Static<typeof OrderPreviewResultSchema>;

export const IdempotencyHeadersSchema = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
});
