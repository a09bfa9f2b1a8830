// `<state>/cluster.json`: what `up` started, read by `status`, `down` and `logs`. Written after
// every process it starts, so that even an interrupted `up` leaves what `down` needs.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Type, type Static } from 'typebox';
import { literalJsonValidator } from '../shared/http/validation.js';
import { ClusterError } from './cluster-error.js';
import { displayPath, type StateLayout } from './cluster-paths.js';

const ProcessSchema = Type.Object({
  /** `<server>-<n>`, or `gateway` for nginx. */
  name: Type.String(),
  server: Type.String(),
  pid: Type.Integer({ minimum: 1 }),
  port: Type.Integer(),
  modules: Type.Array(Type.String()),
  startedAt: Type.String(),
  log: Type.String(),
  /** What identifies the process beyond its pid, which the system may give to another one. */
  identity: Type.Object({
    /** Start time in clock ticks since boot (/proc/<pid>/stat), when the system tells it. */
    startTicks: Type.Union([Type.Integer(), Type.Null()]),
    /** A text its command line holds (the server's path, nginx's configuration file). */
    commandLine: Type.String(),
  }),
});

const RecordSchema = Type.Object({
  config: Type.String(),
  startedAt: Type.String(),
  gatewayPort: Type.Integer(),
  instances: Type.Array(ProcessSchema),
  gateway: Type.Union([ProcessSchema, Type.Null()]),
});

export type ProcessRecord = Static<typeof ProcessSchema>;
export type ClusterRecord = Static<typeof RecordSchema>;

const check = literalJsonValidator().compile(RecordSchema);

/** The record, or undefined when the state directory holds none. */
export async function readRecord(layout: StateLayout): Promise<ClusterRecord | undefined> {
  const text = await readFile(layout.record, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!check(value))
    throw new ClusterError(
      `${displayPath(layout.record)} is not a record of this cluster manager; if no cluster runs from it, remove it`,
    );
  return value as ClusterRecord;
}

/** Replaces the record in one step (a reader never sees half of it). */
export async function writeRecord(layout: StateLayout, record: ClusterRecord): Promise<void> {
  await mkdir(dirname(layout.record), { recursive: true });
  const temporary = `${layout.record}.tmp`;
  await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`);
  await rename(temporary, layout.record);
}

export async function writePidFile(layout: StateLayout, name: string, pid: number): Promise<void> {
  await mkdir(layout.pids, { recursive: true });
  await writeFile(layout.pidFile(name), `${pid}\n`);
}

/** What `down` leaves: the logs (and the rendered configuration, for a look after the fact). */
export async function removeRecord(
  layout: StateLayout,
  record: ClusterRecord | undefined,
): Promise<void> {
  const names = [...(record?.instances ?? []), ...(record?.gateway ? [record.gateway] : [])].map(
    (p) => p.name,
  );
  await Promise.all(names.map((name) => rm(layout.pidFile(name), { force: true })));
  await rm(layout.record, { force: true });
  await rm(layout.secret, { force: true });
}

export const recordedProcesses = (record: ClusterRecord): ProcessRecord[] => [
  ...(record.gateway === null ? [] : [record.gateway]),
  ...record.instances,
];
