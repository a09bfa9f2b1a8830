import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';
import { accountSequences } from './0002-account-sequences.js';
import { accountLeases } from './0003-account-leases.js';

/** Migrations by name, applied in name order. */
export const brokerMigrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-account-sequences': accountSequences,
  '0003-account-leases': accountLeases,
};
