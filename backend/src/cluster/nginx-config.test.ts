import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ClusterError } from './cluster-error.js';
import { checkCluster } from './cluster-file.js';
import type { Cluster } from './cluster-file.schema.js';
import { NGINX_TEMPLATE, REPO_ROOT } from './cluster-paths.js';
import { instanceEnvironment, planInstances, withSockets } from './cluster-plan.js';
import { wsRouteNames } from './module-catalogue.js';
import {
  fillTemplate,
  nginxPath,
  renderNginxConfig,
  routeOwners,
  type GatewayInput,
} from './nginx-config.js';
import { DEFAULT_NGINX } from './nginx-process.js';

// A cluster file as parsed YAML, which each case edits freely (keys removed, values of any type).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Draft = Record<string, any>;

const template = readFileSync(NGINX_TEMPLATE, 'utf8');
const specRoutes = (module: string) =>
  wsRouteNames(
    JSON.parse(readFileSync(join(REPO_ROOT, `backend/specs/asyncapi/${module}.json`), 'utf8')),
  );
const wsRoutes = { broker: specRoutes('broker'), datafeed: specRoutes('datafeed') };

function exampleCluster(edit: (f: Draft) => void = () => {}): Cluster {
  const raw = parse(readFileSync(join(REPO_ROOT, 'deploy/cluster.yaml'), 'utf8')) as Draft;
  edit(raw);
  const checked = checkCluster(raw, ['broker', 'datafeed']);
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  return checked.cluster;
}

function input(
  cluster: Cluster,
  prefix = '/state',
  overrides: Partial<GatewayInput> = {},
): GatewayInput {
  return {
    template,
    cluster,
    instances: planInstances(cluster),
    wsRoutes,
    asRoot: false,
    paths: {
      prefix: `${prefix}/nginx`,
      pidFile: `${prefix}/nginx/nginx.pid`,
      errorLog: `${prefix}/logs/nginx.log`,
      accessLog: `${prefix}/logs/nginx-access.log`,
      gatewayDir: `${prefix}/gateway`,
      staticRoot: join(REPO_ROOT, 'frontend/dist'),
      mimeTypes: undefined,
    },
    ...overrides,
  };
}

/** The lines inside the block that opens with `opening` (e.g. `upstream server_datafeed {`). */
function block(config: string, opening: string): string[] {
  const lines = config.split('\n').map((line) => line.trim());
  const start = lines.indexOf(opening);
  if (start < 0) throw new Error(`no block ${opening}`);
  let depth = 0;
  for (let end = start; end < lines.length; end += 1) {
    const line = lines[end] ?? '';
    depth += (line.endsWith('{') ? 1 : 0) - (line === '}' ? 1 : 0);
    if (depth === 0) return lines.slice(start + 1, end);
  }
  throw new Error(`block ${opening} is not closed`);
}

describe('wsRouteNames', () => {
  it('reads the routes of a module from its AsyncAPI document', () => {
    expect(specRoutes('datafeed')).toEqual(['bars', 'quotes']);
    expect(specRoutes('broker')).toEqual(
      expect.arrayContaining(['orders', 'positions', 'executions', 'equity']),
    );
    expect(specRoutes('broker')).not.toContain('ping');
  });
});

