// The broker's WebSocket routes (docs/contract.md#websocket). Orders, positions and executions are events: pushed
// after each commit through the event bus, so every process's clients hear a change committed
// anywhere. Equity and connection status are snapshots. The routes only publish what they are
// handed: the valuation computes equity and position marks for the accounts watched here.
import { AccountParamsSchema, EquityDataSchema } from '../../models/broker/account.js';
import { BrokerConnectionSchema } from '../../models/broker/connection.js';
import { ExecutionSchema } from '../../models/broker/executions.js';
import { PlacedOrderSchema, type PlacedOrder } from '../../models/broker/orders.js';
import { PositionSchema, type Position } from '../../models/broker/positions.js';
import type { Execution } from '../../models/broker/executions.js';
import type { EquityData } from '../../models/broker/account.js';
import type { BrokerConnection } from '../../models/broker/connection.js';
import { NotFoundError } from '../../shared/http/errors.js';
import type { ModuleWs } from '../../shared/module.js';
import { defineWsRoute } from '../../shared/ws/ws-route.js';

// Every update carries the account's change sequence number (docs/broker.md#change-sequence).
const route = <D extends Parameters<typeof defineWsRoute>[0]['data']>(
  name: string,
  summary: string,
  data: D,
  delivery: 'event' | 'snapshot',
) => defineWsRoute({ name, summary, params: AccountParamsSchema, data, delivery, sequenced: true });

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
  'Whether market prices reach the broker',
  BrokerConnectionSchema,
  'snapshot',
);

/** What the routes need from the broker once it serves. */
export interface StreamSources {
  accountExists(accountId: string): boolean;
  /** The number of the account's last committed change. */
  seqOf(accountId: string): number;
  watchEquity(accountId: string, push: (equity: EquityData, seq: number) => void): () => void;
  watchMarks(accountId: string, push: (position: Position, seq: number) => void): () => void;
  watchConnection(push: (status: BrokerConnection) => void): () => void;
}

/** What a committed change looks like to clients. */
export interface CommittedUpdate {
  accountId: string;
  seq: number;
  orders: readonly PlacedOrder[];
  executions: readonly Execution[];
  positions: readonly Position[];
}

export interface BrokerStreams {
  committed(update: CommittedUpdate): void;
  close(): void;
}

const accountTopic = (accountId: string) =>
  ordersRoute.topic({ accountId }).slice('orders:'.length);

/** Binds the routes; `sources` is read per subscription (the broker starts after binding). */
export function bindBrokerStreams(ws: ModuleWs, sources: () => StreamSources): BrokerStreams {
  const authorize = (accountId: string) => {
    if (!sources().accountExists(accountId))
      throw new NotFoundError(`account ${accountId} not found`);
  };
  const stops = new Map<string, () => void>();
  const stop = (topic: string) => {
    stops.get(topic)?.();
    stops.delete(topic);
  };
  const plain = {
    createTopic: (_t: string, params: { accountId: string }) => authorize(params.accountId),
    removeTopic: () => undefined,
  };
  const orders = ws.route(ordersRoute, plain);
  const executions = ws.route(executionsRoute, plain);
  const positions = ws.route(positionsRoute, {
    createTopic: (topic, { accountId }) => {
      authorize(accountId);
      stops.set(
        topic,
        sources().watchMarks(accountId, (p) => positions.publish(topic, p)),
      );
    },
    removeTopic: stop,
  });
  ws.route(equityRoute, {
    createTopic: (topic, { accountId }, publish) => {
      authorize(accountId);
      stops.set(topic, sources().watchEquity(accountId, publish));
    },
    removeTopic: stop,
  });
  ws.route(connectionRoute, {
    createTopic: (topic, { accountId }, publish) => {
      authorize(accountId);
      stops.set(
        topic,
        sources().watchConnection((status) => publish(status, sources().seqOf(accountId))),
      );
    },
    removeTopic: stop,
  });

  return {
    committed: ({ accountId, seq, orders: changed, executions: filled, positions: moved }) => {
      const topic = accountTopic(accountId);
      for (const order of changed) orders.publish(`orders:${topic}`, order, seq);
      for (const execution of filled) executions.publish(`executions:${topic}`, execution, seq);
      for (const position of moved) positions.publish(`positions:${topic}`, position, seq);
    },
    close: () => {
      for (const unsubscribe of stops.values()) unsubscribe();
      stops.clear();
    },
  };
}
