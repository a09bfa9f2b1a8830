// The cluster's documents: one instance only describes its own modules, so the gateway serves
// the merged OpenAPI and AsyncAPI documents of every module of the cluster, built here the way
// the offline spec export builds them (no port opened, no module started).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { renderAsyncApiPage } from '../shared/specs/asyncapi-page.js';
import type { AsyncApiDocument } from '../shared/specs/asyncapi.js';
import { renderSpecFiles } from '../shared/specs/export.js';
import { wsRouteNames } from './module-catalogue.js';

export interface ClusterDocuments {
  openapi: string;
  asyncapi: string;
  /** The WebSocket routes of each module that has an endpoint. */
  wsRoutes: Record<string, string[]>;
}

export async function buildDocuments(
  modules: readonly string[],
  gatewayPort: number,
): Promise<ClusterDocuments> {
  const app = await createApp({
    config: { ...loadConfig({}), enabledModules: [...modules] },
    logger: false,
    serveFrontend: false,
    serveDocsUi: false,
    documentOnly: true,
  });
  try {
    await app.ready();
    const files = new Map(renderSpecFiles(app).map((file) => [file.path, file.content]));
    const wsRoutes: Record<string, string[]> = {};
    for (const module of modules) {
      const document = files.get(`asyncapi/${module}.json`);
      if (document !== undefined) wsRoutes[module] = wsRouteNames(JSON.parse(document));
    }
    return {
      openapi: files.get('openapi/merged.json') ?? '',
      asyncapi: atGateway(files.get('asyncapi/merged.json') ?? '{}', gatewayPort),
      wsRoutes,
    };
  } finally {
    await app.close();
  }
}

/** The exported document names the server of `make run`; the cluster's is its gateway. */
function atGateway(asyncapi: string, port: number): string {
  const document = JSON.parse(asyncapi) as Record<string, unknown>;
  document.servers = {
    gateway: { url: `localhost:${port}`, protocol: 'ws', description: 'The cluster gateway' },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export async function writeDocuments(
  gatewayDir: string,
  documents: ClusterDocuments,
): Promise<void> {
  await mkdir(gatewayDir, { recursive: true });
  await writeFile(join(gatewayDir, 'openapi.json'), documents.openapi);
  await writeFile(join(gatewayDir, 'asyncapi.json'), documents.asyncapi);
  const page = renderAsyncApiPage(
    JSON.parse(documents.asyncapi) as AsyncApiDocument,
    '/api/v1/ws/asyncapi.json',
  );
  await writeFile(join(gatewayDir, 'asyncapi.html'), page);
}
