// The broker's WebSocket routes (SPEC §4). Orders, positions and executions are events: they
// travel through the event bus, so every process's clients hear a change committed anywhere.
// Equity and connection status are snapshots; equity is pushed at most four times a second.
// An open position is pushed again when its price moves its unrealised P&L, at the same pace,
// so a position list stays live between fills.
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
  'Every change of a position (qty 0 = closed), and its unrealised P&L again as the price moves it (at most four times a second)',
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

/**
 * Runs `flush` at once on the first trigger, then at most once per `intervalMs` however often it
 * is triggered (the last trigger of an interval is never lost).
 */
function throttle(intervalMs: number, flush: () => void, onError: (error: unknown) => void) {
  let timer: NodeJS.Timeout | undefined;
  let last = 0;
  return {
    trigger(): void {
      if (timer !== undefined) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          last = Date.now();
          // A timer's exception would end the process: it is reported instead.
          try {
            flush();
          } catch (error) {
            onError(error);
          }
        },
        Math.max(0, last + intervalMs - Date.now()),
      );
    },
    cancel(): void {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

export interface BrokerStreams extends BrokerEvents {
  /** Stops pending pushes (the module is closing). */
  close(): void;
}

/** Binds the routes and returns the events the service reports to. */
export function bindBrokerStreams(
  ws: ModuleWs,
  getService: () => BrokerService,
  onError: (error: unknown) => void,
): BrokerStreams {
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

  /** Per account with an equity subscriber here: its throttled push. */
  const equityPushes = new Map<string, ReturnType<typeof throttle>>();
  ws.route(equityRoute, {
    createTopic: (_topic, params, publish) => {
      const { accountId } = params;
      authorize(accountId);
      equityPushes.set(
        accountId,
        throttle(EQUITY_INTERVAL_MS, () => publish(getService().equity(accountId)), onError),
      );
      publish(getService().equity(accountId));
    },
    removeTopic: (topic) => {
      for (const [accountId, push] of equityPushes) {
        if (equityRoute.topic({ accountId }) === topic) {
          push.cancel();
          equityPushes.delete(accountId);
        }
      }
    },
  });

  /** Per account: the positions whose quote moved, and the P&L last pushed for each. */
  const marks = new Map<
    string,
    { moved: Set<string>; shown: Map<string, number>; push: ReturnType<typeof throttle> }
  >();
  const marksOf = (accountId: string) => {
    let state = marks.get(accountId);
    if (state === undefined) {
      const created = {
        moved: new Set<string>(),
        shown: new Map<string, number>(),
        push: throttle(
          EQUITY_INTERVAL_MS,
          () => {
            const service = getService();
            for (const symbol of created.moved) {
              const position = service.positionOf(accountId, symbol);
              // A closed position was announced by its fill; an unchanged P&L needs no push.
              if (position.qty === 0 || created.shown.get(symbol) === position.unrealizedPl) {
                continue;
              }
              created.shown.set(symbol, position.unrealizedPl);
              positions.publish(`positions:${topicOf(accountId)}`, position);
            }
            created.moved.clear();
          },
          onError,
        ),
      };
      marks.set(accountId, created);
      state = created;
    }
    return state;
  };

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
    position: (accountId, position) => {
      marks.get(accountId)?.shown.set(position.symbol, position.unrealizedPl);
      positions.publish(`positions:${topicOf(accountId)}`, position);
    },
    execution: (accountId, execution) =>
      executions.publish(`executions:${topicOf(accountId)}`, execution),
    equityChanged: (accountId) => equityPushes.get(accountId)?.trigger(),
    positionMarked: (accountId, symbol) => {
      const state = marksOf(accountId);
      state.moved.add(symbol);
      state.push.trigger();
    },
    close: () => {
      for (const push of equityPushes.values()) push.cancel();
      for (const state of marks.values()) state.push.cancel();
    },
  };
}
