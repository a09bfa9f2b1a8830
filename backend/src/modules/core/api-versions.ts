import type { Versions } from '../../models/core/versions.js';

/** The API versions this server knows, newest last; `current` is the one new clients should use. */
export const API_VERSIONS: Versions = {
  current: 'v1',
  versions: [{ version: 'v1', status: 'stable', releaseDate: '2026-11-23' }],
};
