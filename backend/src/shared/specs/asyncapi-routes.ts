// `GET /api/v1/{module}/ws/asyncapi.json` and `/api/v1/ws/asyncapi.json`, each with an HTML
// page beside it (`…/ws/docs`). Hidden from the OpenAPI documents.
import type { FastifyInstance } from 'fastify';
import { mergedAsyncApi, moduleAsyncApi, type ModuleWsRoutes } from './asyncapi.js';
import { renderAsyncApiPage } from './asyncapi-page.js';
import { API_PREFIX } from './openapi.js';

export function registerAsyncApiRoutes(app: FastifyInstance, modules: readonly ModuleWsRoutes[]) {
  const serve = (base: string, build: () => object) => {
    let document: object | undefined;
    const get = () => (document ??= build());
    const jsonUrl = `${base}/asyncapi.json`;
    app.get(jsonUrl, { schema: { hide: true } }, () => get());
    app.get(`${base}/docs`, { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(renderAsyncApiPage(get() as never, jsonUrl)),
    );
  };
  serve(`${API_PREFIX}/ws`, () => mergedAsyncApi(modules));
  for (const module of modules)
    serve(`${API_PREFIX}/${module.name}/ws`, () => moduleAsyncApi(module));
}
