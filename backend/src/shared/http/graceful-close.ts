// Closing waits for in-flight requests, but a response sent as keep-alive would leave its socket
// open and the close would hang until the client gives up. Once closing has begun, every
// response therefore tells the client to drop the connection.
import type { FastifyInstance } from 'fastify';

export function installGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}
