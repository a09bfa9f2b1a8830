// `logs [server]`: follows the logs until Ctrl-C. The names come from the record of the running
// cluster, or from the log files a stopped one left.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandContext } from './command-context.js';
import { ClusterError } from './cluster-error.js';
import { displayPath, type StateLayout } from './cluster-paths.js';
import { readRecord } from './cluster-record.js';
import { GATEWAY_NAME } from './cluster-rules.js';
import { followLogs, type LogSource } from './log-follow.js';

interface NamedLog extends LogSource {
  server: string;
}

async function knownLogs(layout: StateLayout): Promise<NamedLog[]> {
  const gateway: NamedLog[] = [
    { label: GATEWAY_NAME, server: GATEWAY_NAME, path: layout.nginxLog },
    { label: `${GATEWAY_NAME} access`, server: GATEWAY_NAME, path: layout.nginxAccessLog },
  ];
  const record = await readRecord(layout);
  if (record !== undefined)
    return [
      ...record.instances.map((p) => ({ label: p.name, server: p.server, path: p.log })),
      ...gateway,
    ];
  const files = await readdir(layout.logs).catch(() => [] as string[]);
  const instances = files
    .map((file) => /^(.+)-(\d+)\.log$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null && !match[1]?.startsWith('nginx'))
    .map((match) => ({
      label: `${match[1]}-${match[2]}`,
      server: match[1] ?? '',
      path: join(layout.logs, match[0]),
    }));
  return instances.length === 0 && !files.includes('nginx.log') ? [] : [...instances, ...gateway];
}

export async function logs(ctx: CommandContext): Promise<number> {
  const all = await knownLogs(ctx.layout);
  if (all.length === 0)
    throw new ClusterError(
      `no logs in ${displayPath(ctx.layout.logs)}: no cluster has run from this state directory`,
    );
  const wanted = ctx.server;
  const chosen =
    wanted === undefined ? all : all.filter((l) => l.server === wanted || l.label === wanted);
  if (chosen.length === 0) {
    const servers = [...new Set(all.map((l) => l.server))];
    throw new ClusterError(`unknown server "${wanted}"; known: ${servers.join(', ')}`, 2);
  }
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await followLogs(chosen, (line) => ctx.terminal.line(line), {
      initialLines: 50,
      pollMs: 200,
      signal: stop.signal,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}
