// The broker's WebSocket routes (SPEC §4). Orders, positions and executions are events: they
// travel through the event bus, so every process's clients hear a change committed anywhere.
// Equity and connection status are snapshots; equity is pushed at most four times a second.
import { ConnectionStatus } from '@trading-pro/contract';
import { AccountParamsSchema, EquityDataSchema } from '../../models/broker/account.js';
import { BrokerConnectionSchema } from '../../models/broker/connection.js';
import { ExecutionSchema } from '../../models/broker/executions.js';
import { PlacedOrderSchema } from '../../models/broker/orders.js';
import { PositionSchema } from '../../models/broker/positions.js';
import { NotFoundError } from '../../shared/http/errors.js';
import type { ModuleWs } from '../../shared/module.js';
import { defineWsRoute } from '../../shared/ws/ws-route.js';
import type { BrokerEvents, BrokerService } from './broker.service.js';

const route = <D extends Parameters<typeof defineWsRoute>[0]['data']>(
  name: string,
  summary: string,
  data: D,
  delivery: 'event' | 'snapshot',
) => defineWsRoute({ name, summary, params: AccountParamsSchema, data, delivery });

export const ordersRoute = route(
  'orders',
  'Every change of an order of the account',
  PlacedOrderSchema,
  'event',
);
export const positionsRoute = route(
  'positions',
  'Every change of a position (qty 0 = closed)',
  PositionSchema,
  'event',
);
export const executionsRoute = route(
  'executions',
  'Every execution of the account',
  ExecutionSchema,
  'event',
);
export const equityRoute = route(
  'equity',
  'Balance, equity, P&L and margin, at most four times a second',
  EquityDataSchema,
  'snapshot',
);
export const connectionRoute = route(
  'broker-connection',
  'Whether the broker receives market prices',
  BrokerConnectionSchema,
  'snapshot',
);

const EQUITY_INTERVAL_MS = 250;

/** Binds the routes and returns the events the service reports to. */
export function bindBrokerStreams(ws: ModuleWs, getService: () => BrokerService): BrokerEvents {
  const topicOf = (accountId: string) => ordersRoute.topic({ accountId }).slice('orders:'.length);
  const authorize = (accountId: string) => {
    // Until authentication lands, the caller may see the default account only.
    if (accountId !== getService().settings.accountId)
      throw new NotFoundError(`Unknown account "${accountId}"`);
  };
  const plain = {
    createTopic: (_t: string, params: { accountId: string }) => authorize(params.accountId),
    removeTopic: () => undefined,
  };
  const orders = ws.route(ordersRoute, plain);
  const positions = ws.route(positionsRoute, plain);
  const executions = ws.route(executionsRoute, plain);

  const equityTopics = new Map<
    string,
    {
      publish: (data: ReturnType<BrokerService['equity']>) => void;
      timer?: NodeJS.Timeout;
      last: number;
    }
  >();
  ws.route(equityRoute, {
    createTopic: (topic, params, publish) => {
      authorize(params.accountId);
      equityTopics.set(params.accountId, { publish, last: 0 });
      publish(getService().equity(params.accountId));
      void topic;
    },
    removeTopic: (topic) => {
      for (const [accountId, state] of equityTopics) {
        if (equityRoute.topic({ accountId }) === topic) {
          clearTimeout(state.timer);
          equityTopics.delete(accountId);
        }
      }
    },
  });

  ws.route(connectionRoute, {
    createTopic: (_topic, params, publish) => {
      authorize(params.accountId);
      const service = getService();
      publish(
        service.connected
          ? { status: ConnectionStatus.Connected, timestamp: service.now() }
          : {
              status: ConnectionStatus.Disconnected,
              message: 'No market data in this process: orders cannot be filled',
              timestamp: service.now(),
            },
      );
    },
    removeTopic: () => undefined,
  });

  return {
    order: (accountId, order) => orders.publish(`orders:${topicOf(accountId)}`, order),
    position: (accountId, position) =>
      positions.publish(`positions:${topicOf(accountId)}`, position),
    execution: (accountId, execution) =>
      executions.publish(`executions:${topicOf(accountId)}`, execution),
    equityChanged: (accountId) => {
      const state = equityTopics.get(accountId);
      if (state === undefined || state.timer !== undefined) return;
      // Leading edge at once, then at most one push per interval.
      const wait = Math.max(0, state.last + EQUITY_INTERVAL_MS - Date.now());
      state.timer = setTimeout(() => {
        state.timer = undefined;
        state.last = Date.now();
        state.publish(getService().equity(accountId));
      }, wait);
    },
  };
}
