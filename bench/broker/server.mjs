// The server under test: the real application (broker + datafeed) on the database the bench
// names (embedded by default, DATABASE_URL for PostgreSQL), answering the bench's questions over
// IPC: its CPU time, memory, event-loop delay and the broker's counters (quotes seen, rows
// written) — what a client cannot see from outside. Asked to, it collects garbage first.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../../backend/dist/app.js';
import { loadConfig } from '../../backend/dist/config.js';

const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
const base = loadConfig({});
const app = await createApp({
  config: {
    ...base,
    logLevel: 'silent',
    dataDir: process.env.DATA_DIR,
    databaseUrl: process.env.DATABASE_URL || undefined,
    enabledModules: ['broker', 'datafeed'],
    broker: { ...base.broker, commissionRate: Number(process.env.COMMISSION_RATE ?? '0') },
  },
  logger: false,
  serveFrontend: false,
  serveDocsUi: false,
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('message', (message) => {
  if (message?.ask !== 'stats') return;
  if (message.collect) globalThis.gc?.();
  const stats = {
    id: message.id,
    cpu: process.cpuUsage(),
    rss: process.memoryUsage().rss,
    memory: process.memoryUsage(),
    loopMaxMs: loop.max / 1e6,
    modules: app.moduleStats(),
  };
  if (message.resetLoop) loop.reset();
  process.send(stats);
});
process.send?.('ready');
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
