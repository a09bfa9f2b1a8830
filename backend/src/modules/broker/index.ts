import type { Kysely } from 'kysely';
import { migrate } from '../../shared/db/migrations.js';
import { defineModule } from '../../shared/module.js';
import { BrokerRepository } from './broker.repository.js';
import { brokerRoutes } from './broker.routes.js';
import { BrokerService } from './broker.service.js';
import type { BrokerTables } from './broker.tables.js';
import { bindBrokerStreams } from './broker.ws.js';
import { brokerMigrations } from './migrations/index.js';

export default defineModule({
  name: 'broker',
  description: 'Paper broker: orders, positions, executions, account, equity and leverage',
  create: async (ctx) => {
    const database = await ctx.database();
    await migrate(database, 'broker', brokerMigrations);
    // The streams report to the service created just below; they only call it once serving.
    const events = bindBrokerStreams(ctx.ws, () => service);
    const service = new BrokerService(
      new BrokerRepository(database.db as unknown as Kysely<BrokerTables>),
      () => ctx.ports.get('quoteSource'),
      events,
      ctx.config.broker,
      ctx.clock,
    );
    service.onError = (err, symbol) => ctx.log.error({ err, symbol }, 'order evaluation failed');
    return {
      start: async () => {
        await service.start();
        ctx.log.info({ database: database.kind, location: database.location }, 'broker ready');
      },
      routes: (app) => brokerRoutes(app, service),
      onClose: () => service.close(),
    };
  },
});
