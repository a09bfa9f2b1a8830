// `down`: the gateway first, so that no new request reaches a process that is stopping, then
// every instance at once. Idempotent: with nothing running it says so and succeeds.
import type { CommandContext } from './command-context.js';
import { displayPath } from './cluster-paths.js';
import {
  readRecord,
  removeRecord,
  type ClusterRecord,
  type ProcessRecord,
} from './cluster-record.js';
import { STOP_GRACE_MS, stopProcess, type StopOutcome } from './process-control.js';
import { formatSeconds } from './status-table.js';
import type { Terminal } from './terminal.js';

function describe(process: ProcessRecord, outcome: StopOutcome): string {
  const who = `${process.name} (pid ${process.pid})`;
  switch (outcome.kind) {
    case 'stopped':
      return outcome.signal === 'SIGTERM'
        ? `stopped ${who}: SIGTERM, exited in ${formatSeconds(outcome.ms)}`
        : `stopped ${who}: SIGKILL, still running ${STOP_GRACE_MS / 1000} s after SIGTERM`;
    case 'not-running':
      return `${who} had already exited`;
    case 'not-ours':
      return `${process.name}: pid ${process.pid} now belongs to another process; left alone`;
    case 'still-running':
      return `${who} is still running after SIGKILL; look at it yourself (ps -p ${process.pid})`;
  }
}

/** Stops what the record lists; false when a process would not stop. */
export async function stopCluster(record: ClusterRecord, terminal: Terminal): Promise<boolean> {
  let allStopped = true;
  const report = (process: ProcessRecord, outcome: StopOutcome) => {
    if (outcome.kind === 'still-running') {
      allStopped = false;
      terminal.error(describe(process, outcome));
    } else {
      terminal.line(describe(process, outcome));
    }
  };
  if (record.gateway !== null)
    report(record.gateway, await stopProcess(record.gateway.pid, record.gateway.identity));
  // In parallel: each has the same grace period, so the whole stop takes at most one of them.
  const outcomes = await Promise.all(record.instances.map((p) => stopProcess(p.pid, p.identity)));
  record.instances.forEach((p, i) => report(p, outcomes[i] ?? { kind: 'not-running' }));
  return allStopped;
}

export async function down(ctx: CommandContext): Promise<number> {
  const record = await readRecord(ctx.layout);
  if (record === undefined) {
    ctx.terminal.line(
      `no cluster is running (nothing recorded in ${displayPath(ctx.layout.root)})`,
    );
    return 0;
  }
  const stopped = await stopCluster(record, ctx.terminal);
  if (!stopped) return 1;
  await removeRecord(ctx.layout, record);
  ctx.terminal.line(`the cluster is stopped; its logs stay in ${displayPath(ctx.layout.logs)}`);
  return 0;
}
