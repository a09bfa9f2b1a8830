// The broker's REST surface (SPEC §3). Every path acts on the caller's account; until
// authentication exists that is the configured default account.
import { Type } from 'typebox';
import { errorResponses, ErrorSchema } from '../../models/common.js';
import { AccountMetainfoSchema, EquityDataSchema } from '../../models/broker/account.js';
import { ExecutionSchema } from '../../models/broker/executions.js';
import {
  LeverageInfoQuerySchema,
  LeverageInfoSchema,
  LeveragePreviewResultSchema,
  LeverageSetParamsSchema,
  LeverageSetResultSchema,
} from '../../models/broker/leverage.js';
import {
  ActionResultSchema,
  IdempotencyHeadersSchema,
  OrderIdParamsSchema,
  OrderPreviewResultSchema,
  PlacedOrderSchema,
  PlaceOrderResultSchema,
  PreOrderSchema,
} from '../../models/broker/orders.js';
import {
  BracketsSchema,
  ClosePositionQuerySchema,
  PositionSchema,
} from '../../models/broker/positions.js';
import { TickerSchema } from '../../models/market/instruments.js';
import { BadRequestError } from '../../shared/http/errors.js';
import type { TypedApp } from '../../shared/http/typed-app.js';
import { leverageInfo, leveragePreview, LEVERAGE_LIMITS } from './broker.leverage.js';
import { previewOrder } from './broker.preview.js';
import type { BrokerService } from './broker.service.js';

const tags = ['broker'];
const withErrors = { ...errorResponses, 409: ErrorSchema, 503: ErrorSchema };
const SymbolParams = Type.Object({ id: TickerSchema });

/** `amount` of DELETE /positions/{id}: absent = all; otherwise a positive number. */
function parseAmount(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const amount = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(amount) || amount <= 0) {
    throw new BadRequestError(`amount: "${raw}" is not a positive number`);
  }
  return amount;
}

/** `service` is read per request: the broker opens its database (and so builds the service) when
 * it starts, after its routes are registered. */
