// The broker's accounts over REST (docs/broker.md#accounts): list, create, rename, reset, delete; one account's
// metainfo, equity and snapshot; and the broker's configuration for building an order ticket.
import { Type } from 'typebox';
import {
  AccountIdParamsSchema,
  AccountMetainfoSchema,
  CreateAccountSchema,
  EquityDataSchema,
  RenameAccountSchema,
} from '../../models/broker/account.js';
import { BrokerConfigSchema } from '../../models/broker/config.js';
import { SnapshotSchema } from '../../models/broker/snapshot.js';
import type { TypedApp } from '../../shared/http/typed-app.js';
import {
  AccountHeadersSchema,
  routeContext,
  tags,
  withErrors,
  type BrokerApi,
} from './broker.route-context.js';

export function accountRoutes(app: TypedApp, broker: () => BrokerApi): void {
  const { accountOf } = routeContext(broker);
  /** A path's account, held by this broker or 404. */
  const held = (id: string) => {
    broker().desk.book(id);
    return id;
  };

  app.get(
    '/accounts',
    {
      schema: {
        operationId: 'getAccounts',
        summary: 'Every account, oldest first',
        tags,
        response: { 200: Type.Array(AccountMetainfoSchema), ...withErrors },
      },
    },
    () => broker().accounts.list(),
  );

  app.post(
    '/accounts',
    {
      schema: {
        operationId: 'createAccount',
        summary: 'Open a paper account with its own deposit and currency',
        tags,
        body: CreateAccountSchema,
        response: { 201: AccountMetainfoSchema, ...withErrors },
      },
    },
    async (request, reply) => reply.status(201).send(await broker().accounts.create(request.body)),
  );

  app.patch(
    '/accounts/:id',
    {
      schema: {
        operationId: 'renameAccount',
        summary: 'Rename an account',
        tags,
        params: AccountIdParamsSchema,
        body: RenameAccountSchema,
        response: { 200: AccountMetainfoSchema, ...withErrors },
      },
    },
    (request) => broker().accounts.rename(held(request.params.id), request.body.name),
  );

  app.post(
    '/accounts/:id/reset',
    {
      schema: {
        operationId: 'resetAccount',
        summary:
          'Start the account afresh: working orders Canceled, positions and history gone, balance = deposit',
        tags,
        params: AccountIdParamsSchema,
        response: { 200: AccountMetainfoSchema, ...withErrors },
      },
    },
    (request) => broker().accounts.reset(held(request.params.id)),
  );

  app.delete(
    '/accounts/:id',
    {
      schema: {
        operationId: 'deleteAccount',
        summary: 'Delete an account and everything in it (not the last one: 409)',
        tags,
        params: AccountIdParamsSchema,
        response: { 204: Type.Null(), ...withErrors },
      },
    },
    async (request, reply) => {
      await broker().accounts.remove(held(request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/account',
    {
      schema: {
        operationId: 'getAccount',
        summary: 'The account’s id, name and currency',
        tags,
        headers: AccountHeadersSchema,
        response: { 200: AccountMetainfoSchema, ...withErrors },
      },
    },
    (request) => broker().queries.account(accountOf(request)),
  );

  app.get(
    '/equity',
    {
      schema: {
        operationId: 'getEquity',
        summary: 'Balance, equity, P&L and margin',
        tags,
        headers: AccountHeadersSchema,
        response: { 200: EquityDataSchema, ...withErrors },
      },
    },
    (request) => broker().valuation.equity(accountOf(request)),
  );

  app.get(
    '/snapshot',
    {
      schema: {
        operationId: 'getSnapshot',
        summary:
          'The account as of one change (seq): orders, positions, equity and executions in one read',
        tags,
        headers: AccountHeadersSchema,
        response: { 200: SnapshotSchema, ...withErrors },
      },
    },
    (request) => broker().queries.snapshot(accountOf(request)),
  );

  app.get(
    '/config',
    {
      schema: {
        operationId: 'getBrokerConfig',
        summary: 'Durations, order types and features, to build an order ticket from',
        tags,
        response: { 200: BrokerConfigSchema, ...withErrors },
      },
    },
    () => broker().queries.config(),
  );
}
