// The server on a Unix socket as well as on its TCP port (docs/cluster.md#routing): the gateway
// on the same machine relays every WebSocket frame, and a Unix socket costs the kernel less per
// write than loopback TCP on both sides of the relay. Connections accepted here are handed to
// the same HTTP server, so routes, upgrades and graceful close treat them alike.
import { rm } from 'node:fs/promises';
import { createServer, type Server as NetServer } from 'node:net';
import type { Server } from 'node:http';

export async function listenOnUnixSocket(http: Server, path: string): Promise<{ close(): void }> {
  // A socket file left by a process that was killed would refuse the bind.
  await rm(path, { force: true });
  const server: NetServer = createServer((socket) => http.emit('connection', socket));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    // Stops accepting (and removes the file) without waiting: the connections already handed
    // over are the HTTP server's to close, which its graceful close does.
    close: () => server.close(),
  };
}
