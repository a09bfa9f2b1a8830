// The gateway's files, rendered before any process starts: the cluster's documents and the
// nginx configuration, which nginx checks (`nginx -t`) so that a mistake stops `up` early.
import { readFile, writeFile } from 'node:fs/promises';
import type { CommandContext } from './command-context.js';
import type { Cluster } from './cluster-file.schema.js';
import { FRONTEND_DIR, NGINX_TEMPLATE } from './cluster-paths.js';
import type { PlannedInstance } from './cluster-plan.js';
import { renderNginxConfig } from './nginx-config.js';
import { mimeTypesFile, nginxFiles, testNginxConfig } from './nginx-process.js';
import { formatSeconds } from './status-table.js';

export async function prepareGateway(
  ctx: CommandContext,
  cluster: Cluster,
  instances: readonly PlannedInstance[],
  nginx: string,
): Promise<void> {
  const { layout, terminal } = ctx;
  const started = Date.now();
  terminal.write('rendering the cluster documents and the nginx configuration … ');
  try {
    // Loaded here: it builds the application, which the other commands never need.
    const { buildDocuments, writeDocuments } = await import('./api-documents.js');
    const documents = await buildDocuments(
      cluster.servers.flatMap((s) => s.modules),
      cluster.gatewayPort,
    );
    await writeDocuments(layout.gateway, documents);
    const config = renderNginxConfig({
      template: await readFile(NGINX_TEMPLATE, 'utf8'),
      cluster,
      instances,
      wsRoutes: documents.wsRoutes,
      asRoot: process.getuid?.() === 0,
      paths: {
        prefix: layout.nginx,
        pidFile: layout.nginxPid,
        errorLog: layout.nginxLog,
        accessLog: layout.nginxAccessLog,
        gatewayDir: layout.gateway,
        staticRoot: FRONTEND_DIR,
        mimeTypes: mimeTypesFile(),
      },
    });
    await writeFile(layout.nginxConf, config);
    testNginxConfig(nginx, nginxFiles(layout));
  } catch (error) {
    terminal.line('failed');
    throw error;
  }
  terminal.line(`checked in ${formatSeconds(Date.now() - started)}`);
}
