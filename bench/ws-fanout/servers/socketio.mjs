// The peer a user would otherwise pick: Socket.IO with one room per topic, WebSocket transport.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

export const path = '/socket.io';

const roomName = (index) => `ticks:{"topic":${index}}`;

export async function start(topicCount) {
  const http = createServer();
  const io = new Server(http, { transports: ['websocket'], serveClient: false });
  io.on('connection', (socket) => {
    socket.on('subscribe', (payload, ack) => {
      const index = payload?.topic;
      if (!Number.isInteger(index) || index < 0 || index >= topicCount) return;
      socket.join(roomName(index));
      if (typeof ack === 'function') ack({ status: 'ok', topic: roomName(index) });
    });
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const rooms = Array.from({ length: topicCount }, (_, i) => roomName(i));
  return {
    port: http.address().port,
    publish: (index, seq, t) =>
      io.to(rooms[index]).emit('update', { topic: rooms[index], payload: { seq, t } }),
    counters: () => ({}),
    close: () => new Promise((resolve) => io.close(() => resolve())),
  };
}
