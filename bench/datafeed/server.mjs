// The server under test: the real application with the datafeed module, plus a bench-only
// module answering the same /bars query with a body computed once at start — the baseline
// "same server, no computation" the throughput is compared with.
import { createApp } from '../../backend/dist/app.js';
import { loadConfig } from '../../backend/dist/config.js';
import { discoverModules } from '../../backend/dist/shared/registry.js';

const port = Number(process.env.PORT);
const query = process.env.BARS_QUERY;

const baseline = {
  name: 'precomputed',
  description: 'Benchmark baseline: a precomputed answer',
  create: () => ({
    routes: (app) => {
      let body;
      app.get('/bars', { schema: { hide: true } }, async (_request, reply) => {
        body ??= (await app.inject({ method: 'GET', url: `/api/v1/datafeed/bars?${query}` })).body;
        return reply.type('application/json; charset=utf-8').send(body);
      });
    },
  }),
};

const app = await createApp({
  config: { ...loadConfig({}), logLevel: 'silent' },
  logger: false,
  serveFrontend: false,
  serveDocsUi: false,
  modules: [
    ...discoverModules().filter((e) => e.name === 'core' || e.name === 'datafeed'),
    { name: 'precomputed', load: async () => baseline },
  ],
  enabledModules: ['datafeed', 'precomputed'],
});
await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
