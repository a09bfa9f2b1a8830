// The baseline: the least a `ws` broadcast server can do. Same endpoint frames and subscribe
// protocol as our gateway; each update is serialized once and handed to every subscriber's
// socket immediately (one socket write per subscriber per update, no batching).
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

export const path = '/ws';

const topicName = (index) => `ticks:{"topic":${index}}`;

export async function start(topicCount) {
  const members = Array.from({ length: topicCount }, () => new Set());
  const http = createServer((_request, response) => response.writeHead(426).end());
  const wss = new WebSocketServer({ server: http, path, perMessageDeflate: false });

  wss.on('connection', (socket) => {
    const joined = [];
    socket.on('message', (data) => {
      let message;
      try {
        message = JSON.parse(data);
      } catch {
        return;
      }
      if (message.type === 'ping') return socket.send('{"type":"pong","payload":{}}');
      const index = message.payload?.topic;
      if (message.type !== 'ticks.subscribe' || !Number.isInteger(index) || !members[index]) return;
      members[index].add(socket);
      joined.push(index);
      socket.send(
        JSON.stringify({
          type: 'ticks.subscribe.response',
          payload: { status: 'ok', message: 'Subscribed', topic: topicName(index) },
        }),
      );
    });
    socket.on('close', () => {
      for (const index of joined) members[index].delete(socket);
    });
    socket.on('error', () => undefined);
  });

  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    port: http.address().port,
    publish(index, seq, t) {
      const frame = Buffer.from(
        JSON.stringify({
          type: 'ticks.update',
          payload: { topic: topicName(index), payload: { seq, t } },
        }),
      );
      for (const socket of members[index]) socket.send(frame, { binary: false });
    },
    counters: () => ({}),
    close: () =>
      new Promise((resolve) => {
        for (const socket of wss.clients) socket.terminate();
        wss.close(() => http.close(() => resolve()));
      }),
  };
}
