// Who writes each account (docs/broker.md#ownership): one lease row per account, held by one
// broker process at a time until it expires, with a fencing token that grows at every change of
// holder. The first holder of an account creates its row.
import type { Kysely, Migration } from 'kysely';

export const accountLeases: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('account_leases')
      .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('token', 'bigint', (c) => c.notNull())
      // Unix milliseconds; a lease with expires_at at or before now is free to take.
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
