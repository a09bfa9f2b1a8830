// The child side of the orchestrator's IPC: answering commands and marking measurement windows.

/** Serves IPC commands in a child: `handlers[cmd](message)` answers each request. */
export function serveCommands(handlers) {
  process.on('message', async (message) => {
    if (message.cmd === 'exit') {
      try {
        await handlers.exit?.();
      } finally {
        process.exit(0);
      }
    }
    const handler = handlers[message.cmd];
    try {
      if (handler === undefined) throw new Error(`unknown command ${message.cmd}`);
      process.send({ id: message.id, ...(await handler(message)) });
    } catch (error) {
      process.send({ id: message.id, error: String(error?.stack ?? error) });
    }
  });
  // The orchestrator is gone: never linger as an orphan holding ports and a core.
  process.on('disconnect', () => process.exit(1));
}

/** CPU time (user + sys) of this process in µs, with the wall clock, for window marks. */
export function cpuMark() {
  const { user, system } = process.cpuUsage();
  return {
    cpuUs: user + system,
    sysUs: system,
    atMs: performance.now(),
    rssBytes: process.memoryUsage.rss(),
  };
}
