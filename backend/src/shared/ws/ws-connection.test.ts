import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { WsConnection } from './ws-connection.js';
import { WriteTurnClock } from './ws-write-turns.js';

/** A socket pair that records what the connection does with it. */
function fakeSockets() {
  const log: string[] = [];
  const raw = Object.assign(new EventEmitter(), {
    cork: () => log.push('cork'),
    uncork: () => log.push('uncork'),
  });
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    send: (frame: Buffer) => log.push(`send ${frame.toString()}`),
  };
  return { log, raw, socket };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function connect(limits = { highWaterBytes: 1000, maxEventBacklog: 3 }) {
  const { log, raw, socket } = fakeSockets();
  const counts = { sent: 0, conflated: 0, closedForBackpressure: 0 };
  const connection = new WsConnection(
    socket as unknown as WebSocket,
    raw as unknown as Socket,
    limits,
    {
      onSent: (n) => (counts.sent += n),
      onConflated: () => counts.conflated++,
      onBackpressureClose: () => counts.closedForBackpressure++,
    },
    new WriteTurnClock(),
    Date.now(),
  );
  return { connection, log, raw, socket, counts };
}

const f = (text: string) => Buffer.from(text);

describe('WsConnection writes', () => {
  it("corks at a turn's first frame and uncorks at its end: one write per turn", async () => {
    const { connection, log, counts } = connect();
    connection.send(f('a'), 't1', 'snapshot');
    connection.send(f('b'), 't2', 'event');
    connection.send(f('c'), undefined, 'control');
    expect(log).toEqual(['cork', 'send a', 'send b', 'send c']);
    await nextTurn();
    expect(log.at(-1)).toBe('uncork');
    connection.send(f('d'), 't1', 'snapshot');
    expect(log.slice(-2)).toEqual(['cork', 'send d']);
    await nextTurn();
    expect(log.filter((e) => e === 'cork')).toHaveLength(2);
    expect(log.filter((e) => e === 'uncork')).toHaveLength(2);
    expect(counts.sent).toBe(4);
  });

  it('holds frames while the socket is over its high-water mark, keeping the latest snapshot', () => {
    const { connection, log, raw, socket, counts } = connect();
    socket.bufferedAmount = 5000;
    connection.send(f('s1'), 'quotes', 'snapshot');
    connection.send(f('e1'), 'orders', 'event');
    connection.send(f('s2'), 'quotes', 'snapshot');
    connection.send(f('s3'), 'quotes', 'snapshot');
    expect(log).toEqual([]);
    expect(connection.queuedFrames).toBe(2);
    expect(counts.conflated).toBe(2);

    socket.bufferedAmount = 0;
    raw.emit('drain');
    expect(log).toEqual(['cork', 'send s3', 'send e1', 'uncork']);
    expect(connection.queuedFrames).toBe(0);
    expect(counts.sent).toBe(2);
  });

  it('waits for another drain when the socket is still full, and gives up past the event backlog', () => {
    const { connection, log, raw, socket, counts } = connect();
    socket.bufferedAmount = 5000;
    connection.send(f('e1'), 'orders', 'event');
    raw.emit('drain'); // still full
    expect(log).toEqual([]);
    for (const n of [2, 3, 4]) connection.send(f(`e${n}`), 'orders', 'event');
    expect(counts.closedForBackpressure).toBe(1);
  });

  it('sends nothing once the socket is no longer open', () => {
    const { connection, log, socket } = connect();
    socket.readyState = 2;
    connection.send(f('a'), 't', 'snapshot');
    expect(log).toEqual([]);
  });
});
