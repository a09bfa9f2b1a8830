// The server under test: the real application with the datafeed module, plus a bench-only
// module with two routes: the same /bars query answered with a body computed once at start (the
// baseline "same server, no computation"), and the event loop's delays since the last read
// (monitorEventLoopDelay in this process: how long any request kept the loop from others).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../../backend/dist/app.js';
import { loadConfig } from '../../backend/dist/config.js';
import { discoverModules } from '../../backend/dist/shared/registry.js';

const port = Number(process.env.PORT);
const query = process.env.BARS_QUERY;
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();

const bench = {
  name: 'bench',
  description: 'Benchmark baseline and probes',
  create: () => ({
    routes: (app) => {
      let body;
      app.get('/precomputed-bars', { schema: { hide: true } }, async (_request, reply) => {
        body ??= (await app.inject({ method: 'GET', url: `/api/v1/datafeed/bars?${query}` })).body;
        return reply.type('application/json; charset=utf-8').send(body);
      });
      app.get('/loop-delay', { schema: { hide: true } }, () => {
        const delays = { maxMs: loop.max / 1e6, p99Ms: loop.percentile(99) / 1e6 };
        loop.reset();
        return delays;
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
    { name: 'bench', load: async () => bench },
  ],
  enabledModules: ['datafeed', 'bench'],
});
await app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
