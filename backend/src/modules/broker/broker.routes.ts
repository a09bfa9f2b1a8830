// The broker's REST surface (docs/contract.md#rest, docs/broker.md#accounts). Every path acts on the account named by
// X-Account-Id, or the oldest account; handlers take the input, call the broker, return data.
import { Type } from 'typebox';
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
import { DEFAULT_POLICY } from '@trading-pro/contract/paper';
import {
  PlaceHeadersSchema,
  AccountHeadersSchema,
  routeContext,
  type BrokerApi,
} from './broker.route-context.js';

import { tags, withErrors } from './broker.route-context.js';
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

/** `broker` is read per request: the broker opens its database (and so starts) after its routes
 * are registered. */
export function brokerRoutes(app: TypedApp, broker: () => BrokerApi): void {
  const { accountOf, trading } = routeContext(broker);

  app.post(
    '/orders',
    {
      schema: {
        operationId: 'placeOrder',
        summary: 'Place an order; an Idempotency-Key makes a retry return the first answer',
        tags,
        headers: PlaceHeadersSchema,
        body: PreOrderSchema,
        response: { 200: PlaceOrderResultSchema, ...withErrors },
      },
    },
    async (request) =>
      (await trading(request.body.symbol)).commands.placeOrder(
        accountOf(request),
        request.body,
        request.headers['idempotency-key'],
      ),
  );

  app.post(
    '/orders/preview',
    {
      schema: {
        operationId: 'previewOrder',
        summary: 'Estimated price, value, commission and margin of an order, without placing it',
        tags,
        headers: AccountHeadersSchema,
        body: PreOrderSchema,
        response: { 200: OrderPreviewResultSchema, ...withErrors },
      },
    },
    async (request) =>
      (await trading(request.body.symbol)).queries.previewOrder(accountOf(request), request.body),
  );

  app.get(
    '/orders',
    {
      schema: {
        operationId: 'getOrders',
        summary: 'Every order of the account, whatever its status, newest last',
        tags,
        headers: AccountHeadersSchema,
        response: { 200: Type.Array(PlacedOrderSchema), ...withErrors },
      },
    },
    (request) => broker().queries.orders(accountOf(request)),
  );

  app.put(
    '/orders/:id',
    {
      schema: {
        operationId: 'modifyOrder',
        summary: 'Change a working order’s quantity, prices or brackets',
        tags,
        headers: AccountHeadersSchema,
        params: OrderIdParamsSchema,
        body: PreOrderSchema,
        response: { 200: ActionResultSchema, ...withErrors },
      },
    },
    async (request) => {
      await (
        await trading()
      ).commands.modifyOrder(accountOf(request), Number(request.params.id), request.body);
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
        headers: AccountHeadersSchema,
        params: OrderIdParamsSchema,
        response: { 200: ActionResultSchema, ...withErrors },
      },
    },
    async (request) => {
      await broker().commands.cancelOrder(accountOf(request), Number(request.params.id));
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
        headers: AccountHeadersSchema,
        response: { 200: Type.Array(PositionSchema), ...withErrors },
      },
    },
    (request) => broker().valuation.positions(accountOf(request)),
  );

  app.delete(
    '/positions/:id',
    {
      schema: {
        operationId: 'closePosition',
        summary: 'Close all, or amount of, a position at market',
        tags,
        headers: AccountHeadersSchema,
        params: SymbolParams,
        querystring: ClosePositionQuerySchema,
        response: { 200: ActionResultSchema, ...withErrors },
      },
    },
    async (request) => {
      const amount = parseAmount(request.query.amount);
      const { filled } = await (
        await trading()
      ).commands.closePosition(accountOf(request), request.params.id, amount);
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
        headers: AccountHeadersSchema,
        params: SymbolParams,
        body: BracketsSchema,
        response: { 200: ActionResultSchema, ...withErrors },
      },
    },
    async (request) => {
      await (
        await trading()
      ).commands.setBrackets(accountOf(request), request.params.id, request.body);
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
        headers: AccountHeadersSchema,
        params: Type.Object({ symbol: TickerSchema }),
        response: { 200: Type.Array(ExecutionSchema), ...withErrors },
      },
    },
    (request) => broker().queries.executions(accountOf(request), request.params.symbol),
  );

  app.get(
    '/leverage/info',
    {
      schema: {
        operationId: 'getLeverageInfo',
        summary: `Leverage of a symbol and its bounds (${DEFAULT_POLICY.leverage.min}–${DEFAULT_POLICY.leverage.max})`,
        tags,
        headers: AccountHeadersSchema,
        querystring: LeverageInfoQuerySchema,
        response: { 200: LeverageInfoSchema, ...withErrors },
      },
    },
    async (request) =>
      (await trading(request.query.symbol)).queries.leverageInfo(
        accountOf(request),
        request.query.symbol,
      ),
  );

  app.put(
    '/leverage/set',
    {
      schema: {
        operationId: 'setLeverage',
        summary: 'Set the leverage of a symbol',
        tags,
        headers: AccountHeadersSchema,
        body: LeverageSetParamsSchema,
        response: { 200: LeverageSetResultSchema, ...withErrors },
      },
    },
    async (request) => ({
      leverage: await (
        await trading(request.body.symbol)
      ).commands.setLeverage(accountOf(request), request.body.symbol, request.body.leverage),
    }),
  );

  app.post(
    '/leverage/preview',
    {
      schema: {
        operationId: 'previewLeverage',
        summary: 'What a leverage change would mean, with warnings and errors',
        tags,
        headers: AccountHeadersSchema,
        body: LeverageSetParamsSchema,
        response: { 200: LeveragePreviewResultSchema, ...withErrors },
      },
    },
    async (request) =>
      (await trading(request.body.symbol)).queries.previewLeverage(
        accountOf(request),
        request.body.symbol,
        request.body.leverage,
      ),
  );
}
