// The process: configuration, listening, and a graceful stop. Everything else is in createApp.
import closeWithGrace from 'close-with-grace';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { listenOnUnixSocket } from './shared/http/unix-socket.js';
import { ModuleRegistryError } from './shared/registry.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp({ config });

  // On SIGINT/SIGTERM: stop accepting, let in-flight requests finish, close module resources.
  // A second signal or 10 s without finishing forces the exit.
  let unix: { close(): void } | undefined;
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'stopping after an uncaught error');
    else app.log.info({ signal }, 'stopping');
    unix?.close();
    await app.close();
  });

  await app.listen({ port: config.port, host: config.host });
  if (config.unixSocket !== undefined) {
    unix = await listenOnUnixSocket(app.server, config.unixSocket);
    app.log.info({ socket: config.unixSocket }, 'listening on a Unix socket too');
  }
  app.log.info(
    { modules: app.loadedModules },
    `Trading Pro listening on http://${config.host}:${config.port}`,
  );
}

main().catch((error: unknown) => {
  // Known start-up problems get a one-line explanation instead of a stack trace.
  if (error instanceof ConfigError || error instanceof ModuleRegistryError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
