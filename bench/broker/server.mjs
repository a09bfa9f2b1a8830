// The server under test: the real application (broker + datafeed) on a fresh embedded database.
import { createApp } from '../../backend/dist/app.js';
import { loadConfig } from '../../backend/dist/config.js';

const app = await createApp({
  config: {
    ...loadConfig({}),
    logLevel: 'silent',
    dataDir: process.env.DATA_DIR,
    enabledModules: ['broker', 'datafeed'],
  },
  logger: false,
  serveFrontend: false,
  serveDocsUi: false,
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
