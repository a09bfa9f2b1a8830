// Renders deploy/nginx.conf.template for one cluster: the upstreams, the locations of its
// modules and, with `routing: query`, the map from a WebSocket route to its module. Pure: the
// same input gives the same text, checked by tests and by a real `nginx -t`.
import { ClusterError } from './cluster-error.js';
import type { Cluster } from './cluster-file.schema.js';
import { INSTANCE_HOST, type PlannedInstance } from './cluster-plan.js';

export interface GatewayPaths {
  /** nginx's prefix (-p): its pid and temporary files. */
  prefix: string;
  pidFile: string;
  errorLog: string;
  accessLog: string;
  /** The cluster's rendered documents (openapi.json, asyncapi.json, asyncapi.html). */
  gatewayDir: string;
  /** The built terminal. */
  staticRoot: string;
  /** An nginx mime.types file to include; a small built-in table when undefined. */
  mimeTypes: string | undefined;
}

export interface GatewayInput {
  template: string;
  cluster: Cluster;
  instances: readonly PlannedInstance[];
  /** The WebSocket routes of each module that has an endpoint (see wsRouteNames). */
  wsRoutes: Readonly<Record<string, readonly string[]>>;
  paths: GatewayPaths;
  /** The manager runs as root: workers would otherwise switch to an unprivileged user. */
  asRoot: boolean;
}

const API = '/api/v1';
/** The server closes a WebSocket after 1 h (4000); the gateway must not cut it first. */
const WS_TIMEOUT = '3660s';
const KEEPALIVE = 16;

export const upstreamName = (server: string) => `server_${server}`;
export const ALL_INSTANCES = 'all_instances';

/** What nginx needs when no mime.types is installed: the types of the built terminal. */
const BUILT_IN_TYPES = [
  'types {',
  '    text/html html;',
  '    text/css css;',
  '    application/javascript js mjs;',
  '    application/json json map;',
  '    image/svg+xml svg;',
  '    image/png png;',
  '    image/x-icon ico;',
  '    font/woff2 woff2;',
  '}',
];

/**
 * A path the template puts in double quotes; refused when nginx would read part of it as
 * syntax or a variable. Trailing slashes go: the template adds `/file`.
 */