describe('renderNginxConfig, routing: path', () => {
  const config = renderNginxConfig(input(exampleCluster()));

  it('leaves no placeholder', () => {
    expect(config).not.toMatch(/\{\{/);
  });

  it('has one upstream per server with each instance, and one over every instance', () => {
    expect(block(config, 'upstream server_datafeed {')).toEqual([
      'server 127.0.0.1:8201;  # datafeed-1',
      'server 127.0.0.1:8202;  # datafeed-2',
      'keepalive 16;',
    ]);
    expect(block(config, 'upstream server_broker {')).toEqual([
      'server 127.0.0.1:8101;  # broker-1',
      'keepalive 16;',
    ]);
    expect(block(config, 'upstream all_instances {')).toHaveLength(4);
  });

  it('reaches an instance on its Unix socket when it has one, else on its port', () => {
    const cluster = exampleCluster();
    const instances = withSockets(planInstances(cluster), '/state/sockets');
    const withUnix = renderNginxConfig(input(cluster, '/state', { instances }));
    expect(block(withUnix, 'upstream server_datafeed {')).toEqual([
      'server "unix:/state/sockets/datafeed-1.sock";  # datafeed-1, port 8201',
      'server "unix:/state/sockets/datafeed-2.sock";  # datafeed-2, port 8202',
      'keepalive 16;',
    ]);
    // A state directory too deep for a socket's path keeps TCP.
    const deep = withSockets(planInstances(cluster), `/${'d'.repeat(90)}/sockets`);
    expect(deep.every((i) => i.socket === undefined)).toBe(true);
    expect(
      block(
        renderNginxConfig(input(cluster, '/state', { instances: deep })),
        'upstream server_broker {',
      ),
    ).toEqual(['server 127.0.0.1:8101;  # broker-1', 'keepalive 16;']);
    const env = instanceEnvironment(cluster, instances[0]!, 'f00d', {});
    expect(env.UNIX_SOCKET).toBe('/state/sockets/datafeed-1.sock');
    expect(
      instanceEnvironment(cluster, deep[0]!, 'f00d', { UNIX_SOCKET: '/x' }).UNIX_SOCKET,
    ).toBeUndefined();
  });

  it('sends each module to its server, core and unknown API paths to any instance', () => {
    expect(block(config, 'location /api/v1/datafeed/ {')).toEqual([
      'proxy_pass http://server_datafeed;',
    ]);
    expect(block(config, 'location /api/v1/broker/ {')).toEqual([
      'proxy_pass http://server_broker;',
    ]);
    expect(block(config, 'location /api/v1/core/ {')).toEqual(['proxy_pass http://all_instances;']);
    expect(block(config, 'location /api/ {')).toEqual(['proxy_pass http://all_instances;']);
  });

  it('upgrades each module WebSocket, with timeouts past the server’s 1 h limit', () => {
    expect(block(config, 'location = /api/v1/datafeed/ws {')).toEqual([
      'set $ws_upgrade $http_upgrade;',
      'proxy_pass http://server_datafeed;',
      'proxy_read_timeout 3660s;',
      'proxy_send_timeout 3660s;',
    ]);
    expect(config).toContain('location = /api/v1/broker/ws {');
    expect(config).not.toContain('location = /api/v1/ws {');
  });

  it('listens on 127.0.0.1 at the gateway port and strips the cluster secret', () => {
    expect(config).toContain('listen 127.0.0.1:8000;');
    expect(config).toContain("proxy_set_header X-Cluster-Secret '';");
    expect(config).toContain('proxy_next_upstream error timeout;');
    expect(config).toContain('client_max_body_size 1m;');
  });

  it('serves the documents from the state directory and the terminal from frontend/dist', () => {
    expect(block(config, 'location = /api/v1/openapi.json {')).toContain(
      'alias "/state/gateway/openapi.json";',
    );
    expect(block(config, 'location = /api/v1/ws/asyncapi.json {')).toContain(
      'alias "/state/gateway/asyncapi.json";',
    );
    expect(config).toContain(`root "${join(REPO_ROOT, 'frontend/dist')}";`);
    expect(block(config, 'location / {')).toEqual(['try_files $uri $uri/ /index.html;']);
  });

  it('keeps every file nginx writes under the state directory', () => {
    for (const directive of [
      'pid',
      'error_log',
      'access_log',
      'client_body_temp_path',
      'proxy_temp_path',
    ])
      expect(config).toMatch(new RegExp(`^\\s*${directive} "/state/`, 'm'));
  });

  it('includes a mime types file when given, a built-in table otherwise', () => {
    expect(block(config, 'types {')).toContain('application/javascript js mjs;');
    const withFile = renderNginxConfig(
      input(exampleCluster(), '/state', {
        paths: { ...input(exampleCluster()).paths, mimeTypes: '/etc/nginx/mime.types' },
      }),
    );
    expect(withFile).toContain('include "/etc/nginx/mime.types";');
    expect(withFile).not.toContain('types {');
  });

  it('keeps root workers only when the manager runs as root', () => {
    expect(config).not.toMatch(/^user /m);
    const asRoot = renderNginxConfig({ ...input(exampleCluster()), asRoot: true });
    expect(asRoot).toMatch(/^user root;$/m);
  });
});

describe('renderNginxConfig, routing: query', () => {
  const config = renderNginxConfig(
    input(exampleCluster((f) => (f.websocket = { routing: 'query', param: 'type' }))),
  );

  it('maps each route to the module that serves it, and the module to its server', () => {
    const routes = block(config, 'map $arg_type $ws_module {');
    expect(routes).toContain('quotes datafeed;');
    expect(routes).toContain('bars datafeed;');
    expect(routes).toContain('orders broker;');
    expect(block(config, 'map $ws_module $ws_upstream {')).toEqual([
      "default '';",
      'broker server_broker;',
      'datafeed server_datafeed;',
    ]);
  });

  it('rewrites /api/v1/ws to the module endpoint and refuses an unknown route with JSON', () => {
    const location = block(config, 'location = /api/v1/ws {');
    expect(location).toContain('rewrite ^ /api/v1/$ws_module/ws break;');
    expect(location).toContain('proxy_pass http://$ws_upstream;');
    const body = /return 400 '(.*)';/.exec(config)?.[1];
    expect(JSON.parse(body ?? '')).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/^Unknown WebSocket route: .*\?type= with one of .*quotes/),
    });
    // The module paths keep working (the terminal uses them).
    expect(config).toContain('location = /api/v1/datafeed/ws {');
  });

  it('reads the route from the configured parameter', () => {
    const kind = renderNginxConfig(
      input(exampleCluster((f) => (f.websocket = { routing: 'query', param: 'kind' }))),
    );
    expect(kind).toContain('map $arg_kind $ws_module {');
  });

  it('refuses two modules that serve the same route', () => {
    const cluster = exampleCluster((f) => (f.websocket = { routing: 'query' }));
    expect(() =>
      routeOwners({ cluster, wsRoutes: { broker: ['quotes'], datafeed: ['quotes'] } }),
    ).toThrow(
      'websocket.routing: query cannot tell broker from datafeed: both serve the route "quotes"; use routing: path',
    );
  });
});

