// The ownership of accounts across broker processes, on both databases: a lease is held by one
// process at a time, its token grows at each change of holder, and a write fenced by a token
// that was taken over never lands. Random sequences of two processes' moves against a model.
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AccountLeases, LeaseLostError, type Lease } from '../src/modules/broker/broker.leases.js';
import type { BrokerTables } from '../src/modules/broker/broker.tables.js';
import { openDatabase } from '../src/shared/db/database.js';
import { startBrokerApp, type DatabaseKind } from './helpers/broker-app.js';
import { postgresAvailable } from './helpers/postgres.js';

const pgUp = await postgresAvailable();
const TTL = 1_000;

type Move =
  | { kind: 'acquire'; who: 0 | 1; after: number }
  | { kind: 'renew'; who: 0 | 1; after: number }
  | { kind: 'release'; who: 0 | 1 }
  | { kind: 'write'; who: 0 | 1; stale: boolean };

const who = fc.constantFrom<0 | 1>(0, 1);
const after = fc.integer({ min: 0, max: 1_500 });
const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({ kind: fc.constant('acquire' as const), who, after }),
  fc.record({ kind: fc.constant('renew' as const), who, after }),
  fc.record({ kind: fc.constant('release' as const), who }),
  // A stale write uses the process's first lease: what a paused process would still hold.
  fc.record({ kind: fc.constant('write' as const), who, stale: fc.boolean() }),
);

describe.each<DatabaseKind>(['sqlite', 'postgres'])('account leases on %s', (kind) => {
  it.skipIf(kind === 'postgres' && !pgUp)(
    'never lets two processes hold an account, nor a taken-over one write',
    async () => {
      const broker = await startBrokerApp(kind);
      const database = await openDatabase({
        dataDir: broker.storage.dataDir,
        databaseUrl: broker.storage.databaseUrl,
      });
      const db = database.db as unknown as Kysely<BrokerTables>;
      const dialect = database.kind;
      const processes = [
        new AccountLeases(db, dialect, 'broker-1', TTL),
        new AccountLeases(db, dialect, 'broker-2', TTL),
      ] as const;
      const names = ['broker-1', 'broker-2'];
      let round = 0;
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(move, { minLength: 1, maxLength: 30 }), async (moves) => {
            // Each run on an account of its own, from a clean slate.
            const accountId = `lease-${round++}`;
            await db
              .insertInto('accounts')
              .values({
                ...(await db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow()),
                id: accountId,
              })
              .execute();
            let now = 1_000_000;
            const model: { owner?: 0 | 1; token: number; expiresAt: number } = {
              token: 0,
              expiresAt: 0,
            };
            const held: (Lease | undefined)[] = [undefined, undefined];
            const first: (Lease | undefined)[] = [undefined, undefined];
            for (const m of moves) {
              const leases = processes[m.who];
              if (m.kind === 'acquire') {
                now += m.after;
                const free =
                  model.owner === undefined || model.owner === m.who || model.expiresAt <= now;
                const got = await leases.acquire(accountId, now);
                expect(got !== undefined, `${names[m.who]} acquires at ${now}`).toBe(free);
                if (got === undefined) continue;
                const token = model.owner === m.who ? model.token : model.token + 1;
                expect(got.token).toBe(token);
                Object.assign(model, { owner: m.who, token, expiresAt: now + TTL });
                held[m.who] = got;
                first[m.who] ??= got;
              } else if (m.kind === 'renew') {
                now += m.after;
                const lease = held[m.who];
                if (lease === undefined) continue;
                const keeps =
                  model.owner === m.who && model.token === lease.token && model.expiresAt > now;
                expect((await leases.renew([lease], now)).length).toBe(keeps ? 1 : 0);
                if (keeps) model.expiresAt = now + TTL;
              } else if (m.kind === 'release') {
                const lease = held[m.who];
                if (lease === undefined) continue;
                await leases.release([lease]);
                if (model.owner === m.who && model.token === lease.token) model.expiresAt = 0;
              } else {
                const lease = m.stale ? first[m.who] : held[m.who];
                if (lease === undefined) continue;
                const mayWrite = model.owner === m.who && model.token === lease.token;
                const wrote = await db
                  .transaction()
                  .execute((tx) => leases.fenced(tx, lease))
                  .then(
                    () => true,
                    (error: unknown) => {
                      expect(error).toBeInstanceOf(LeaseLostError);
                      return false;
                    },
                  );
                expect(wrote, `${names[m.who]} writes with token ${lease.token}`).toBe(mayWrite);
              }
            }
            // What is stored is what the model says: the last holder and its token.
            const row = await db
              .selectFrom('account_leases')
              .select(['owner', 'token'])
              .where('account_id', '=', accountId)
              .executeTakeFirst();
            if (model.owner === undefined) expect(row).toBeUndefined();
            else
              expect({ owner: row?.owner, token: Number(row?.token) }).toEqual({
                owner: names[model.owner],
                token: model.token,
              });
          }),
          { numRuns: kind === 'postgres' ? 60 : 200 },
        );
      } finally {
        await database.close();
        await broker.close();
      }
    },
    60_000,
  );

  it.skipIf(kind === 'postgres' && !pgUp)(
    'gives a free account to exactly one of two processes asking at once, and lists the free ones',
    async () => {
      const broker = await startBrokerApp(kind);
      const handles = await Promise.all(
        [0, 1].map(() =>
          openDatabase({
            dataDir: broker.storage.dataDir,
            databaseUrl: broker.storage.databaseUrl,
          }),
        ),
      );
      try {
        const [a, b] = handles.map(
          (h, i) =>
            new AccountLeases(
              h.db as unknown as Kysely<BrokerTables>,
              h.kind,
              `broker-${i + 1}`,
              TTL,
            ),
        ) as [AccountLeases, AccountLeases];
        const now = Date.now();
        expect(await a.free(now)).toEqual([broker.accountId]);
        // At once on PostgreSQL; one after the other on the embedded database, which has one
        // writer (several broker processes need PostgreSQL: docs/cluster.md#the-cluster-file).
        const [first, second] =
          kind === 'postgres'
            ? await Promise.all([
                a.acquire(broker.accountId, now),
                b.acquire(broker.accountId, now),
              ])
            : [await a.acquire(broker.accountId, now), await b.acquire(broker.accountId, now)];
        expect([first, second].filter((l) => l !== undefined)).toEqual([
          { accountId: broker.accountId, token: 1 },
        ]);
        expect(await a.free(now)).toEqual([]);
        expect(await a.free(now + TTL)).toEqual([broker.accountId]);
        expect(Object.values(await b.holders(now))).toEqual([1]);
      } finally {
        for (const h of handles) await h.close();
        await broker.close();
      }
    },
  );
});
