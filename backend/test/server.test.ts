// Over real sockets: the factory's app listening on 127.0.0.1, in-flight requests surviving a
// close, and the server process stopping cleanly on SIGTERM and refusing a bad configuration.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/test-app.js';
import { freePort } from './helpers/ports.js';
import { modulesWithProbe } from './helpers/test-modules.js';

const backendDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const tsxBin = (await import('node:fs')).existsSync(tsx)
  ? tsx
  : fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function startServer(env: Record<string, string>) {
  const child = spawn(tsxBin, ['src/server.ts'], {
    cwd: backendDir,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, exited, output: () => output };
}

async function waitForHealth(url: string, deadlineMs: number): Promise<Response> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('listening on a real socket', () => {
  it('answers HTTP requests on 127.0.0.1', async () => {
    const app = await buildTestApp();
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/core/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    } finally {
      await app.close();
    }
  });

  it('lets an in-flight request finish when the app closes, and refuses new ones', async () => {
    const app = await buildTestApp({ modules: modulesWithProbe() });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const inFlight = fetch(`http://127.0.0.1:${port}/api/v1/probe/slow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ delayMs: 300 }),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = app.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ waited: 300 });
    await closed;
    await expect(fetch(`http://127.0.0.1:${port}/api/v1/core/health`)).rejects.toThrow();
  });
});

describe('the server process', () => {
  it('starts from the environment and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = startServer({ PORT: String(port) });
    try {
      const response = await waitForHealth(`http://127.0.0.1:${port}/api/v1/core/health`, 15_000);
      expect(response.status).toBe(200);
      server.child.kill('SIGTERM');
      const [code] = await server.exited;
      expect(code).toBe(0);
      expect(server.output()).toMatch(/"signal":"SIGTERM"/);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('also answers on UNIX_SOCKET, over HTTP and WebSocket, replacing a stale socket file', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'trading-pro-socket-'));
    const path = join(dir, 'server.sock');
    writeFileSync(path, 'left by a killed process');
    const server = startServer({ PORT: String(port), UNIX_SOCKET: path });
    try {
      await waitForHealth(`http://127.0.0.1:${port}/api/v1/core/health`, 15_000);
      const health = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        get({ socketPath: path, path: '/api/v1/core/health' }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        }).on('error', reject);
      });
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
      const socket = new WebSocket('ws+unix://' + path + ':/api/v1/datafeed/ws');
      await once(socket, 'open');
      socket.send(JSON.stringify({ type: 'ping', payload: {} }));
      const [frame] = (await once(socket, 'message')) as [Buffer];
      expect(JSON.parse(frame.toString()).type).toBe('pong');
      socket.close();
      server.child.kill('SIGTERM');
      const [code] = await server.exited;
      expect(code).toBe(0);
      expect(existsSync(path)).toBe(false);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start with an unknown module, saying which', async () => {
    const server = startServer({
      PORT: String(await freePort()),
      ENABLED_MODULES: 'core,telepathy',
    });
    const [code] = await server.exited;
    expect(code).toBe(1);
    expect(server.output()).toContain('Unknown module "telepathy" in ENABLED_MODULES');
  });

  it('refuses to start with an invalid variable, naming it', async () => {
    const server = startServer({ PORT: 'eighty' });
    const [code] = await server.exited;
    expect(code).toBe(1);
    expect(server.output()).toMatch(/Invalid configuration:\s+PORT/);
  });
});
