import type { Kysely } from 'kysely';
import { migrate } from '../../shared/db/migrations.js';
import { defineModule } from '../../shared/module.js';
import { BrokerRepository } from './broker.repository.js';
import { brokerRoutes } from './broker.routes.js';
import { BrokerService, ServiceUnavailableError } from './broker.service.js';
import type { BrokerTables } from './broker.tables.js';
import { bindBrokerStreams } from './broker.ws.js';
import { brokerMigrations } from './migrations/index.js';

export default defineModule({
  name: 'broker',
  description: 'Paper broker: orders, positions, executions, account, equity and leverage',
  create: (ctx) => {
    // The database is opened when the broker starts, so an app built only for its documents
    // (the offline spec export) never opens one.
    let service: BrokerService | undefined;
    const started = (): BrokerService => {
      if (service === undefined) throw new ServiceUnavailableError('The broker is starting');
      return service;
    };
    // The streams report to the service; they only call it once serving.
    const streams = bindBrokerStreams(ctx.ws, started, (err) =>
      ctx.log.error({ err }, 'a broker stream push failed'),
    );
    return {
      start: async () => {
        const database = await ctx.database();
        await migrate(database, 'broker', brokerMigrations);
        service = new BrokerService(
          new BrokerRepository(database.db as unknown as Kysely<BrokerTables>),
          () => ctx.ports.get('quoteSource'),
          streams,
          ctx.config.broker,
          ctx.clock,
        );
        service.onError = (err, symbol) =>
          ctx.log.error({ err, symbol }, 'order evaluation failed');
        await service.start();
        ctx.log.info({ database: database.kind, location: database.location }, 'broker ready');
      },
      routes: (app) => brokerRoutes(app, started),
      onClose: async () => {
        streams.close();
        await service?.close();
      },
    };
  },
});
