// `status`: each recorded process — is it still the one started, and what does its health say.
// Exit 0 only when every process, the gateway included, answers ok.
import type { CommandContext } from './command-context.js';
import { INSTANCE_HOST } from './cluster-plan.js';
import { displayPath } from './cluster-paths.js';
import { readRecord, recordedProcesses, type ProcessRecord } from './cluster-record.js';
import { probeHealth, type HealthAnswer } from './health-probe.js';
import { liveness } from './process-identity.js';
import { statusTable, type StatusRow } from './status-table.js';

async function inspect(
  process: ProcessRecord,
  now: number,
): Promise<{ row: StatusRow; note?: string }> {
  const modules = process.modules.length === 0 ? ['(nginx)'] : process.modules;
  const base = { process: process.name, port: process.port, modules };
  const state = liveness(process.pid, process.identity);
  if (state !== 'ours') {
    const note =
      state === 'gone'
        ? `${process.name}: not running (pid ${process.pid} has exited); its log: ${displayPath(process.log)}`
        : `${process.name}: pid ${process.pid} now belongs to another process`;
    return { row: { ...base, pid: undefined, health: 'down', uptimeMs: undefined }, note };
  }
  // The gateway's health is an instance's, answered through nginx: the whole path works.
  const answer: HealthAnswer = await probeHealth(INSTANCE_HOST, process.port);
  const row = {
    ...base,
    pid: process.pid,
    health: answer.health,
    uptimeMs: now - Date.parse(process.startedAt),
  };
  return answer.health === 'ok'
    ? { row }
    : { row, note: `${process.name}: ${answer.health} (${answer.detail ?? 'no detail'})` };
}

export async function status(ctx: CommandContext): Promise<number> {
  const record = await readRecord(ctx.layout);
  if (record === undefined) {
    ctx.terminal.line(
      `no cluster is running (nothing recorded in ${displayPath(ctx.layout.root)})`,
    );
    return 1;
  }
  const now = Date.now();
  const results = await Promise.all(recordedProcesses(record).map((p) => inspect(p, now)));
  ctx.terminal.line(
    `cluster of ${displayPath(record.config)}, gateway http://${INSTANCE_HOST}:${record.gatewayPort}, started ${record.startedAt}`,
  );
  ctx.terminal.line(statusTable(results.map((r) => r.row)));
  const notes = results.flatMap((r) => (r.note === undefined ? [] : [r.note]));
  for (const note of notes) ctx.terminal.line(note);
  if (record.gateway === null) ctx.terminal.line('gateway: not started (the start did not finish)');
  return notes.length === 0 && record.gateway !== null ? 0 : 1;
}
