// Topic naming shared by server and client (docs/contract.md#websocket): both sides must derive the same string
// from the same params, so this is the one implementation, tested against the contract vectors.

type Json = string | number | boolean | Json[] | { [key: string]: Json };

/** Canonical form: object keys sorted by code unit, null/undefined → "", arrays keep order. */
export function normalize(value: unknown): Json {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const sorted: Record<string, Json> = {};
    for (const key of Object.keys(source).sort(compareCodeUnits)) {
      sorted[key] = normalize(source[key]);
    }
    return sorted;
  }
  return value as Json;
}

// Array.prototype.sort's default already orders by UTF-16 code unit; spelled out so the intent
// does not depend on a reader remembering that.
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON of the canonical form, without whitespace. */
export function stableJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

/** `{route}:{stableJson(params)}`, e.g. `bars:{"resolution":"1","symbol":"AAPL"}`. */
export function buildTopic(route: string, params: unknown): string {
  return `${route}:${stableJson(params)}`;
}
