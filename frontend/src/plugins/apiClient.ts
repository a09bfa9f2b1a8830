// The typed REST client: paths, parameters, bodies and answers all come from the backend's
// OpenAPI document (through mappers.ts, the only importer of generated types), so a backend
// schema change that breaks a call breaks the type check.
import createClient, { type Client } from 'openapi-fetch';
import type { ApiPaths } from './mappers';

export type ApiClient = Client<ApiPaths>;

export interface ApiClientOptions {
  /** Defaults to the page's origin (the backend serves the terminal, Vite proxies in dev). */
  baseUrl?: string;
  /** Tests pass a stub; the default reads the global late so it can be replaced. */
  fetch?: (request: Request) => Promise<Response>;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  return createClient<ApiPaths>({
    baseUrl: options.baseUrl ?? globalThis.location?.origin ?? '',
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
  });
}