export function brokerRoutes(app: TypedApp, service: () => BrokerService): void {
  const accountId = () => service().settings.accountId;

  app.post(
    '/orders',
    {
      schema: {
        operationId: 'placeOrder',
        summary: 'Place an order; an Idempotency-Key makes a retry return the first answer',
        tags,
        headers: IdempotencyHeadersSchema,
        body: PreOrderSchema,
        response: { 200: PlaceOrderResultSchema, ...withErrors },
      },
    },
    (request) =>
      service().placeOrder(accountId(), request.body, request.headers['idempotency-key']),
  );

  app.post(
    '/orders/preview',
    {
      schema: {
        operationId: 'previewOrder',
        summary: 'Estimated price, value, commission and margin of an order, without placing it',
        tags,
        body: PreOrderSchema,
        response: { 200: OrderPreviewResultSchema, ...withErrors },
      },
    },
    (request) => previewOrder(service(), accountId(), request.body),
  );

  app.get(
    '/orders',
    {
      schema: {
        operationId: 'getOrders',
        summary: 'Every order of the account, whatever its status, newest last',
        tags,
        response: { 200: Type.Array(PlacedOrderSchema), ...withErrors },
      },
    },
    () => service().orders(accountId()),
  );

  app.put(
    '/orders/:id',
    {
      schema: {
        operationId: 'modifyOrder',
        summary: 'Change a working order’s quantity, prices or brackets',
        tags,
        params: OrderIdParamsSchema,
        body: PreOrderSchema,
        response: { 200: ActionResultSchema, ...withErrors },
      },
    },
    async (request) => {
      await service().modifyOrder(accountId(), Number(request.params.id), request.body);
      return { success: true as const, message: `Order ${request.params.id} modified` };
    },
  );

  app.delete(
    '/orders/:id',
    {
      schema: {
        operationId: 'cancelOrder',
        summary: 'Cancel a working order',
        tags,
        params: OrderIdParamsSchema,
        response: { 200: ActionResultSchema, ...withErrors },
      },
    },
    async (request) => {
      await service().cancelOrder(accountId(), Number(request.params.id));
      return { success: true as const, message: `Order ${request.params.id} canceled` };
    },
  );

  app.get(
    '/positions',
    {
      schema: {
        operationId: 'getPositions',
        summary: 'Open positions with their unrealised P&L',
        tags,
        response: { 200: Type.Array(PositionSchema), ...withErrors },
      },
    },
    () => service().positions(accountId()),
  );

  app.delete(
    '/positions/:id',
    {
      schema: {
        operationId: 'closePosition',
        summary: 'Close all, or amount of, a position at market',
        tags,
        params: SymbolParams,
        querystring: ClosePositionQuerySchema,
        response: { 200: ActionResultSchema, ...withErrors },
      },
    },
    async (request) => {
      const amount = parseAmount(request.query.amount);
      const { filled } = await service().closePosition(accountId(), request.params.id, amount);
      return {
        success: true as const,
        message: filled
          ? `Position ${request.params.id} ${amount === undefined ? 'closed' : `reduced by ${amount}`}`
          : `Close order for ${request.params.id} placed; it fills when the market opens`,
      };
    },
  );

  app.put(
    '/positions/:id/brackets',
    {
      schema: {
        operationId: 'setPositionBrackets',
        summary: 'Set, replace or remove the position’s stop-loss, take-profit and trailing stop',
        tags,
        params: SymbolParams,
        body: BracketsSchema,
        response: { 200: ActionResultSchema, ...withErrors },
      },
    },
    async (request) => {
      await service().setBrackets(accountId(), request.params.id, request.body);
      return { success: true as const, message: `Brackets of ${request.params.id} updated` };
    },
  );

  app.get(
    '/executions/:symbol',
    {
      schema: {
        operationId: 'getExecutions',
        summary: 'Executions of the account in a symbol, oldest first',
        tags,
        params: Type.Object({ symbol: TickerSchema }),
        response: { 200: Type.Array(ExecutionSchema), ...withErrors },
      },
    },
    (request) => service().executions(accountId(), request.params.symbol),
  );

  app.get(
    '/account',
    {
      schema: {
        operationId: 'getAccount',
        summary: 'The account’s id, name and currency',
        tags,
        response: { 200: AccountMetainfoSchema, ...withErrors },
      },
    },
    () => service().account(accountId()),
  );

  app.get(
    '/equity',
    {
      schema: {
        operationId: 'getEquity',
        summary: 'Balance, equity, P&L and margin',
        tags,
        response: { 200: EquityDataSchema, ...withErrors },
      },
    },
    () => service().equity(accountId()),
  );

  app.get(
    '/leverage/info',
    {
      schema: {
        operationId: 'getLeverageInfo',
        summary: `Leverage of a symbol and its bounds (${LEVERAGE_LIMITS.min}–${LEVERAGE_LIMITS.max})`,
        tags,
        querystring: LeverageInfoQuerySchema,
        response: { 200: LeverageInfoSchema, ...withErrors },
      },
    },
    (request) => leverageInfo(service(), accountId(), request.query.symbol),
  );

  app.put(
    '/leverage/set',
    {
      schema: {
        operationId: 'setLeverage',
        summary: 'Set the leverage of a symbol',
        tags,
        body: LeverageSetParamsSchema,
        response: { 200: LeverageSetResultSchema, ...withErrors },
      },
    },
    async (request) => {
      const errors = leveragePreview(service(), accountId(), request.body).errors ?? [];
      if (errors.length > 0) throw new BadRequestError(errors.join('; '));
      return {
        leverage: await service().setLeverage(
          accountId(),
          request.body.symbol,
          request.body.leverage,
        ),
      };
    },
  );

  app.post(
    '/leverage/preview',
    {
      schema: {
        operationId: 'previewLeverage',
        summary: 'What a leverage change would mean, with warnings and errors',
        tags,
        body: LeverageSetParamsSchema,
        response: { 200: LeveragePreviewResultSchema, ...withErrors },
      },
    },
    (request) => leveragePreview(service(), accountId(), request.body),
  );
}
