// The frames of docs/contract.md#websocket: parsing what a client sends, rendering what the server answers.
import { wsMessageType, type SubscriptionResponse } from '@trading-pro/contract';

export type ClientFrame =
  | { kind: 'ping' }
  | { kind: 'subscribe' | 'unsubscribe'; route: string; payload: unknown }
  | { kind: 'invalid'; message: string };

const ACTION = /^(.+)\.(subscribe|unsubscribe)$/;

/** Classifies one incoming frame; never throws. */
export function parseClientFrame(data: Buffer, isBinary: boolean, maxBytes: number): ClientFrame {
  if (isBinary)
    return { kind: 'invalid', message: 'Binary frames are not supported; send JSON text' };
  if (data.length > maxBytes) {
    return {
      kind: 'invalid',
      message: `Frame of ${data.length} bytes exceeds the ${maxBytes}-byte limit`,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8'));
  } catch {
    return { kind: 'invalid', message: 'Frame is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      kind: 'invalid',
      message: 'Frame must be a JSON object { "type": string, "payload": object }',
    };
  }
  const { type, payload } = parsed as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string') return { kind: 'invalid', message: 'Frame has no string "type"' };
  if (type === wsMessageType.ping) return { kind: 'ping' };
  const action = ACTION.exec(type);
  if (action === null)
    return { kind: 'invalid', message: `Unknown message type "${truncate(type)}"` };
  return { kind: action[2] as 'subscribe' | 'unsubscribe', route: action[1] as string, payload };
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

export const frame = (type: string, payload: unknown): Buffer =>
  Buffer.from(JSON.stringify({ type, payload }));

export const pongFrame = () => frame(wsMessageType.pong, {});

export const errorFrame = (message: string) => frame(wsMessageType.error, { message });

export function responseFrame(
  route: string,
  action: 'subscribe' | 'unsubscribe',
  response: SubscriptionResponse,
): Buffer {
  const type =
    action === 'subscribe'
      ? wsMessageType.subscribeResponse(route)
      : wsMessageType.unsubscribeResponse(route);
  return frame(type, response);
}

/**
 * `{route}.update`, serialized once per publication and shared by every subscriber; `seq` is the
 * change sequence number of a sequenced route (docs/broker.md#change-sequence).
 */
export const updateFrame = (route: string, topic: string, data: unknown, seq?: number): Buffer =>
  frame(
    wsMessageType.update(route),
    seq === undefined ? { topic, payload: data } : { topic, seq, payload: data },
  );
