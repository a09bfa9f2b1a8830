// Who is a module of this cluster (docs/cluster.md#the-shared-secret): a request that carries
// `X-Cluster-Secret` equal to CLUSTER_SECRET comes from another process of the cluster; one that
// carries any other value is refused with 401, so that nothing outside can pose as a module. The
// gateway clears the header of every request it forwards, and instances listen on 127.0.0.1.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorBody } from './errors.js';

export const CLUSTER_SECRET_HEADER = 'x-cluster-secret';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request came from another process of the cluster (it knew the shared secret). */
    clusterPeer: boolean;
  }
}

// Compared as digests: equal lengths, and no timing that tells how much of a guess was right.
const digest = (value: string) => createHash('sha256').update(value).digest();

export function installClusterPeerCheck(app: FastifyInstance, secret: string | undefined): void {
  const expected = secret === undefined ? undefined : digest(secret);
  app.decorateRequest('clusterPeer', false);
  // preParsing, after every onRequest hook: the WebSocket plugin's marks an upgrade request so
  // that its socket is released once answered, a refusal included.
  app.addHook('preParsing', async (request: FastifyRequest, reply) => {
    const presented = request.headers[CLUSTER_SECRET_HEADER];
    if (presented === undefined) return;
    const value = Array.isArray(presented) ? presented.join(',') : presented;
    if (expected !== undefined && timingSafeEqual(digest(value), expected)) {
      request.clusterPeer = true;
      return;
    }
    request.log.warn({ url: request.url }, 'refused a request with a wrong cluster secret');
    return reply
      .status(401)
      .send(
        errorBody(
          401,
          expected === undefined
            ? 'This process is not part of a cluster: it accepts no X-Cluster-Secret'
            : 'Wrong X-Cluster-Secret',
        ),
      );
  });
}
