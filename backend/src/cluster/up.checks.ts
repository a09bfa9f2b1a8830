// What `up` checks before anything starts, so that a refusal leaves nothing to clean up: the
// build, a cluster already running from the same state directory, the ports, the database.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandContext } from './command-context.js';
import { ClusterError } from './cluster-error.js';
import type { Cluster } from './cluster-file.schema.js';
import { displayPath, FRONTEND_DIR, SERVER_JS, type StateLayout } from './cluster-paths.js';
import { INSTANCE_HOST, type PlannedInstance } from './cluster-plan.js';
import { readRecord, recordedProcesses, removeRecord } from './cluster-record.js';
import { databaseName, GATEWAY_NAME } from './cluster-rules.js';
import { portState, tcpReachable } from './port-check.js';
import { liveness } from './process-identity.js';
import type { Terminal } from './terminal.js';

/**
 * `npm run cluster` runs what is built, as `npm start` does: it does not build, because a build
 * replaces backend/dist, which the processes of a running cluster were started from.
 * `make cluster-up` builds first.
 */
export function requireBuild(): void {
  const missing = [SERVER_JS, join(FRONTEND_DIR, 'index.html')].filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new ClusterError(
      `${missing.map(displayPath).join(' and ')} missing: run make build first (or make cluster-up, which builds)`,
    );
}

export async function refuseWhenRunning(layout: StateLayout, terminal: Terminal): Promise<void> {
  const record = await readRecord(layout);
  if (record === undefined) return;
  const alive = recordedProcesses(record).filter((p) => liveness(p.pid, p.identity) === 'ours');
  if (alive.length > 0)
    throw new ClusterError(
      `a cluster is already running from ${displayPath(layout.root)} (${alive.map((p) => p.name).join(', ')}; started ${record.startedAt} from ${displayPath(record.config)}): run down first`,
    );
  terminal.line(`clearing the record of an earlier cluster that no longer runs`);
  await removeRecord(layout, record);
}

export async function refuseTakenPorts(
  cluster: Cluster,
  instances: readonly PlannedInstance[],
): Promise<void> {
  const wanted = [
    { key: 'gateway.port', port: cluster.gatewayPort, who: GATEWAY_NAME },
    ...instances.map((i) => ({ key: `servers.${i.server}.port`, port: i.port, who: i.name })),
  ];
  const states = await Promise.all(wanted.map((w) => portState(INSTANCE_HOST, w.port)));
  const problems = wanted.flatMap((w, i) => {
    const state = states[i];
    if (state === 'in-use')
      return [
        `${w.key}: ${w.port} (${w.who}) is already in use on ${INSTANCE_HOST}; stop what holds it or choose another port`,
      ];
    if (state === 'forbidden')
      return [
        `${w.key}: ${w.port} (${w.who}) needs privileges to listen on; choose a port above 1023`,
      ];
    return [];
  });
  if (problems.length > 0) throw new ClusterError(problems.join('\n'));
}

export async function prepareDatabase(ctx: CommandContext, cluster: Cluster): Promise<void> {
  const { terminal } = ctx;
  if (cluster.database === undefined) return;
  const { ensureDatabase } = await import('./database-setup.js');
  const url = new URL(cluster.database);
  const where = `${databaseName(url)} on ${url.hostname}:${url.port || '5432'}`;
  const outcome = await ensureDatabase(cluster.database);
  terminal.line(
    outcome === 'created' ? `created the database ${where}` : `database ${where} exists`,
  );
}

export async function warnUnreachableRedis(cluster: Cluster, terminal: Terminal): Promise<void> {
  if (cluster.redis === undefined) return;
  const url = new URL(cluster.redis);
  if (await tcpReachable(url.hostname, Number(url.port || 6379))) return;
  terminal.error(
    `warning: nothing answers at redis ${url.hostname}:${url.port || 6379}; the processes start, but report degraded and refuse stream clients until it does`,
  );
}

/** The processes' shared secret, readable by the manager's user only. */
export async function writeSecret(layout: StateLayout): Promise<string> {
  const secret = randomBytes(32).toString('hex');
  // Created afresh: a mode applies only to a file being created.
  await rm(layout.secret, { force: true });
  await writeFile(layout.secret, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
