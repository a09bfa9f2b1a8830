import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ClusterConfigError, ClusterError } from './cluster-error.js';
import { checkCluster, loadCluster, parseClusterYaml } from './cluster-file.js';
import { REPO_ROOT } from './cluster-paths.js';
import { placeableModules } from './module-catalogue.js';

// A cluster file as parsed YAML, which each case edits freely (keys removed, values of any type).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Draft = Record<string, any>;
const KNOWN = ['broker', 'datafeed'];
const EXAMPLE = join(REPO_ROOT, 'deploy/cluster.yaml');

/** A valid two-server cluster, changed by `edit`. */
function file(edit: (f: Draft) => void = () => {}): Record<string, unknown> {
  const f: Draft = {
    gateway: { port: 8000 },
    database: 'postgres://127.0.0.1:5432/trading',
    redis: 'redis://127.0.0.1:6379',
    servers: {
      broker: { modules: ['broker'], port: 8101, instances: 1 },
      datafeed: { modules: ['datafeed'], port: 8201, instances: 2 },
    },
    websocket: { routing: 'path' },
  };
  edit(f);
  return f;
}

function problems(f: unknown): string[] {
  const result = checkCluster(f, KNOWN);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('the committed example (deploy/cluster.yaml)', () => {
  it('is valid with the modules of this build', async () => {
    const cluster = await loadCluster(EXAMPLE, 'deploy/cluster.yaml', placeableModules());
    expect(cluster.gatewayPort).toBe(8000);
    expect(cluster.servers.map((s) => [s.name, s.modules, s.port, s.instances])).toEqual([
      ['broker', ['broker'], 8101, 1],
      ['datafeed', ['datafeed'], 8201, 2],
    ]);
    expect(cluster.websocket).toEqual({ routing: 'path' });
  });

  it('places every module of the build, core excepted', () => {
    const parsed = parseClusterYaml(readFileSync(EXAMPLE, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(placeableModules()).not.toContain('core');
    expect(placeableModules().length).toBeGreaterThan(0);
    expect(checkCluster(parsed.value, placeableModules()).ok).toBe(true);
  });
});

describe('checkCluster', () => {
  it('fills the defaults: gateway 8000, one instance, path routing, param type for query', () => {
    const result = checkCluster(
      {
        servers: { all: { modules: ['broker', 'datafeed'], port: 9000 } },
        websocket: { routing: 'query' },
      },
      KNOWN,
    );
    expect(result).toEqual({
      ok: true,
      cluster: {
        gatewayPort: 8000,
        database: undefined,
        redis: undefined,
        servers: [{ name: 'all', modules: ['broker', 'datafeed'], port: 9000, instances: 1 }],
        websocket: { routing: 'query', param: 'type' },
      },
    });
  });

  it('names an unknown key, at the top and in a server', () => {
    expect(problems(file((f) => (f.gatewy = { port: 1 })))).toEqual([
      'gatewy: unknown key (known here: gateway, database, redis, servers, websocket)',
    ]);
    expect(problems(file((f) => (f.servers.broker.prot = 1)))).toEqual([
      'servers.broker.prot: unknown key (known here: modules, port, instances)',
    ]);
  });

  it('names a missing key', () => {
    expect(problems(file((f) => delete f.servers.datafeed.port))).toEqual([
      'servers.datafeed.port: missing (required)',
    ]);
    expect(problems({ gateway: { port: 8000 } })).toContain('servers: missing (required)');
  });

  it('refuses ports outside 1-65535 and ports that are not whole numbers', () => {
    expect(problems(file((f) => (f.gateway.port = 0)))).toEqual([
      'gateway.port: must be a TCP port (1-65535), not 0',
    ]);
    expect(problems(file((f) => (f.servers.broker.port = 70000)))).toEqual([
      'servers.broker.port: must be a TCP port (1-65535), not 70000',
    ]);
    expect(problems(file((f) => (f.servers.broker.port = '8101')))).toEqual([
      'servers.broker.port: must be a whole number, not "8101"',
    ]);
  });

  it('refuses instance ranges that run past the last port', () => {
    expect(
      problems(
        file((f) => (f.servers.datafeed = { modules: ['datafeed'], port: 65535, instances: 2 })),
      ),
    ).toEqual(['servers.datafeed.instances: 2 instances from port 65535 run past 65535']);
  });

  it('names a collision between two servers by the port ranges', () => {
    expect(
      problems(
        file((f) => {
          f.servers.broker.port = 8000;
          f.servers.broker.instances = 1;
          f.servers.datafeed.port = 8000;
          f.gateway.port = 9000;
        }),
      ),
    ).toEqual(['servers.datafeed.port: 8000-8001 collides with servers.broker (8000)']);
    expect(
      problems(
        file((f) => {
          f.servers = {
            datafeed: { modules: ['datafeed'], port: 8000, instances: 2 },
            broker: { modules: ['broker'], port: 8001 },
          };
          f.gateway.port = 9000;
        }),
      ),
    ).toEqual(['servers.broker.port: 8001 collides with servers.datafeed (8000-8001)']);
  });

  it('names a collision with the gateway, the default gateway port included', () => {
    expect(problems(file((f) => (f.gateway.port = 8202)))).toEqual([
      'servers.datafeed.port: 8201-8202 collides with gateway.port (8202)',
    ]);
    expect(
      problems(
        file((f) => {
          delete f.gateway;
          f.servers.broker.port = 8000;
        }),
      ),
    ).toEqual(['servers.broker.port: 8000 collides with gateway.port (8000, the default)']);
  });

  it('refuses an unknown module, listing the known ones', () => {
    expect(problems(file((f) => f.servers.broker.modules.push('auth')))).toEqual([
      'servers.broker.modules: unknown module "auth" (known: broker, datafeed)',
    ]);
  });

  it('refuses core, which every process loads', () => {
    expect(problems(file((f) => f.servers.broker.modules.push('core')))).toEqual([
      'servers.broker.modules: core is loaded in every process; do not list it',
    ]);
  });

  it('refuses a module on two servers', () => {
    expect(problems(file((f) => f.servers.broker.modules.push('datafeed')))).toEqual([
      'servers.datafeed.modules: datafeed is also on servers.broker; a module runs on one server (raise its instances instead)',
    ]);
  });

  it('refuses a module that is on no server', () => {
    expect(problems(file((f) => delete f.servers.broker))).toEqual([
      "servers: broker is on no server; add it to one server's modules",
    ]);
  });

  it('refuses several broker instances, which need one writer per account', () => {
    const found = problems(file((f) => (f.servers.broker.instances = 2)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^servers\.broker\.instances: 2 broker processes: /);
    expect(found[0]).toContain(
      'several broker instances need one writer per account, which is not built yet',
    );
  });

  it('refuses the broker on two servers with the same reason', () => {
    const found = problems(file((f) => (f.servers.extra = { modules: ['broker'], port: 8301 })));
    expect(found).toEqual([
      expect.stringMatching(
        /^servers\.extra\.modules: 2 broker processes: .*one writer per account/,
      ),
    ]);
  });

  it('names the database key when several broker processes would have none', () => {
    const found = problems(
      file((f) => {
        f.servers.broker.instances = 3;
        delete f.database;
      }),
    );
    expect(found).toHaveLength(2);
    expect(found[1]).toMatch(
      /^database: several broker processes must share one PostgreSQL database/,
    );
  });

  it('names the redis key when there are several processes and no redis', () => {
    expect(problems(file((f) => delete f.redis))).toEqual([
      'redis: 3 processes need Redis to share their events; set redis: redis://host:6379',
    ]);
    const single = checkCluster(
      { servers: { all: { modules: ['broker', 'datafeed'], port: 9000 } } },
      KNOWN,
    );
    expect(single.ok).toBe(true);
  });

  it('checks the database and redis URLs', () => {
    expect(problems(file((f) => (f.database = 'mysql://h/db')))).toEqual([
      'database: must be a postgres:// URL (postgres://host:5432/name), not "mysql://h/db"',
    ]);
    expect(problems(file((f) => (f.database = 'postgres://127.0.0.1:5432/')))).toEqual([
      'database: names no database (postgres://host:5432/name)',
    ]);
    expect(problems(file((f) => (f.redis = 'http://127.0.0.1:6379')))).toEqual([
      'redis: must be a redis:// or rediss:// URL, not "http://127.0.0.1:6379"',
    ]);
    expect(
      checkCluster(
        file((f) => (f.redis = 'rediss://cache:6380')),
        KNOWN,
      ).ok,
    ).toBe(true);
    expect(
      checkCluster(
        file((f) => (f.database = 'postgresql://u:p@db/x')),
        KNOWN,
      ).ok,
    ).toBe(true);
  });

  it('checks the WebSocket routing and its parameter', () => {
    expect(problems(file((f) => (f.websocket = { routing: 'header' })))).toEqual([
      'websocket.routing: must be path or query, not "header"',
    ]);
    expect(problems(file((f) => (f.websocket = { routing: 'path', param: 'type' })))).toEqual([
      'websocket.param: only used with routing: query',
    ]);
    expect(problems(file((f) => (f.websocket = { routing: 'query', param: 'a b' })))).toEqual([
      'websocket.param: must be a query parameter name (lowercase letters, digits, _), not "a b"',
    ]);
    const query = checkCluster(
      file((f) => (f.websocket = { routing: 'query', param: 'kind' })),
      KNOWN,
    );
    expect(query.ok && query.cluster.websocket).toEqual({ routing: 'query', param: 'kind' });
  });

  it('refuses server names that cannot be process names', () => {
    expect(
      problems(file((f) => (f.servers.Feed_1 = f.servers.datafeed) && delete f.servers.datafeed)),
    ).toEqual([
      'servers.Feed_1: a server name is lowercase letters and digits, words joined by single hyphens',
    ]);
    expect(
      problems(file((f) => (f.servers.gateway = f.servers.datafeed) && delete f.servers.datafeed)),
    ).toEqual(['servers.gateway: "gateway" is the name of the nginx process; choose another']);
  });

  it('reports every problem at once, schema and rules together', () => {
    const found = problems(
      file((f) => {
        f.servers.broker.port = 'x';
        f.servers.datafeed.modules = ['datafeed', 'auth'];
        f.websocket.routing = 'sideways';
        delete f.redis;
      }),
    );
    expect(found).toEqual([
      'servers.broker.port: must be a whole number, not "x"',
      'websocket.routing: must be path or query, not "sideways"',
      'servers.datafeed.modules: unknown module "auth" (known: broker, datafeed)',
      'redis: 3 processes need Redis to share their events; set redis: redis://host:6379',
    ]);
  });

  it('refuses an empty file and one that is not a mapping', () => {
    expect(problems(null)).toEqual(['the file is empty; it needs at least servers']);
    expect(problems(['servers'])).toEqual(['the file: must be a mapping, not a list']);
  });
});

describe('parseClusterYaml', () => {
  it('gives the line and column of a syntax error', () => {
    const parsed = parseClusterYaml('servers:\n  broker: { modules: [broker, port: 1 }\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^line 2, column \d+: /);
  });

  it('refuses a key given twice', () => {
    const parsed = parseClusterYaml('gateway: { port: 1 }\ngateway: { port: 2 }\nservers: {}\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^line 2, column 1: .*unique/);
  });
});

describe('loadCluster', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cluster-file-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('names the file and lists its problems', async () => {
    const path = join(dir, 'bad.yaml');
    await writeFile(path, stringify(file((f) => (f.gateway.port = 0))));
    const error = await loadCluster(path, 'bad.yaml', KNOWN).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterConfigError);
    expect((error as ClusterConfigError).exitCode).toBe(2);
    expect((error as Error).message).toBe(
      'bad.yaml is not valid:\n  gateway.port: must be a TCP port (1-65535), not 0',
    );
  });

  it('says when the file does not exist', async () => {
    const error = await loadCluster(join(dir, 'none.yaml'), 'none.yaml', KNOWN).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ClusterError);
    expect((error as Error).message).toBe(
      'none.yaml: no such file (give another with --config FILE)',
    );
  });
});
