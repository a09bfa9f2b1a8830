// One OpenAPI document is collected from every route's schema by @fastify/swagger; each
// module's own document is the slice of it under `/api/v1/{module}`.
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { sortKeys } from './sort-keys.js';

export const API_PREFIX = '/api/v1';

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths?: Record<string, unknown>;
  tags?: { name: string; description?: string }[];
  [key: string]: unknown;
}

export interface ModuleSummary {
  name: string;
  description: string;
}

export async function registerOpenApi(
  app: FastifyInstance,
  modules: readonly ModuleSummary[],
  { docsUi }: { docsUi: boolean },
) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trading Pro API',
        version: '1.0.0',
        description: 'Market data and paper trading over REST and WebSocket.',
      },
      tags: modules.map(({ name, description }) => ({ name, description })),
    },
  });
  if (docsUi) {
    // Imported only when served: the offline exporter does not pay for loading it.
    const { default: swaggerUi } = await import('@fastify/swagger-ui');
    await app.register(swaggerUi, { routePrefix: `${API_PREFIX}/docs` });
  }
}

export function mergedDocument(app: FastifyInstance): OpenApiDocument {
  return sortKeys(app.swagger()) as OpenApiDocument;
}

export function moduleDocument(merged: OpenApiDocument, module: ModuleSummary): OpenApiDocument {
  const prefix = `${API_PREFIX}/${module.name}/`;
  const paths = Object.fromEntries(
    Object.entries(merged.paths ?? {}).filter(([path]) => path.startsWith(prefix)),
  );
  return sortKeys({
    ...merged,
    info: {
      ...merged.info,
      title: `Trading Pro API — ${module.name}`,
      description: module.description,
    },
    tags: [{ name: module.name, description: module.description }],
    paths,
  }) as OpenApiDocument;
}

/** `GET /api/v1/openapi.json` and `GET /api/v1/{module}/openapi.json`, hidden from the documents. */
export function registerOpenApiRoutes(app: FastifyInstance, modules: readonly ModuleSummary[]) {
  let cache: { merged: OpenApiDocument; byModule: Map<string, OpenApiDocument> } | undefined;
  const documents = () => {
    if (cache === undefined) {
      const merged = mergedDocument(app);
      const byModule = new Map(modules.map((m) => [m.name, moduleDocument(merged, m)]));
      cache = { merged, byModule };
    }
    return cache;
  };

  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, () => documents().merged);
  for (const module of modules) {
    app.get(`${API_PREFIX}/${module.name}/openapi.json`, { schema: { hide: true } }, () =>
      documents().byModule.get(module.name),
    );
  }
}
