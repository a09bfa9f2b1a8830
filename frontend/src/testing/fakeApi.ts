// A fetch for the typed REST client that answers by method and path, records each request
// (with its body already read) and answers 404 in the backend's error shape for anything else,
// so a wrong path fails loudly.
import { jsonResponse } from './fakeFetch';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type Route = (request: RecordedRequest) => Response | Promise<Response>;

/** The backend's error body (`{ statusCode, error, message }`) with that status. */
export function backendError(status: number, error: string, message: string): Response {
  return jsonResponse({ statusCode: status, error, message }, status, error);
}

/** `routes` is keyed `"GET /api/v1/broker/orders"`; it may be changed between requests. */
export function routedFetch(routes: Record<string, Route>) {
  const requests: RecordedRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      url,
      headers: request.headers,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
    requests.push(recorded);
    const route = routes[`${request.method} ${url.pathname}`];
    return route
      ? route(recorded)
      : backendError(404, 'Not Found', `no route ${request.method} ${url.pathname}`);
  };
  return { fetch, requests, routes };
}