export function nginxPath(path: string): string {
  if (/["\\$\n\r\t{}]/.test(path))
    throw new ClusterError(
      `The path ${path} holds a character nginx cannot take in a file name (" \\ $ { } or a control character); use another directory`,
      2,
    );
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function renderNginxConfig(input: GatewayInput): string {
  const { cluster, instances, paths } = input;
  const values: Record<string, string[]> = {
    user: input.asRoot
      ? [
          '# Run by root: the workers stay root so that they read the terminal and the state',
          '# directory wherever those are (nginx listens on 127.0.0.1 only).',
          'user root;',
        ]
      : ['# Not run by root: the workers run as the same user as nginx itself.'],
    pid_file: [nginxPath(paths.pidFile)],
    error_log: [nginxPath(paths.errorLog)],
    access_log: [nginxPath(paths.accessLog)],
    temp_dir: [nginxPath(paths.prefix)],
    mime_types:
      paths.mimeTypes === undefined ? BUILT_IN_TYPES : [`include "${nginxPath(paths.mimeTypes)}";`],
    ws_maps:
      cluster.websocket.routing === 'query' ? wsMaps(input) : ['# WebSockets are routed by path.'],
    upstreams: upstreams(cluster, instances),
    listen: [`${INSTANCE_HOST}:${cluster.gatewayPort}`],
    gateway_dir: [nginxPath(paths.gatewayDir)],
    static_root: [nginxPath(paths.staticRoot)],
    module_locations: moduleLocations(input),
    ws_query_location:
      cluster.websocket.routing === 'query'
        ? wsQueryLocation(input)
        : ['# No single WebSocket endpoint (routing: path).'],
  };
  return fillTemplate(input.template, values);
}

/**
 * Replaces each `{{name}}` with its lines, indented like the placeholder. A placeholder without
 * a value, or a value the template does not use, is a mistake in one of the two.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, readonly string[]>>,
): string {
  const used = new Set<string>();
  const text = template.replace(
    /^([ \t]*)(.*?)\{\{([a-z_]+)\}\}/gm,
    (match, indent: string, before: string, name: string) => {
      const lines = values[name];
      if (lines === undefined) throw new Error(`nginx template: no value for {{${name}}}`);
      used.add(name);
      if (before !== '') {
        // Inline (`listen {{listen}};`): one line, in place.
        if (lines.length !== 1)
          throw new Error(`nginx template: {{${name}}} is inline but has ${lines.length} lines`);
        return `${indent}${before}${lines[0]}`;
      }
      return lines.map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n');
    },
  );
  const remaining = /\{\{([a-z_]+)\}\}/.exec(text);
  if (remaining !== null)
    throw new Error(`nginx template: {{${remaining[1]}}} is used twice on a line`);
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0)
    throw new Error(`nginx template: it does not use {{${unused.join('}}, {{')}}}`);
  return text;
}

function upstreams(cluster: Cluster, instances: readonly PlannedInstance[]): string[] {
  const block = (name: string, members: readonly PlannedInstance[]) => [
    `upstream ${name} {`,
    ...members.map((i) =>
      i.socket === undefined
        ? `    server ${INSTANCE_HOST}:${i.port};  # ${i.name}`
        : `    server "unix:${nginxPath(i.socket)}";  # ${i.name}, port ${i.port}`,
    ),
    `    keepalive ${KEEPALIVE};`,
    '}',
  ];
  return [
    ...cluster.servers.flatMap((server) => [
      ...block(
        upstreamName(server.name),
        instances.filter((i) => i.server === server.name),
      ),
      '',
    ]),
    ...block(ALL_INSTANCES, instances),
  ];
}

/** The server that runs each module of the cluster, in the file's order. */
function moduleServers(cluster: Cluster): [module: string, server: string][] {
  return cluster.servers.flatMap((server) =>
    server.modules.map((m) => [m, server.name] as [string, string]),
  );
}

function moduleLocations(input: GatewayInput): string[] {
  const lines = [`location ${API}/core/ {`, `    proxy_pass http://${ALL_INSTANCES};`, '}'];
  for (const [module, server] of moduleServers(input.cluster)) {
    lines.push(
      `location ${API}/${module}/ {`,
      `    proxy_pass http://${upstreamName(server)};`,
      '}',
    );
    if (input.wsRoutes[module] !== undefined)
      lines.push(
        `location = ${API}/${module}/ws {`,
        '    set $ws_upgrade $http_upgrade;',
        `    proxy_pass http://${upstreamName(server)};`,
        `    proxy_read_timeout ${WS_TIMEOUT};`,
        `    proxy_send_timeout ${WS_TIMEOUT};`,
        '}',
      );
  }
  return lines;
}

const ROUTE_NAME = /^[a-z0-9][a-z0-9._-]*$/;
/** Source values that `map` reads as its own parameters unless escaped. */
const MAP_KEYWORDS = new Set(['default', 'hostnames', 'include', 'volatile']);

/** route → module, for the modules of this cluster; two modules owning one route is an error. */
export function routeOwners(
  input: Pick<GatewayInput, 'cluster' | 'wsRoutes'>,
): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [module] of moduleServers(input.cluster)) {
    for (const route of input.wsRoutes[module] ?? []) {
      if (!ROUTE_NAME.test(route))
        throw new Error(`The WebSocket route "${route}" of ${module} cannot be a query value`);
      const owner = owners.get(route);
      if (owner !== undefined)
        throw new ClusterError(
          `websocket.routing: query cannot tell ${owner} from ${module}: both serve the route "${route}"; use routing: path`,
          2,
        );
      owners.set(route, module);
    }
  }
  return owners;
}

function wsMaps(input: GatewayInput): string[] {
  if (input.cluster.websocket.routing !== 'query') return [];
  const { param } = input.cluster.websocket;
  const owners = routeOwners(input);
  const servers = new Map(moduleServers(input.cluster));
  const key = (route: string) => (MAP_KEYWORDS.has(route) ? `\\${route}` : route);
  const modules = [...new Set(owners.values())];
  return [
    `# /api/v1/ws?${param}=<route>: the module that serves the route, and its server.`,
    `map $arg_${param} $ws_module {`,
    "    default '';",
    ...[...owners].map(([route, module]) => `    ${key(route)} ${module};`),
    '}',
    'map $ws_module $ws_upstream {',
    "    default '';",
    ...modules.map((module) => `    ${module} ${upstreamName(servers.get(module) ?? '')};`),
    '}',
  ];
}

function wsQueryLocation(input: GatewayInput): string[] {
  if (input.cluster.websocket.routing !== 'query') return [];
  const { param } = input.cluster.websocket;
  const routes = [...routeOwners(input).keys()].join(', ');
  const body = JSON.stringify({
    statusCode: 400,
    error: 'Bad Request',
    message: `Unknown WebSocket route: ${API}/ws takes ?${param}= with one of ${routes}`,
  });
  return [
    `# One endpoint for every route (routing: query); the module paths above keep working.`,
    `location = ${API}/ws {`,
    '    default_type application/json;',
    "    if ($ws_module = '') {",
    `        return 400 '${body}';`,
    '    }',
    '    set $ws_upgrade $http_upgrade;',
    `    rewrite ^ ${API}/$ws_module/ws break;`,
    '    proxy_pass http://$ws_upstream;',
    `    proxy_read_timeout ${WS_TIMEOUT};`,
    `    proxy_send_timeout ${WS_TIMEOUT};`,
    '}',
  ];
}
