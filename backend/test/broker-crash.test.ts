// docs/broker.md#persistence: a process killed at any moment restarts with consistent state and no lost or
// duplicated fill. A real server process takes a stream of market orders, is killed with SIGKILL
// while requests are in flight, and restarts on the same data.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EquityData } from '../src/models/broker/account.js';
import type { Execution } from '../src/models/broker/executions.js';
import type { PlacedOrder } from '../src/models/broker/orders.js';
import type { Position } from '../src/models/broker/positions.js';
import { applyFill, type NetPosition } from '@trading-pro/contract/paper';
import { postgresAvailable, postgresSchemaUrl } from './helpers/postgres.js';

const backendDir = fileURLToPath(new URL('..', import.meta.url));
const DEPOSIT = 100_000;
const RATE = 0.001;
const pgUp = await postgresAvailable();

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

interface Server {
  child: ChildProcess;
  base: string;
  /** Taken at spawn, so an exit that happens before anyone waits is not missed. */
  exited: Promise<unknown>;
}

async function start(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  // One process (node with the tsx loader, not the tsx wrapper) so SIGKILL hits the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: backendDir,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ENABLED_MODULES: 'broker,datafeed',
      LOG_LEVEL: 'error',
      BROKER_COMMISSION_RATE: String(RATE),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = once(child, 'exit');
  const base = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/core/health`)).ok) return { child, base, exited };
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error('server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const get = async <T>(url: string) => (await fetch(url)).json() as Promise<T>;

async function crashAndRecover(env: Record<string, string>) {
  const first = await start(env);
  const acknowledged: string[] = [];
  let sent = 0;
  // Four clients keep orders in flight; the process is killed while they are.
  const client = async (n: number) => {
    for (let i = 0; i < 400; i++) {
      const body = {
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: (i + n) % 2 === 0 ? Side.Buy : Side.Sell,
        qty: 0.01 * (1 + ((i * 7 + n) % 5)),
      };
      sent++;
      try {
        const response = await fetch(`${first.base}/broker/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (response.ok)
          acknowledged.push(((await response.json()) as { orderId: string }).orderId);
      } catch {
        return; // the server is gone
      }
    }
  };
  const clients = [0, 1, 2, 3].map(client);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  first.child.kill('SIGKILL');
  await Promise.all(clients);
  await first.exited;
  expect(acknowledged.length).toBeGreaterThan(20);
  expect(sent).toBeGreaterThan(acknowledged.length - 1);

  const second = await start(env);
  try {
    const orders = await get<PlacedOrder[]>(`${second.base}/broker/orders`);
    const executions = await get<Execution[]>(`${second.base}/broker/executions/BTCUSD`);
    const positions = await get<Position[]>(`${second.base}/broker/positions`);
    const equity = await get<EquityData>(`${second.base}/broker/equity`);

    // Nothing acknowledged is lost.
    const ids = new Set(orders.map((o) => o.id));
    for (const id of acknowledged) expect(ids.has(id), `order ${id}`).toBe(true);

    // Every fill exactly once: one execution per filled order, none for any other.
    const byOrder = new Map<string, Execution[]>();
    for (const e of executions) byOrder.set(e.orderId, [...(byOrder.get(e.orderId) ?? []), e]);
    for (const order of orders) {
      const fills = byOrder.get(order.id) ?? [];
      if (order.status === OrderStatus.Filled) {
        expect(fills, `order ${order.id}`).toHaveLength(1);
        expect(fills[0]!.qty).toBe(order.qty);
      } else {
        expect(fills, `order ${order.id}`).toHaveLength(0);
      }
    }
    expect(new Set(executions.map((e) => e.id)).size).toBe(executions.length);

    // The position is the signed sum of the executions; the books balance.
    let replay: NetPosition | undefined;
    let realized = 0;
    let commissions = 0;
    for (const e of executions) {
      const result = applyFill(replay, { side: e.side, qty: e.qty, price: e.price });
      replay = result.position;
      realized += result.realizedPL;
      commissions += e.commission;
    }
    const net = positions.reduce((sum, p) => sum + p.side * p.qty, 0);
    expect(net).toBeCloseTo(replay?.qty ?? 0, 8);
    expect(equity.realizedPL).toBeCloseTo(realized, 6);
    expect(equity.balance).toBeCloseTo(DEPOSIT + realized - commissions, 6);

    // Ids are never reused after the restart.
    const next = await fetch(`${second.base}/broker/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 0.01 }),
    });
    const { orderId } = (await next.json()) as { orderId: string };
    expect(Number(orderId)).toBeGreaterThan(Math.max(...orders.map((o) => Number(o.id))));
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
}

describe('the broker killed mid-stream', () => {
  it('restarts consistent on the embedded database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-crash-'));
    try {
      await crashAndRecover({ DATA_DIR: dataDir });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it.runIf(pgUp)(
    'restarts consistent on PostgreSQL',
    async () => {
      const schema = await postgresSchemaUrl();
      try {
        await crashAndRecover({ DATABASE_URL: schema.url });
      } finally {
        await schema.drop();
      }
    },
    60_000,
  );
});
