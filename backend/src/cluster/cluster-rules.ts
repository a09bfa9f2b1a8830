// The checks that need the whole cluster file: where each module runs, which ports are taken,
// what several processes need to share. They read the file as parsed, so they can report
// alongside the schema's findings; a value of the wrong shape is left to the schema.
import { CORE_MODULE } from '../shared/registry.js';
import { DEFAULT_GATEWAY_PORT } from './cluster-file.schema.js';

/** Accounts have one writer at a time; until the ownership lease exists that is one process. */
export const SINGLE_WRITER_MODULE = 'broker';
/** The gateway's process name in `status` and `logs`. */
export const GATEWAY_NAME = 'gateway';

const SERVER_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const WS_PARAM = /^[a-z][a-z0-9_]*$/;

interface ReadableServer {
  name: string;
  /** Undefined when the schema refuses them. */
  modules: string[] | undefined;
  port: number | undefined;
  instances: number | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPort = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535;

function readServers(file: Record<string, unknown>): ReadableServer[] {
  if (!isRecord(file.servers)) return [];
  return Object.entries(file.servers).map(([name, entry]) => {
    const server = isRecord(entry) ? entry : {};
    const modules = server.modules;
    const instances = server.instances ?? 1;
    return {
      name,
      modules:
        Array.isArray(modules) && modules.every((m) => typeof m === 'string')
          ? (modules as string[])
          : undefined,
      port: isPort(server.port) ? server.port : undefined,
      instances:
        Number.isInteger(instances) && (instances as number) >= 1
          ? (instances as number)
          : undefined,
    };
  });
}

const range = (first: number, count: number) =>
  count === 1 ? `${first}` : `${first}-${first + count - 1}`;

/** `knownModules`: every module that may be placed (core excluded: it is in every process). */
export function clusterRuleProblems(file: unknown, knownModules: readonly string[]): string[] {
  if (!isRecord(file)) return [];
  const servers = readServers(file);
  return [
    ...serverNameProblems(servers),
    ...portProblems(file, servers),
    ...moduleProblems(servers, knownModules),
    ...sharingProblems(file, servers),
    ...urlProblems(file),
    ...websocketProblems(file),
  ];
}

function serverNameProblems(servers: readonly ReadableServer[]): string[] {
  return servers.flatMap(({ name }) => {
    if (name === GATEWAY_NAME)
      return [
        `servers.${name}: "${GATEWAY_NAME}" is the name of the nginx process; choose another`,
      ];
    if (!SERVER_NAME.test(name))
      return [
        `servers.${name}: a server name is lowercase letters and digits, words joined by single hyphens`,
      ];
    return [];
  });
}

function portProblems(file: Record<string, unknown>, servers: readonly ReadableServer[]): string[] {
  const problems: string[] = [];
  const gateway = isRecord(file.gateway) ? file.gateway.port : DEFAULT_GATEWAY_PORT;
  const gatewayPort = isPort(gateway) ? gateway : undefined;
  const gatewayLabel =
    file.gateway === undefined
      ? `gateway.port (${gatewayPort}, the default)`
      : `gateway.port (${gatewayPort})`;
  const placed: { name: string; first: number; last: number; count: number }[] = [];
  for (const server of servers) {
    if (server.port === undefined || server.instances === undefined) continue;
    const { port, instances } = server;
    const last = port + instances - 1;
    const own = range(port, instances);
    if (last > 65535) {
      problems.push(
        `servers.${server.name}.instances: ${instances} instances from port ${port} run past 65535`,
      );
      continue;
    }
    if (gatewayPort !== undefined && gatewayPort >= port && gatewayPort <= last)
      problems.push(`servers.${server.name}.port: ${own} collides with ${gatewayLabel}`);
    for (const other of placed) {
      if (port <= other.last && other.first <= last)
        problems.push(
          `servers.${server.name}.port: ${own} collides with servers.${other.name} (${range(other.first, other.count)})`,
        );
    }
    placed.push({ name: server.name, first: port, last, count: instances });
  }
  return problems;
}

function moduleProblems(
  servers: readonly ReadableServer[],
  knownModules: readonly string[],
): string[] {
  const problems: string[] = [];
  const known = new Set(knownModules);
  const placedOn = new Map<string, string>();
  for (const server of servers) {
    if (server.modules === undefined) continue;
    const key = `servers.${server.name}.modules`;
    const seen = new Set<string>();
    for (const module of server.modules) {
      if (seen.has(module)) {
        problems.push(`${key}: ${module} is listed twice`);
        continue;
      }
      seen.add(module);
      if (module === CORE_MODULE) {
        problems.push(`${key}: ${CORE_MODULE} is loaded in every process; do not list it`);
      } else if (!known.has(module)) {
        problems.push(
          `${key}: unknown module "${module}" (known: ${[...knownModules].join(', ')})`,
        );
      } else if (placedOn.has(module)) {
        // The broker's own rule (one process) says more than "also on".
        if (module !== SINGLE_WRITER_MODULE)
          problems.push(
            `${key}: ${module} is also on servers.${placedOn.get(module)}; a module runs on one server (raise its instances instead)`,
          );
      } else {
        placedOn.set(module, server.name);
      }
    }
  }
  // Only when every server's list could be read: otherwise a module may sit in an unreadable one.
  if (servers.length > 0 && servers.every((server) => server.modules !== undefined)) {
    for (const module of knownModules)
      if (!placedOn.has(module))
        problems.push(`servers: ${module} is on no server; add it to one server's modules`);
  }
  return problems;
}

function sharingProblems(
  file: Record<string, unknown>,
  servers: readonly ReadableServer[],
): string[] {
  const problems: string[] = [];
  const brokers = servers.filter((s) => s.modules?.includes(SINGLE_WRITER_MODULE) === true);
  const brokerProcesses = brokers.reduce((sum, s) => sum + (s.instances ?? 1), 0);
  if (brokerProcesses > 1) {
    const key =
      brokers.length === 1
        ? `servers.${brokers[0]?.name}.instances`
        : `servers.${brokers[1]?.name}.modules`;
    problems.push(
      `${key}: ${brokerProcesses} broker processes: several broker instances need one writer per account, which is not built yet; run the broker as one instance on one server`,
    );
    if (file.database === undefined)
      problems.push(
        `database: several broker processes must share one PostgreSQL database; set database: postgres://host:5432/name`,
      );
  }
  const processes = servers.reduce((sum, s) => sum + (s.instances ?? 1), 0);
  if (processes > 1 && file.redis === undefined)
    problems.push(
      `redis: ${processes} processes need Redis to share their events; set redis: redis://host:6379`,
    );
  return problems;
}

function urlProblems(file: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof file.database === 'string') {
    const problem = databaseUrlProblem(file.database);
    if (problem !== undefined) problems.push(`database: ${problem}`);
  }
  if (typeof file.redis === 'string' && !/^rediss?:\/\/[^/]/.test(file.redis))
    problems.push(`redis: must be a redis:// or rediss:// URL, not ${JSON.stringify(file.redis)}`);
  return problems;
}

function databaseUrlProblem(value: string): string | undefined {
  const example = 'postgres://host:5432/name';
  if (!/^postgres(ql)?:\/\//.test(value))
    return `must be a postgres:// URL (${example}), not ${JSON.stringify(value)}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a valid URL (${example})`;
  }
  if (url.hostname === '') return `names no host (${example})`;
  if (databaseName(url) === '') return `names no database (${example})`;
  return undefined;
}

/** The database a postgres:// URL names: its path without the leading slash. */
export function databaseName(url: URL): string {
  return decodeURIComponent(url.pathname.replace(/^\//, ''));
}

function websocketProblems(file: Record<string, unknown>): string[] {
  if (!isRecord(file.websocket)) return [];
  const { routing, param } = file.websocket;
  if (param === undefined) return [];
  if (routing === 'path') return [`websocket.param: only used with routing: query`];
  if (typeof param === 'string' && !WS_PARAM.test(param))
    return [
      `websocket.param: must be a query parameter name (lowercase letters, digits, _), not ${JSON.stringify(param)}`,
    ];
  return [];
}
