// What `up` starts: one process per instance of each server, its port, its name and its
// environment. Pure, so what each process receives is tested without starting any.
import { join } from 'node:path';
import type { Cluster } from './cluster-file.schema.js';

/** The module other modules read quotes from; a process without it gets DATAFEED_URL. */
export const DATAFEED_MODULE = 'datafeed';
export const INSTANCE_HOST = '127.0.0.1';

export interface PlannedInstance {
  /** `<server>-<n>`, n from 1: the process's name in status, logs and its pid and log files. */
  name: string;
  server: string;
  port: number;
  modules: string[];
  /** The Unix socket the gateway reaches it on, when the path is short enough for one. */
  socket?: string;
}

/**
 * In start order: the servers that load the datafeed first, since the others read their quotes
 * from it and would otherwise start without prices; then the rest, in the file's order.
 */
export function planInstances(cluster: Cluster): PlannedInstance[] {
  const provides = (server: Cluster['servers'][number]) => server.modules.includes(DATAFEED_MODULE);
  const ordered = [
    ...cluster.servers.filter(provides),
    ...cluster.servers.filter((s) => !provides(s)),
  ];
  return ordered.flatMap((server) =>
    Array.from({ length: server.instances }, (_, i) => ({
      name: `${server.name}-${i + 1}`,
      server: server.name,
      port: server.port + i,
      modules: [...server.modules],
    })),
  );
}

/** Linux takes socket paths of up to 107 bytes; a longer state directory keeps TCP. */
const MAX_SOCKET_PATH = 100;

/** Gives each instance its Unix socket under `dir` (the gateway's way in), where it fits. */
export function withSockets(instances: readonly PlannedInstance[], dir: string): PlannedInstance[] {
  return instances.map((instance) => {
    const socket = join(dir, `${instance.name}.sock`);
    return Buffer.byteLength(socket) <= MAX_SOCKET_PATH ? { ...instance, socket } : instance;
  });
}

export const instanceUrl = (port: number) => `http://${INSTANCE_HOST}:${port}`;

/** Variables that the cluster file decides; the manager's own values are never passed on. */
const DECIDED_BY_THE_FILE = [
  'ENABLED_MODULES',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'REDIS_URL',
  'CLUSTER_SECRET',
  'DATAFEED_URL',
  'INSTANCE_NAME',
  'UNIX_SOCKET',
];

export function instanceEnvironment(
  cluster: Cluster,
  instance: PlannedInstance,
  secret: string,
  parent: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...parent };
  for (const key of DECIDED_BY_THE_FILE) delete env[key];
  env.ENABLED_MODULES = instance.modules.join(',');
  env.PORT = String(instance.port);
  env.HOST = INSTANCE_HOST;
  if (cluster.database !== undefined) env.DATABASE_URL = cluster.database;
  if (cluster.redis !== undefined) env.REDIS_URL = cluster.redis;
  env.CLUSTER_SECRET = secret;
  if (!instance.modules.includes(DATAFEED_MODULE)) {
    const datafeeds = planInstances(cluster).filter((i) => i.modules.includes(DATAFEED_MODULE));
    if (datafeeds.length > 0)
      env.DATAFEED_URL = datafeeds.map((i) => instanceUrl(i.port)).join(',');
  }
  env.INSTANCE_NAME = instance.name;
  if (instance.socket !== undefined) env.UNIX_SOCKET = instance.socket;
  return env;
}
