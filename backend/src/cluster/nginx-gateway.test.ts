// The rendered gateway, run by a real nginx in front of stand-in instances (plain HTTP and
// WebSocket servers that say who answered and what reached them): the routing the text tests
// describe, checked end to end.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { checkCluster } from './cluster-file.js';
import { NGINX_TEMPLATE } from './cluster-paths.js';
import type { PlannedInstance } from './cluster-plan.js';
import { renderNginxConfig } from './nginx-config.js';
import { DEFAULT_NGINX, mimeTypesFile, nginxRunArgs } from './nginx-process.js';

interface Seen {
  instance: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** An HTTP and WebSocket server that answers with its name, the URL and the headers it got. */
async function standIn(name: string): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ instance: name, url: request.url, headers: request.headers }));
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket, request) =>
    socket.send(JSON.stringify({ instance: name, url: request.url, headers: request.headers })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const hasNginx = existsSync(DEFAULT_NGINX);
if (!hasNginx)
  console.warn(`gateway tests skipped: no nginx at ${DEFAULT_NGINX} (apt-get install nginx)`);

describe.skipIf(!hasNginx)('the gateway under nginx', () => {
  let dir: string;
  let gateway: string;
  let nginx: ChildProcess;
  const servers = new Map<string, Server>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cluster-gateway-'));
    const names = ['broker-1', 'datafeed-1', 'datafeed-2'];
    const started = await Promise.all(names.map(standIn));
    names.forEach((name, i) => servers.set(name, started[i]!.server));
    const port = (name: string) => started[names.indexOf(name)]!.port;
    const gatewayPort = await freePort();
    gateway = `http://127.0.0.1:${gatewayPort}`;

    const checked = checkCluster(
      {
        gateway: { port: gatewayPort },
        redis: 'redis://127.0.0.1:6379',
        servers: {
          broker: { modules: ['broker'], port: 1 },
          datafeed: { modules: ['datafeed'], port: 2, instances: 2 },
        },
        websocket: { routing: 'query' },
      },
      ['broker', 'datafeed'],
    );
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    const instances: PlannedInstance[] = [
      { name: 'broker-1', server: 'broker', port: port('broker-1'), modules: ['broker'] },
      { name: 'datafeed-1', server: 'datafeed', port: port('datafeed-1'), modules: ['datafeed'] },
      { name: 'datafeed-2', server: 'datafeed', port: port('datafeed-2'), modules: ['datafeed'] },
    ];
    const at = (path: string) => join(dir, path);
    for (const sub of ['nginx', 'logs', 'gateway', 'static/assets'])
      await mkdir(at(sub), { recursive: true });
    await writeFile(at('gateway/openapi.json'), '{"openapi":"3.1.0"}\n');
    await writeFile(at('gateway/asyncapi.json'), '{"asyncapi":"2.6.0"}\n');
    await writeFile(at('gateway/asyncapi.html'), '<html>async</html>\n');
    await writeFile(at('static/index.html'), '<html>terminal</html>\n');
    await writeFile(at('static/assets/app-1234.js'), 'console.log(1);\n');
    await writeFile(
      at('nginx/nginx.conf'),
      renderNginxConfig({
        template: readFileSync(NGINX_TEMPLATE, 'utf8'),
        cluster: checked.cluster,
        instances,
        wsRoutes: { broker: ['orders'], datafeed: ['bars', 'quotes'] },
        asRoot: process.getuid?.() === 0,
        paths: {
          prefix: at('nginx'),
          pidFile: at('nginx/nginx.pid'),
          errorLog: at('logs/nginx.log'),
          accessLog: at('logs/nginx-access.log'),
          gatewayDir: at('gateway'),
          staticRoot: at('static'),
          mimeTypes: mimeTypesFile(),
        },
      }),
    );
    nginx = spawn(
      DEFAULT_NGINX,
      nginxRunArgs({
        prefix: `${at('nginx')}/`,
        conf: at('nginx/nginx.conf'),
        earlyLog: at('logs/nginx.log'),
      }),
      { stdio: 'inherit' },
    );
    await until(
      async () => ((await fetch(`${gateway}/api/v1/core/health`)).ok ? true : undefined),
      'nginx',
    );
  });

  afterAll(async () => {
    if (nginx !== undefined && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    for (const server of servers.values()) server.closeAllConnections();
    await Promise.all([...servers.values()].map((s) => new Promise((resolve) => s.close(resolve))));
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${gateway}${path}`, { headers });
    return { response, seen: (await response.json()) as Seen };
  };

  it('sends a module’s paths to its server, round robin over its instances', async () => {
    const answers = new Set<string>();
    for (let i = 0; i < 4; i += 1)
      answers.add((await get('/api/v1/datafeed/bars?symbol=AAPL')).seen.instance);
    expect([...answers].sort()).toEqual(['datafeed-1', 'datafeed-2']);
    const broker = await get('/api/v1/broker/orders');
    expect(broker.seen).toMatchObject({ instance: 'broker-1', url: '/api/v1/broker/orders' });
  });

  it('sends core and unknown API paths to any instance', async () => {
    expect((await get('/api/v1/core/health')).seen.url).toBe('/api/v1/core/health');
    expect((await get('/api/v1/nothing/here')).seen.url).toBe('/api/v1/nothing/here');
  });

  it('drops the cluster secret a client sends and says who asked', async () => {
    const { seen } = await get('/api/v1/broker/orders', { 'X-Cluster-Secret': 'forged' });
    expect(seen.headers['x-cluster-secret']).toBeUndefined();
    expect(seen.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen.headers['x-forwarded-proto']).toBe('http');
    expect(seen.headers.host).toBe(new URL(gateway).host);
    expect(seen.headers.upgrade).toBeUndefined();
  });

  it('serves the cluster documents and the terminal itself', async () => {
    const openapi = await fetch(`${gateway}/api/v1/openapi.json`);
    expect(openapi.headers.get('content-type')).toBe('application/json');
    expect(await openapi.json()).toEqual({ openapi: '3.1.0' });
    expect(await (await fetch(`${gateway}/api/v1/ws/asyncapi.json`)).json()).toEqual({
      asyncapi: '2.6.0',
    });
    const deepLink = await fetch(`${gateway}/status`);
    expect(deepLink.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await deepLink.text()).toContain('terminal');
    const bundle = await fetch(`${gateway}/assets/app-1234.js`);
    expect(bundle.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${gateway}/assets/missing.js`)).status).toBe(404);
  });

  it('refuses a body over 1 MiB', async () => {
    const response = await fetch(`${gateway}/api/v1/broker/orders`, {
      method: 'POST',
      body: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
  });

  const firstMessage = (url: string) =>
    new Promise<Seen>((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('message', (data) => {
        resolve(JSON.parse(String(data)) as Seen);
        socket.close();
      });
      socket.once('error', reject);
    });

  it('upgrades a module’s WebSocket path', async () => {
    const seen = await firstMessage(`${gateway.replace('http', 'ws')}/api/v1/datafeed/ws`);
    expect(seen.instance).toMatch(/^datafeed-/);
    expect(seen.url).toBe('/api/v1/datafeed/ws');
  });

  it('routes /api/v1/ws?type= to the module that serves the route', async () => {
    const ws = gateway.replace('http', 'ws');
    expect(await firstMessage(`${ws}/api/v1/ws?type=quotes`)).toMatchObject({
      instance: expect.stringMatching(/^datafeed-/),
      url: '/api/v1/datafeed/ws?type=quotes',
    });
    expect((await firstMessage(`${ws}/api/v1/ws?type=orders`)).instance).toBe('broker-1');
  });

  it('answers an unknown route with a JSON 400', async () => {
    const response = await fetch(`${gateway}/api/v1/ws?type=nope`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('skips a dead instance', async () => {
    const dead = servers.get('datafeed-2')!;
    dead.closeAllConnections();
    await new Promise((resolve) => dead.close(resolve));
    for (let i = 0; i < 4; i += 1) {
      const { response, seen } = await get('/api/v1/datafeed/config');
      expect(response.status).toBe(200);
      expect(seen.instance).toBe('datafeed-1');
    }
  });
});