describe('fillTemplate', () => {
  it('indents multi-line values like their placeholder and fills inline ones', () => {
    expect(
      fillTemplate('a {\n    {{lines}}\n    x {{one}};\n}', { lines: ['b;', 'c;'], one: ['1'] }),
    ).toBe('a {\n    b;\n    c;\n    x 1;\n}');
  });

  it('refuses a placeholder without a value and a value without a placeholder', () => {
    expect(() => fillTemplate('{{a}}', {})).toThrow('no value for {{a}}');
    expect(() => fillTemplate('{{a}}', { a: ['x'], b: ['y'] })).toThrow('does not use {{b}}');
  });
});

describe('nginxPath', () => {
  it('refuses characters nginx would read as syntax or a variable', () => {
    expect(() => nginxPath('/tmp/a$b')).toThrow(ClusterError);
    expect(() => nginxPath('/tmp/a"b')).toThrow(ClusterError);
    expect(nginxPath('/tmp/with space/')).toBe('/tmp/with space');
  });
});

const hasNginx = existsSync(DEFAULT_NGINX);
if (!hasNginx)
  console.warn(`nginx -t tests skipped: no nginx at ${DEFAULT_NGINX} (apt-get install nginx)`);

describe.skipIf(!hasNginx)('the rendered configuration under nginx -t', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cluster nginx-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function nginxTest(cluster: Cluster, name: string) {
    const prefix = join(dir, name);
    for (const sub of ['nginx', 'logs', 'gateway'])
      await mkdir(join(prefix, sub), { recursive: true });
    const conf = join(prefix, 'nginx/nginx.conf');
    const mimeTypes = existsSync('/etc/nginx/mime.types') ? '/etc/nginx/mime.types' : undefined;
    const rendered = input(cluster, prefix);
    await writeFile(
      conf,
      renderNginxConfig({
        ...rendered,
        paths: { ...rendered.paths, mimeTypes },
        asRoot: process.getuid?.() === 0,
      }),
    );
    return spawnSync(DEFAULT_NGINX, ['-t', '-p', `${prefix}/nginx/`, '-c', conf, '-e', 'stderr'], {
      encoding: 'utf8',
    });
  }

  it('accepts the example with path routing (in a directory with a space)', async () => {
    const result = await nginxTest(exampleCluster(), 'path');
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });

  it('accepts the example with query routing', async () => {
    const result = await nginxTest(
      exampleCluster((f) => (f.websocket = { routing: 'query', param: 'type' })),
      'query',
    );
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });

  it('is a real check: a broken template fails', async () => {
    const broken = {
      ...input(exampleCluster(), join(dir, 'broken')),
      template: template.replace('events {', 'events {\n    nonsense_directive on;'),
    };
    const prefix = join(dir, 'broken');
    for (const sub of ['nginx', 'logs']) await mkdir(join(prefix, sub), { recursive: true });
    const conf = join(prefix, 'nginx/nginx.conf');
    await writeFile(conf, renderNginxConfig(broken));
    const result = spawnSync(
      DEFAULT_NGINX,
      ['-t', '-p', `${prefix}/nginx/`, '-c', conf, '-e', 'stderr'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('unknown directive "nonsense_directive"');
  });
});
