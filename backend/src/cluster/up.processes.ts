// Starting the processes of `up`, one at a time: each is recorded as soon as it exists (so that
// `down` can stop it even if `up` is itself interrupted) and must then answer its health check.
import type { ChildProcess } from 'node:child_process';
import type { CommandContext } from './command-context.js';
import { ClusterError } from './cluster-error.js';
import type { Cluster } from './cluster-file.schema.js';
import { displayPath, REPO_ROOT, SERVER_JS } from './cluster-paths.js';
import { INSTANCE_HOST, instanceEnvironment, type PlannedInstance } from './cluster-plan.js';
import {
  writePidFile,
  writeRecord,
  type ClusterRecord,
  type ProcessRecord,
} from './cluster-record.js';
import { GATEWAY_NAME } from './cluster-rules.js';
import { probeHealth, type HealthAnswer } from './health-probe.js';
import { lastLines } from './log-follow.js';
import { nginxFiles, nginxRunArgs } from './nginx-process.js';
import { sleep, startDetached } from './process-control.js';
import { startTicks } from './process-identity.js';
import { formatSeconds } from './status-table.js';
import type { Terminal } from './terminal.js';

const HEALTH_TIMEOUT_MS = 30_000;
const HEALTH_POLL_MS = 150;
const LOG_TAIL_LINES = 40;
/** The line each start writes first in its log, so that a failure shows this start's lines only. */
const STARTED_BY = 'started by the cluster manager at';
const banner = (name: string, port: number) =>
  `--- ${name}: ${STARTED_BY} ${new Date().toISOString()} on port ${port} ---`;

/** A process did not come up; `log` is where it says why. */
export class StartFailure extends ClusterError {
  constructor(
    message: string,
    readonly log?: string,
  ) {
    super(message);
  }
}
export const INTERRUPTED = 'interrupted: stopping what was started';

/** Polls the health check until it answers, the process exits, the wait times out or Ctrl-C. */
async function waitHealthy(
  name: string,
  port: number,
  child: ChildProcess,
  interrupted: AbortSignal,
  expectModules: readonly string[],
): Promise<HealthAnswer> {
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = signal === null ? `exited with code ${code}` : `was killed by ${signal}`;
  });
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (exited !== undefined) throw new StartFailure(`${name} ${exited} before it was healthy`);
    if (interrupted.aborted) throw new StartFailure(INTERRUPTED);
    const answer = await probeHealth(INSTANCE_HOST, port, 1_000);
    if (answer.health !== 'down') {
      const missing = expectModules.filter((m) => !(answer.modules ?? []).includes(m));
      // A port check passed before the start, but another program may have taken the port since.
      if (missing.length > 0)
        throw new StartFailure(
          `${name}: what answers on port ${port} does not load ${missing.join(', ')}; is another server there?`,
        );
      return answer;
    }
    if (Date.now() >= deadline)
      throw new StartFailure(
        `${name} gave no healthy answer on port ${port} within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${answer.detail ?? 'down'})`,
      );
    await sleep(HEALTH_POLL_MS);
  }
}

function processRecord(
  child: ChildProcess,
  fields: Omit<ProcessRecord, 'pid' | 'startedAt' | 'identity'>,
  commandLine: string,
): ProcessRecord {
  const pid = child.pid;
  if (pid === undefined) throw new StartFailure(`${fields.name} could not be started`);
  return {
    ...fields,
    pid,
    startedAt: new Date().toISOString(),
    identity: { startTicks: startTicks(pid), commandLine },
  };
}

export async function startInstance(
  ctx: CommandContext,
  cluster: Cluster,
  instance: PlannedInstance,
  secret: string,
  record: ClusterRecord,
  interrupted: AbortSignal,
): Promise<void> {
  const log = ctx.layout.logFile(instance.name);
  ctx.terminal.write(
    `starting ${instance.name} on ${INSTANCE_HOST}:${instance.port} (${instance.modules.join(', ')}) … `,
  );
  const started = Date.now();
  const child = startDetached({
    command: process.execPath,
    args: [SERVER_JS],
    cwd: REPO_ROOT,
    env: instanceEnvironment(cluster, instance, secret, ctx.env),
    log,
    banner: banner(instance.name, instance.port),
  });
  const entry = processRecord(child, { ...instance, log }, SERVER_JS);
  record.instances.push(entry);
  await writeRecord(ctx.layout, record);
  await writePidFile(ctx.layout, instance.name, entry.pid);
  try {
    const answer = await waitHealthy(instance.name, instance.port, child, interrupted, [
      'core',
      ...instance.modules,
    ]);
    const note = answer.health === 'degraded' ? ` (degraded: ${answer.detail})` : '';
    ctx.terminal.line(`healthy in ${formatSeconds(Date.now() - started)}${note}`);
  } catch (error) {
    ctx.terminal.line('failed');
    throw withLog(error, log);
  }
}

export async function startGateway(
  ctx: CommandContext,
  cluster: Cluster,
  nginx: string,
  record: ClusterRecord,
  interrupted: AbortSignal,
): Promise<void> {
  const { layout, terminal } = ctx;
  terminal.write(`starting the gateway (nginx) on ${INSTANCE_HOST}:${cluster.gatewayPort} … `);
  const started = Date.now();
  const child = startDetached({
    command: nginx,
    args: nginxRunArgs(nginxFiles(layout)),
    cwd: layout.nginx,
    env: ctx.env,
    log: layout.nginxLog,
    banner: banner(GATEWAY_NAME, cluster.gatewayPort),
  });
  const entry = processRecord(
    child,
    {
      name: GATEWAY_NAME,
      server: GATEWAY_NAME,
      port: cluster.gatewayPort,
      modules: [],
      log: layout.nginxLog,
    },
    layout.nginxConf,
  );
  record.gateway = entry;
  await writeRecord(layout, record);
  await writePidFile(layout, GATEWAY_NAME, entry.pid);
  try {
    // Through nginx, an instance answers: the gateway routes.
    await waitHealthy(GATEWAY_NAME, cluster.gatewayPort, child, interrupted, ['core']);
    terminal.line(`answering in ${formatSeconds(Date.now() - started)}`);
  } catch (error) {
    terminal.line('failed');
    throw withLog(error, layout.nginxLog);
  }
}

/** The failure, with the log that tells why. */
function withLog(error: unknown, log: string): unknown {
  if (!(error instanceof StartFailure) || error.message === INTERRUPTED) return error;
  return new StartFailure(error.message, log);
}

/** The end of the log, from this start's banner on: earlier runs' lines tell nothing of it. */
export async function printLogTail(error: StartFailure, terminal: Terminal): Promise<void> {
  if (error.log === undefined) return;
  const recent = await lastLines(error.log, LOG_TAIL_LINES * 10);
  const start = recent.findLastIndex(
    (line) => line.startsWith('--- ') && line.includes(STARTED_BY),
  );
  const lines = recent.slice(Math.max(start, 0)).slice(-LOG_TAIL_LINES);
  terminal.error(`the last ${lines.length} lines of ${displayPath(error.log)}:`);
  for (const line of lines) terminal.error(`  ${line}`);
}
