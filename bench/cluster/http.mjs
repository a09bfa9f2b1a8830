// The bench's HTTP and WebSocket client calls, each bounded by a timeout so that a server that
// stops answering ends a measurement with an error instead of hanging the run. REST is plain
// keep-alive HTTP (cheap per request, so the bench's own cost stays small): bench/broker's `call`.
import WebSocket from 'ws';
import { call } from '../broker/support.mjs';
import { sleep } from '../ws-fanout/stats.mjs';

export { sleep };

/** Rejects after `ms` with `what` in the message, unless `promise` settles first. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** One JSON request through the keep-alive agent, bounded; resolves with { status, body }. */
export const request = (base, method, path, body, headers = {}, timeoutMs = 10_000) =>
  withTimeout(call(base, method, path, body, headers), timeoutMs, `${method} ${path}`);

/** GET /api/v1/core/health, or undefined when nothing answers. */
export async function health(base, timeoutMs = 2_000) {
  try {
    const response = await fetch(`${base}/api/v1/core/health`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.status === 200 ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

/** Polls health until `ready(body)` holds; bounded by `timeoutMs`. */
export async function waitHealthy(base, ready, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  let last;
  while (performance.now() < deadline) {
    last = await health(base);
    if (last !== undefined && ready(last)) return last;
    await sleep(150);
  }
  throw new Error(`${what} not ready in ${timeoutMs} ms (last health: ${JSON.stringify(last)})`);
}

/** Opens a WebSocket (no compression, as the servers send none); bounded. */
export function openSocket(url, timeoutMs = 10_000) {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  return withTimeout(
    new Promise((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    }),
    timeoutMs,
    `open ${url}`,
  ).catch((error) => {
    socket.terminate();
    throw error;
  });
}

/**
 * Sends `{route}.subscribe` frames and resolves once every one is answered `ok` (bounded).
 * `frames` are `{ type, payload }`; answers are matched by route, in order.
 */
export function subscribeAll(socket, frames, timeoutMs = 10_000) {
  const waiting = new Map();
  for (const frame of frames) {
    const answer = `${frame.type}.response`;
    waiting.set(answer, (waiting.get(answer) ?? 0) + 1);
  }
  let left = frames.length;
  const done = new Promise((resolve, reject) => {
    const onMessage = (data) => {
      const frame = JSON.parse(data.toString());
      if (!waiting.has(frame.type)) return;
      if (frame.payload.status !== 'ok') {
        socket.off('message', onMessage);
        reject(new Error(`${frame.type}: ${frame.payload.message}`));
        return;
      }
      if (--left === 0) {
        socket.off('message', onMessage);
        resolve();
      }
    };
    socket.on('message', onMessage);
  });
  for (const frame of frames) socket.send(JSON.stringify(frame));
  return withTimeout(done, timeoutMs, `subscribe ${frames.map((f) => f.type).join(', ')}`);
}
