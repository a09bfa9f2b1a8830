// A WebSocket the test drives, for a real WsClient: it records what the client sends and plays
// the server's part (open, confirm subscriptions, push updates, drop the connection).
import { buildTopic } from '@trading-pro/contract';
import type { SocketLike } from '../plugins/wsClient';

export interface SentFrame {
  type: string;
  payload: unknown;
}

export class FakeSocket implements SocketLike {
  readyState = 0;
  sent: SentFrame[] = [];
  closedWith: number | undefined;
  onopen: SocketLike['onopen'] = null;
  onclose: SocketLike['onclose'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onerror: SocketLike['onerror'] = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data) as SentFrame);
  }
  close(code = 1000): void {
    this.closedWith = code;
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(type: string, payload: unknown): void {
    this.onmessage?.({ data: JSON.stringify({ type, payload }) });
  }
  drop(code: number): void {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' });
  }
  types(): string[] {
    return this.sent.map((frame) => frame.type);
  }
  /** The frames of one kind (`subscribe`, `unsubscribe`), as `{ route, params }`. */
  frames(kind: 'subscribe' | 'unsubscribe'): { route: string; params: unknown }[] {
    const suffix = `.${kind}`;
    return this.sent
      .filter((frame) => frame.type.endsWith(suffix))
      .map((frame) => ({ route: frame.type.slice(0, -suffix.length), params: frame.payload }));
  }
  /** The server accepts every subscription sent so far. */
  confirmAll(): void {
    for (const { route, params } of this.frames('subscribe')) {
      this.receive(`${route}.subscribe.response`, {
        status: 'ok',
        message: 'Subscribed',
        topic: buildTopic(route, params),
      });
    }
  }
  /** The server publishes `data` on the topic of `route` with `params` (and its change's seq). */
  push(route: string, params: unknown, data: unknown, seq?: number): void {
    this.receive(`${route}.update`, {
      topic: buildTopic(route, params),
      ...(seq === undefined ? {} : { seq }),
      payload: data,
    });
  }
}

/** A socket factory for WsClient that keeps every socket it made. */
export function fakeSockets() {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    createSocket(url: string): FakeSocket {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    last(): FakeSocket {
      const socket = sockets.at(-1);
      if (socket === undefined) throw new Error('no socket was created');
      return socket;
    },
  };
}
