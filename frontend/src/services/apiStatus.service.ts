import { backendMessage } from '../formatting/errorMessage';
import type { ApiVersion, Health, Versions } from '../types/apiStatus';

/** The part of `fetch` the service uses; tests pass a stub instead of the global. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface RequestOptions {
  fetch?: FetchFn;
  /** The status page polls, so a request that never answers must fail rather than pile up. */
  timeoutMs?: number;
}

const HEALTH_URL = '/api/v1/core/health';
const VERSIONS_URL = '/api/v1/core/versions';

const DEFAULT_TIMEOUT_MS = 8000;

export async function fetchHealth(options: RequestOptions = {}): Promise<Health> {
  return parseHealth(await getJson(HEALTH_URL, options));
}

export async function fetchVersions(options: RequestOptions = {}): Promise<Versions> {
  return parseVersions(await getJson(VERSIONS_URL, options));
}

async function getJson(url: string, options: RequestOptions): Promise<unknown> {
  // Wrapped rather than passed as is: calling the browser's fetch detached from `window` throws
  // "Illegal invocation", and reading the global late lets tests stub it.
  const doFetch: FetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);

  let response: Response;
  let text: string;
  try {
    response = await doFetch(url, {
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    text = await response.text();
  } catch (cause) {
    const reason = controller.signal.aborted
      ? `no answer within ${timeoutMs / 1000} s`
      : describeError(cause);
    throw new Error(`Cannot reach the API (GET ${url}): ${reason}`, { cause });
  } finally {
    clearTimeout(timer);
  }

  const body = parseJson(text);
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const detail = backendMessage(body);
    throw new Error(`GET ${url} failed (${status})${detail ? `: ${detail}` : ''}`);
  }
  if (body === undefined) {
    throw new Error(`Unexpected answer from GET ${url}: the body is not JSON`);
  }
  return body;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

function parseHealth(body: unknown): Health {
  const fail = (problem: string) =>
    new Error(`Unexpected answer from GET ${HEALTH_URL}: ${problem}`);
  if (!isRecord(body)) throw fail('expected a JSON object');
  const { status, timestamp, modules } = body;
  if (typeof status !== 'string') throw fail('"status" must be a string');
  if (typeof timestamp !== 'string') throw fail('"timestamp" must be a string');
  if (!isStringArray(modules)) throw fail('"modules" must be an array of strings');
  return { status, timestamp, modules: [...modules] };
}

function parseVersions(body: unknown): Versions {
  const fail = (problem: string) =>
    new Error(`Unexpected answer from GET ${VERSIONS_URL}: ${problem}`);
  if (!isRecord(body)) throw fail('expected a JSON object');
  const { current, versions } = body;
  if (typeof current !== 'string') throw fail('"current" must be a string');
  if (!Array.isArray(versions)) throw fail('"versions" must be an array');

  const parsed = versions.map((entry: unknown, index): ApiVersion => {
    const where = `versions[${index}]`;
    if (!isRecord(entry)) throw fail(`"${where}" must be an object`);
    const { version, status, releaseDate, deprecationDate } = entry;
    if (typeof version !== 'string') throw fail(`"${where}.version" must be a string`);
    if (typeof status !== 'string') throw fail(`"${where}.status" must be a string`);
    if (!isOptionalString(releaseDate)) throw fail(`"${where}.releaseDate" must be a string`);
    if (!isOptionalString(deprecationDate)) {
      throw fail(`"${where}.deprecationDate" must be a string`);
    }
    const result: ApiVersion = { version, status };
    if (typeof releaseDate === 'string') result.releaseDate = releaseDate;
    if (typeof deprecationDate === 'string') result.deprecationDate = deprecationDate;
    return result;
  });
  return { current, versions: parsed };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

// Absent optional fields may be serialized as null by some encoders; both mean "not set".
function isOptionalString(value: unknown): value is string | null | undefined {
  return value === undefined || value === null || typeof value === 'string';
}
