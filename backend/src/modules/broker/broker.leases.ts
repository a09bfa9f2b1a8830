// The ownership of accounts across broker processes (docs/broker.md#ownership): a lease per
// account in the shared database, held by one process until it expires, and a fencing token
// that grows each time the account changes hands. A holder renews its leases well before they
// expire; a process whose lease was taken over finds out at its next write, which checks its
// token inside the write's own transaction (`fenced`) and so can never land after the new
// holder's. Correctness rests on the token, not on clocks: a slow clock only delays a takeover.
// `owner` must be unique to a process's life (a restarted `broker-1` is another owner), or a
// paused predecessor could pass for its successor.
import type { Kysely } from 'kysely';
import type { BrokerTx } from './broker.repository.js';
import type { BrokerTables } from './broker.tables.js';
import type { Dialect } from './broker.write-sql.js';

export interface Lease {
  accountId: string;
  token: number;
}

export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

export class AccountLeases {
  constructor(
    private readonly db: Kysely<BrokerTables>,
    /** SQLite has one writer and no row locks: its transactions are serial already. */
    private readonly dialect: Dialect,
    private readonly owner: string,
    private readonly ttlMs: number,
  ) {}

  /**
   * Takes the account's lease when it is free (never held, expired, or already ours); the
   * token grows when the holder changes. Undefined while another process holds it.
   */
  async acquire(accountId: string, now: number): Promise<Lease | undefined> {
    const expiresAt = now + this.ttlMs;
    return this.db.transaction().execute(async (tx) => {
      // Two processes may ask for a never-leased account at once: one row is created, the
      // other asker waits for it and then reads it.
      const created = await tx
        .insertInto('account_leases')
        .values({ account_id: accountId, owner: this.owner, token: 1, expires_at: expiresAt })
        .onConflict((oc) => oc.column('account_id').doNothing())
        .executeTakeFirst();
      if (Number(created.numInsertedOrUpdatedRows ?? 0) === 1) return { accountId, token: 1 };
      const held = await tx
        .selectFrom('account_leases')
        .select(['owner', 'token', 'expires_at'])
        .where('account_id', '=', accountId)
        .$if(this.dialect === 'postgres', (q) => q.forUpdate())
        .executeTakeFirstOrThrow();
      const ours = held.owner === this.owner;
      if (!ours && Number(held.expires_at) > now) return undefined;
      const token = ours ? Number(held.token) : Number(held.token) + 1;
      await tx
        .updateTable('account_leases')
        .set({ owner: this.owner, token, expires_at: expiresAt })
        .where('account_id', '=', accountId)
        .execute();
      return { accountId, token };
    });
  }

  /** Extends every lease this process still holds; returns those, so the others are known lost. */
  async renew(leases: readonly Lease[], now: number): Promise<Lease[]> {
    if (leases.length === 0) return [];
    const kept: Lease[] = [];
    await this.db.transaction().execute(async (tx) => {
      for (const lease of leases) {
        const result = await tx
          .updateTable('account_leases')
          .set({ expires_at: now + this.ttlMs })
          .where('account_id', '=', lease.accountId)
          .where('owner', '=', this.owner)
          .where('token', '=', lease.token)
          .where('expires_at', '>', now)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) kept.push(lease);
      }
    });
    return kept;
  }

  /** Gives the leases up at once (a graceful stop): a survivor need not wait for them to expire. */
  async release(leases: readonly Lease[]): Promise<void> {
    for (const lease of leases) {
      await this.db
        .updateTable('account_leases')
        .set({ expires_at: 0 })
        .where('account_id', '=', lease.accountId)
        .where('owner', '=', this.owner)
        .where('token', '=', lease.token)
        .execute();
    }
  }

  /**
   * The fencing check of a write, inside its transaction: the lease must still be ours with this
   * token. On PostgreSQL the row stays locked until the write commits, so a takeover waits for
   * it; a write after a takeover throws LeaseLostError and nothing of it lands.
   */
  async fenced(tx: BrokerTx, lease: Lease): Promise<void> {
    const row = await tx
      .selectFrom('account_leases')
      .select(['owner', 'token'])
      .where('account_id', '=', lease.accountId)
      .$if(this.dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    if (row?.owner !== this.owner || Number(row.token) !== lease.token)
      throw new LeaseLostError(`account ${lease.accountId} is now written by another process`);
  }

  /** Accounts that no process holds now: never leased, expired or released. */
  async free(now: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('accounts')
      .leftJoin('account_leases', 'account_leases.account_id', 'accounts.id')
      .select('accounts.id as id')
      .where((eb) =>
        eb.or([eb('account_leases.owner', 'is', null), eb('account_leases.expires_at', '<=', now)]),
      )
      .orderBy('accounts.id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** How many unexpired leases each process holds. */
  async holders(now: number): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('account_leases')
      .select(['owner'])
      .select((eb) => eb.fn.countAll<number>().as('accounts'))
      .where('expires_at', '>', now)
      .groupBy('owner')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.owner, Number(r.accounts)]));
  }
}
