// Unknown paths: JSON 404 under /api (clients parse it), the terminal's index.html elsewhere so
// that deep links into the single-page app survive a reload.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.js';

export function installNotFoundHandler(app: FastifyInstance, staticDir: string | undefined): void {
  const hasIndex = staticDir !== undefined && existsSync(join(staticDir, 'index.html'));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path === '/api' || path.startsWith('/api/');
    const wantsPage = request.method === 'GET' || request.method === 'HEAD';
    if (!isApi && wantsPage && hasIndex) return reply.sendFile('index.html');
    return reply.status(404).send(errorBody(404, `Route ${request.method} ${path} not found`));
  });
}
