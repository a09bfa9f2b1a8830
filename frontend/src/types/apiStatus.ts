// Frontend view of the core module's status endpoints. These types are what services return and
// components read; they deliberately do not reuse backend or generated types (ARCHITECTURE §1.6).

export type AsyncState = 'idle' | 'loading' | 'error' | 'done';

export interface Health {
  status: string;
  /** Server time of the answer, ISO 8601. */
  timestamp: string;
  /** Names of the modules loaded in the answering process. */
  modules: string[];
}

export interface ApiVersion {
  version: string;
  status: string;
  releaseDate?: string;
  deprecationDate?: string;
}

export interface Versions {
  current: string;
  versions: ApiVersion[];
}

/** What the status page headline says about the API as a whole. */
export type OverallStatus = 'unknown' | 'ok' | 'degraded' | 'unreachable';

export type StatusTone = 'ok' | 'warn' | 'error' | 'neutral';
