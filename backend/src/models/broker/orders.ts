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
    seenPrice: Type.Optional(Type.Number()),
    currentQuotes: Type.Optional(
      Type.Object({ ask: Type.Number(), bid: Type.Number() }, { additionalProperties: false }),
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
