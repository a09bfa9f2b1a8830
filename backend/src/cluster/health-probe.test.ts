import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeHealth } from './health-probe.js';

let server: Server;
let port: number;
/** What the stand-in answers next: a status and a body. */
let answer: { status: number; body: unknown } = { status: 200, body: {} };

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const health = (bus: unknown) => ({
  status: 'ok',
  timestamp: '',
  modules: ['core', 'datafeed'],
  bus,
});

describe('probeHealth', () => {
  it('is ok when the process answers 200 with its bus connected', async () => {
    answer = { status: 200, body: health({ transport: 'redis', connected: true }) };
    expect(await probeHealth('127.0.0.1', port)).toEqual({
      health: 'ok',
      modules: ['core', 'datafeed'],
    });
  });

  it('is ok for an answer without a bus (a process that predates it)', async () => {
    answer = { status: 200, body: { status: 'ok', modules: ['core'] } };
    expect((await probeHealth('127.0.0.1', port)).health).toBe('ok');
  });

  it('is degraded when the process says its event bus is disconnected', async () => {
    answer = { status: 200, body: health({ transport: 'redis', connected: false }) };
    expect(await probeHealth('127.0.0.1', port)).toEqual({
      health: 'degraded',
      modules: ['core', 'datafeed'],
      detail: 'event bus disconnected',
    });
  });

  it('is degraded when a broker reads no datafeed process', async () => {
    answer = {
      status: 200,
      body: {
        ...health({ transport: 'redis', connected: true }),
        quotes: { source: 'remote', connected: false },
      },
    };
    expect(await probeHealth('127.0.0.1', port)).toMatchObject({
      health: 'degraded',
      detail: 'no datafeed in reach',
    });
    answer.body = { ...health({ connected: true }), quotes: { source: 'none', connected: false } };
    expect((await probeHealth('127.0.0.1', port)).health).toBe('ok');
  });

  it('is down on another status, or when nothing listens', async () => {
    answer = { status: 503, body: {} };
    expect(await probeHealth('127.0.0.1', port)).toEqual({ health: 'down', detail: 'HTTP 503' });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const unused = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await probeHealth('127.0.0.1', unused)).toEqual({
      health: 'down',
      detail: 'ECONNREFUSED',
    });
  });
});
