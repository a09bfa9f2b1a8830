// Mounts a gateway at `{prefix}/ws` inside a module's encapsulated scope.
import type { FastifyInstance } from 'fastify';
import type { WsGateway } from './ws-gateway.js';

export function registerWsEndpoint(scope: FastifyInstance, gateway: WsGateway): void {
  scope.route({
    method: 'GET',
    url: '/ws',
    schema: { hide: true },
    // A plain HTTP GET (no upgrade) gets a clear 426 instead of an empty answer.
    handler: (_request, reply) =>
      reply.status(426).send({
        statusCode: 426,
        error: 'Upgrade Required',
        message: 'This endpoint speaks WebSocket; connect with an Upgrade: websocket request',
      }),
    wsHandler: (socket, request) =>
      gateway.handleConnection(socket, request.raw.socket, request.clusterPeer),
  });
}
