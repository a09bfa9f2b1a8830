// One benchmark client per protocol. Each subscribes to one topic, resolves once the server has
// confirmed, then hands every update's (seq, t) to `onUpdate`. Every frame is parsed, as a real
// client would.
import { io } from 'socket.io-client';
import WebSocket from 'ws';

const topicName = (index) => `ticks:{"topic":${index}}`;

/** Our gateway and the raw baseline speak the same JSON frames. */
function connectWs({ url, topic, onUpdate, onClose }) {
  const expectedTopic = topicName(topic);
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    let subscribed = false;
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'ticks.subscribe', payload: { topic } })),
    );
    socket.on('message', (data) => {
      const message = JSON.parse(data);
      if (message.type === 'ticks.update') {
        const { topic: got, payload } = message.payload;
        onUpdate(payload.seq, payload.t, got === expectedTopic);
      } else if (message.type === 'ticks.subscribe.response') {
        if (message.payload.status !== 'ok') reject(new Error(message.payload.message));
        subscribed = true;
        resolve({ close: () => socket.terminate() });
      }
    });
    socket.on('error', (error) => (subscribed ? undefined : reject(error)));
    socket.on('close', () => (subscribed ? onClose() : reject(new Error('closed early'))));
  });
}

function connectSocketIo({ url, topic, onUpdate, onClose }) {
  const expectedTopic = topicName(topic);
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    let subscribed = false;
    socket.on('connect', () =>
      socket.emit('subscribe', { topic }, (answer) => {
        if (answer?.status !== 'ok') return reject(new Error('subscription refused'));
        subscribed = true;
        resolve({ close: () => socket.disconnect() });
      }),
    );
    socket.on('update', (data) =>
      onUpdate(data.payload.seq, data.payload.t, data.topic === expectedTopic),
    );
    socket.on('connect_error', (error) => (subscribed ? undefined : reject(error)));
    socket.on('disconnect', () => (subscribed ? onClose() : reject(new Error('closed early'))));
  });
}

export function connectClient(kind, options) {
  return kind === 'socketio' ? connectSocketIo(options) : connectWs(options);
}
