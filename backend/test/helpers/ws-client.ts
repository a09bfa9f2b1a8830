// A real `ws` client for protocol tests: records every frame and waits for the ones a test
// expects, with a deadline so that a missing frame fails the test instead of hanging it.
import { once } from 'node:events';
import WebSocket from 'ws';

export interface Frame {
  type: string;
  payload: Record<string, unknown> & {
    topic?: string;
    status?: string;
    message?: string;
    payload?: unknown;
  };
}

export class TestClient {
  readonly frames: Frame[] = [];
  closeCode: number | undefined;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data, isBinary) => {
      if (!isBinary) this.frames.push(JSON.parse(data.toString()) as Frame);
      this.notify();
    });
    socket.on('close', (code) => {
      this.closeCode = code;
      this.notify();
    });
  }

  static async connect(url: string, options: WebSocket.ClientOptions = {}): Promise<TestClient> {
    const socket = new WebSocket(url, options);
    const client = new TestClient(socket);
    await once(socket, 'open');
    return client;
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  send(type: string, payload: unknown = {}): void {
    this.socket.send(JSON.stringify({ type, payload }));
  }

  /** Waits until `predicate` holds, re-checked on every frame or close. */
  async until<T>(
    predicate: () => T | undefined | false,
    timeoutMs = 3_000,
    what = 'condition',
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value !== undefined && value !== false) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(
          `Timed out waiting for ${what}; frames: ${JSON.stringify(this.frames.slice(-5))}`,
        );
      }
      // Woken by a frame or a close; re-checked every 20 ms too, for server-side conditions.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 20));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next frame of `type` after the `skip` first ones. */
  nextOf(type: string, skip = 0, timeoutMs?: number): Promise<Frame> {
    return this.until(
      () => this.frames.filter((f) => f.type === type)[skip],
      timeoutMs,
      `frame ${type} #${skip}`,
    );
  }

  async request(type: string, payload: unknown, responseType: string): Promise<Frame> {
    const seen = this.frames.filter((f) => f.type === responseType).length;
    this.send(type, payload);
    return this.nextOf(responseType, seen);
  }

  subscribe(route: string, params: unknown): Promise<Frame> {
    return this.request(`${route}.subscribe`, params, `${route}.subscribe.response`);
  }

  unsubscribe(route: string, params: unknown): Promise<Frame> {
    return this.request(`${route}.unsubscribe`, params, `${route}.unsubscribe.response`);
  }

  updates(route: string): Frame[] {
    return this.frames.filter((f) => f.type === `${route}.update`);
  }

  waitClosed(timeoutMs = 3_000): Promise<number> {
    return this.until(() => this.closeCode, timeoutMs, 'close');
  }

  close(): void {
    this.socket.terminate();
  }
}
