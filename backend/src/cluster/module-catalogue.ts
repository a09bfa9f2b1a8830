// Which modules a cluster can place, and which WebSocket routes each one serves — the names a
// client gives in `?type=` when the gateway routes WebSockets by query.
import { CORE_MODULE, discoverModules, ModuleRegistry } from '../shared/registry.js';

/** Every module of the build but core, which every process loads by itself. */
export function placeableModules(): string[] {
  return new ModuleRegistry(discoverModules()).names.filter((name) => name !== CORE_MODULE);
}

interface AsyncApiLike {
  components?: { messages?: Record<string, unknown> };
}

/**
 * The routes of a module's AsyncAPI document: each route `r` declares the client frame
 * `r.subscribe` (next to `r.unsubscribe` and the server's `r.update`), while the protocol's
 * own frames (`ping`, `pong`, `error`) declare none.
 */
export function wsRouteNames(document: unknown): string[] {
  const messages = (document as AsyncApiLike | null)?.components?.messages ?? {};
  return Object.keys(messages)
    .filter((name) => name.endsWith('.subscribe'))
    .map((name) => name.slice(0, -'.subscribe'.length))
    .sort();
}
