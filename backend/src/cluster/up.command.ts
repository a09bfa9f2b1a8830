// `up`: everything that can be refused is checked before the first process starts (the file,
// nginx, the ports, the database, the nginx configuration); then each instance is started and
// must answer its health check before the next one, and the gateway last. A failure stops
// what was started, so `up` leaves either a whole cluster or nothing.
import { mkdir } from 'node:fs/promises';
import type { CommandContext } from './command-context.js';
import { loadCluster } from './cluster-file.js';
import { DEFAULT_STATE_DIR, displayPath, fromRoot, type StateLayout } from './cluster-paths.js';
import { INSTANCE_HOST, planInstances, withSockets } from './cluster-plan.js';
import {
  recordedProcesses,
  removeRecord,
  writeRecord,
  type ClusterRecord,
} from './cluster-record.js';
import { stopCluster } from './down.command.js';
import { placeableModules } from './module-catalogue.js';
import { findNginx } from './nginx-process.js';
import { formatTable } from './status-table.js';
import {
  prepareDatabase,
  refuseTakenPorts,
  refuseWhenRunning,
  requireBuild,
  warnUnreachableRedis,
  writeSecret,
} from './up.checks.js';
import { prepareGateway } from './up.gateway.js';
import {
  INTERRUPTED,
  printLogTail,
  startGateway,
  startInstance,
  StartFailure,
} from './up.processes.js';

function summary(record: ClusterRecord, layout: StateLayout): string {
  const rows = recordedProcesses(record).map((p) => [
    p.name,
    String(p.pid),
    `${INSTANCE_HOST}:${p.port}`,
    p.modules.length === 0 ? '(nginx)' : p.modules.join(','),
    displayPath(p.log),
  ]);
  return [
    formatTable(['PROCESS', 'PID', 'ADDRESS', 'MODULES', 'LOG'], rows),
    '',
    `The cluster runs in the background: http://${INSTANCE_HOST}:${record.gatewayPort}`,
    `  status: npm run cluster -- status   logs: … logs [server]   stop: … down` +
      (layout.root === fromRoot(DEFAULT_STATE_DIR)
        ? ''
        : `   (add --state-dir ${displayPath(layout.root)})`),
  ].join('\n');
}

export async function up(ctx: CommandContext): Promise<number> {
  const { layout, terminal } = ctx;
  const cluster = await loadCluster(ctx.configPath, ctx.configLabel, placeableModules());
  requireBuild();
  const nginx = findNginx(ctx.env);
  await refuseWhenRunning(layout, terminal);
  const instances = withSockets(planInstances(cluster), layout.sockets);
  await refuseTakenPorts(cluster, instances);
  await prepareDatabase(ctx, cluster);
  await warnUnreachableRedis(cluster, terminal);

  for (const dir of [layout.logs, layout.pids, layout.nginx, layout.gateway, layout.sockets])
    await mkdir(dir, { recursive: true });
  await prepareGateway(ctx, cluster, instances, nginx);
  const secret = await writeSecret(layout);

  const record: ClusterRecord = {
    config: ctx.configPath,
    startedAt: new Date().toISOString(),
    gatewayPort: cluster.gatewayPort,
    instances: [],
    gateway: null,
  };
  await writeRecord(layout, record);
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    for (const instance of instances)
      await startInstance(ctx, cluster, instance, secret, record, interrupt.signal);
    await startGateway(ctx, cluster, nginx, record, interrupt.signal);
  } catch (error) {
    // Whatever went wrong, nothing is left half-started.
    if (error instanceof StartFailure) {
      terminal.error(error.message);
      await printLogTail(error, terminal);
    }
    if (!(error instanceof StartFailure) || error.message !== INTERRUPTED)
      terminal.error('stopping what was started:');
    if (await stopCluster(record, terminal)) await removeRecord(layout, record);
    if (!(error instanceof StartFailure)) throw error;
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  terminal.line('');
  terminal.line(summary(record, layout));
  return 0;
}
