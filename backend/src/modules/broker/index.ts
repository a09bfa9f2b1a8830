import type { Kysely } from 'kysely';
import {
  paperPolicy,
  positionView,
  orderView,
  executionView,
  type EngineEnv,
} from '@trading-pro/contract/paper';
import { migrate } from '../../shared/db/migrations.js';
import { defineModule } from '../../shared/module.js';
import { newAccountRow } from './broker.accounts.js';
import { BrokerCommands } from './broker.commands.js';
import { ConnectionMonitor } from './broker.connection.js';
import { AccountDesk } from './broker.desk.js';
import { ServiceUnavailableError } from './broker.errors.js';
import { ExpiryTimer } from './broker.expiry-timer.js';
import { marketView } from './broker.market.js';
import { BrokerQueries } from './broker.queries.js';
import { QuoteLoop } from './broker.quote-loop.js';
import { BrokerRepository } from './broker.repository.js';
import { accountRoutes } from './broker.account-routes.js';
import { AccountCommands } from './broker.account-commands.js';
import type { BrokerApi } from './broker.route-context.js';
import { brokerRoutes } from './broker.routes.js';
import type { BrokerTables } from './broker.tables.js';
import { Valuation } from './broker.valuation.js';
import { bindBrokerStreams } from './broker.ws.js';
import { brokerMigrations } from './migrations/index.js';
import { RemoteQuoteSource } from '../../clients/datafeed/remote-quote-source.js';

export default defineModule({
  name: 'broker',
  description: 'Paper broker: orders, positions, executions, account, equity and leverage',
  create: (ctx) => {
    // The database is opened when the broker starts, so an app built only for its documents
    // (the offline spec export) never opens one.
    let api: BrokerApi | undefined;
    const started = (): BrokerApi => {
      if (api === undefined) throw new ServiceUnavailableError('The broker is starting');
      return api;
    };
    const streams = bindBrokerStreams(ctx.ws, () => started().streams);
    const closers: (() => void | Promise<void>)[] = [];
    return {
      start: async () => {
        const database = await ctx.database();
        await migrate(database, 'broker', brokerMigrations);
        const repo = new BrokerRepository(
          database.db as unknown as Kysely<BrokerTables>,
          database.kind,
        );
        const now = () => ctx.clock().getTime();
        // The late parts are made right after the desk, which they need.
        const late: { valuation?: Valuation; quotes?: QuoteLoop; expiries?: ExpiryTimer } = {};
        // Without the datafeed in this process, prices come from the datafeed's own API.
        const remote =
          ctx.loadedModules.includes('datafeed') || ctx.config.datafeedUrls.length === 0
            ? undefined
            : new RemoteQuoteSource({
                urls: ctx.config.datafeedUrls,
                secret: ctx.config.clusterSecret,
                log: ctx.log,
                now,
                onResolved: () => late.quotes?.sync(),
              });
        if (remote !== undefined) {
          ctx.ports.provide('quoteSource', remote);
          closers.push(() => remote.close());
        }
        const source = () => ctx.ports.get('quoteSource');
        const market = marketView(source);
        const policy = paperPolicy({
          deposit: ctx.config.broker.deposit,
          commissionRate: ctx.config.broker.commissionRate,
        });
        const env = (): EngineEnv => ({ market, policy, now: now() });
        const onError = (err: unknown, what: string) =>
          ctx.log.error({ err }, `broker: ${what} failed`);

        const desk = new AccountDesk({
          repo,
          env,
          committed: (changes, book) => {
            const m = env().market;
            const positions = [...changes.symbols].map((s) => positionView(book, m, s));
            streams.committed({
              accountId: changes.accountId,
              seq: changes.seq,
              orders: changes.orders.map(orderView),
              executions: changes.executions.map(executionView),
              positions,
            });
            late.valuation?.committed(changes, positions);
            late.expiries?.note(changes.accountId, book.nextExpiry());
          },
          symbolsChanged: () => late.quotes?.sync(),
          onError,
        });
        const valuation = new Valuation(desk, env, (err) => onError(err, 'a valuation push'));
        const quotes = new QuoteLoop(source, desk, valuation, now, (err, symbol) =>
          onError(err, `the quote of ${symbol}`),
        );
        const expiries = new ExpiryTimer(desk, now);
        Object.assign(late, { valuation, quotes, expiries });
        const connection = new ConnectionMonitor(source, quotes, now, (err) =>
          onError(err, 'a connection status push'),
        );

        if ((await repo.accounts()).length === 0) {
          await repo.insertAccount(
            newAccountRow({
              name: 'Paper account',
              currency: 'USD',
              deposit: policy.deposit,
              now: now(),
            }),
          );
        }
        await desk.load((await repo.accounts()).map((a) => a.id));
        quotes.sync();
        for (const { accountId, at } of desk.nextExpiries()) expiries.note(accountId, at);

        const v = valuation;
        api = {
          commands: new BrokerCommands(desk, repo),
          accounts: new AccountCommands(desk, repo, env),
          queries: new BrokerQueries(desk, repo, env),
          valuation: v,
          desk,
          repo,
          connection,
          quotes,
          market: source,
          streams: {
            accountExists: (id) => desk.has(id),
            // A deleted account's last watchers are told 0 until they go.
            seqOf: (id) => (desk.has(id) ? desk.book(id).account.seq : 0),
            watchEquity: (id, push) => v.watchEquity(id, push),
            watchMarks: (id, push) => v.watchMarks(id, push),
            watchConnection: (push) => connection.watch(push),
          },
        };
        closers.push(
          () => quotes.close(),
          () => expiries.close(),
          () => valuation.close(),
          () => desk.close(),
        );
        ctx.log.info(
          {
            database: database.kind,
            location: database.location,
            accounts: desk.accountIds().length,
          },
          'broker ready',
        );
      },
      routes: (app) => {
        brokerRoutes(app, started);
        accountRoutes(app, started);
      },
      idle: async () => {
        await api?.desk.idle();
      },
      stats: () => ({
        accounts: api?.desk.accountIds().length ?? 0,
        workingOrders: api?.desk.totalWorking ?? 0,
        watchedSymbols: api?.quotes.watched.length ?? 0,
        quotesReceived: api?.quotes.received ?? 0,
        commits: api?.desk.commits ?? 0,
        writes: api?.repo.writes ?? 0,
      }),
      onClose: async () => {
        streams.close();
        for (const close of closers) await close();
      },
    };
  },
});
