// Reads and writes of the broker's tables. One committed change of the engine is written in one
// transaction, and only if the account is still where the engine saw it: the account's row must
// still carry the change's previous sequence number and every updated order must still be
// Working. Otherwise the transaction fails with StaleBookError and nothing is written — no order
// is filled twice, whoever else writes. The same queries run on SQLite and PostgreSQL.
import { OrderStatus } from '@trading-pro/contract';
import type { BookChanges, BookSnapshot } from '@trading-pro/contract/paper';
import type { Kysely, Transaction } from 'kysely';
import { accountFromRow, executionToRow, orderFromRow, orderToRow } from './broker.rows.js';
import type { AccountRow, BrokerTables, ExecutionRow, OrderRow } from './broker.tables.js';

export type BrokerDb = Kysely<BrokerTables>;
export type BrokerTx = Transaction<BrokerTables>;

/** The stored account moved on since its book was read (another writer): reload, then retry. */
export class StaleBookError extends Error {
  override name = 'StaleBookError';
}

/** Rows per statement: well under SQLite's bound on the variables of one statement. */
const CHUNK = 500;

/** What an upsert of an order may change: all but its key and creation time. */
const ORDER_UPDATED_COLUMNS = [
  'symbol',
  'type',
  'side',
  'qty',
  'limit_price',
  'stop_price',
  'take_profit',
  'stop_loss',
  'guaranteed_stop',
  'trailing_stop_pips',
  'stop_type',
  'status',
  'filled_qty',
  'avg_price',
  'parent_id',
  'parent_type',
  'triggered',
  'reject_reason',
  'cancel_reason',
  'duration_type',
  'duration_datetime',
  'expires_at',
  'updated_at',
] as const;

/** `{ column: excluded.column }`: an upsert's update takes the values the insert carried. */
function excluded<C extends string>(
  eb: { ref(reference: string): unknown },
  columns: readonly C[],
): Record<C, never> {
  return Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)])) as Record<C, never>;
}

export class BrokerRepository {
  /** Statements that wrote (inserted, updated or deleted rows): zero while nothing happens. */
  writes = 0;

  constructor(private readonly db: BrokerDb) {}

  transaction<T>(work: (tx: BrokerTx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Every account, oldest first. */
  accounts(): Promise<AccountRow[]> {
    return this.db.selectFrom('accounts').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  account(id: string): Promise<AccountRow | undefined> {
    return this.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertAccount(row: AccountRow): Promise<void> {
    this.writes++;
    await this.db.insertInto('accounts').values(row).execute();
  }

  /** The account's open state, as its book is built from. */
  async book(accountId: string): Promise<BookSnapshot | undefined> {
    const row = await this.account(accountId);
    if (row === undefined) return undefined;
    const [working, positions, leverage] = await Promise.all([
      this.db
        .selectFrom('orders')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('status', '=', OrderStatus.Working)
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('positions')
        .select(['symbol', 'qty', 'avg_price'])
        .where('account_id', '=', accountId)
        .where('qty', '!=', 0)
        .execute(),
      this.db
        .selectFrom('leverage')
        .select(['symbol', 'leverage'])
        .where('account_id', '=', accountId)
        .execute(),
    ]);
    return {
      account: accountFromRow(row),
      working: working.map(orderFromRow),
      positions: Object.fromEntries(
        positions.map((p) => [p.symbol, { qty: p.qty, avgPrice: p.avg_price }]),
      ),
      leverage: Object.fromEntries(leverage.map((l) => [l.symbol, l.leverage])),
    };
  }

  /** Writes one change of the engine; StaleBookError when the account moved on. */
  write(tx: BrokerTx, changes: BookChanges, now: number): Promise<void> {
    return this.writeAll(tx, [changes], now);
  }

  /**
   * Writes changes of several accounts (one each) with a handful of statements whatever their
   * number: one guarded update of the accounts, then batched upserts of their orders (an update
   * only while the stored order is Working), executions, positions and leverage. Any account or
   * order that moved on fails the whole transaction with StaleBookError.
   */
  async writeAll(tx: BrokerTx, list: readonly BookChanges[], now: number): Promise<void> {
    const changes = list.filter((c) => !c.empty);
    if (changes.length === 0) return;
    await this.advanceAccounts(tx, changes);
    for (const reset of changes.filter((c) => c.reset)) {
      // The history goes; what the change says of orders and positions is only for clients.
      await this.deleteHistory(tx, reset.accountId);
    }
    const kept = changes.filter((c) => !c.reset);
    const orders = kept.flatMap((c) => c.orders.map((o) => orderToRow(c.accountId, o)));
    for (let i = 0; i < orders.length; i += CHUNK) {
      const chunk = orders.slice(i, i + CHUNK);
      this.writes++;
      const result = await tx
        .insertInto('orders')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['account_id', 'id'])
            .doUpdateSet((eb) => excluded(eb, ORDER_UPDATED_COLUMNS))
            .where('orders.status', '=', OrderStatus.Working),
        )
        .executeTakeFirst();
      // Every row must have been inserted (a new order) or updated (one still Working).
      if (Number(result.numInsertedOrUpdatedRows) !== chunk.length) {
        throw new StaleBookError('An order the change updates is no longer Working');
      }
    }
    const executions = kept.flatMap((c) => c.executions.map((e) => executionToRow(c.accountId, e)));
    for (let i = 0; i < executions.length; i += CHUNK) {
      this.writes++;
      await tx
        .insertInto('executions')
        .values(executions.slice(i, i + CHUNK))
        .execute();
    }
    const positions = kept.flatMap((c) =>
      [...c.positions].map(([symbol, p]) => ({
        account_id: c.accountId,
        symbol,
        qty: p.qty,
        avg_price: p.avgPrice,
        updated_at: now,
      })),
    );
    for (let i = 0; i < positions.length; i += CHUNK) {
      this.writes++;
      await tx
        .insertInto('positions')
        .values(positions.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc
            .columns(['account_id', 'symbol'])
            .doUpdateSet((eb) => excluded(eb, ['qty', 'avg_price', 'updated_at'] as const)),
        )
        .execute();
    }
    const leverage = changes.flatMap((c) =>
      [...c.leverage].map(([symbol, value]) => ({
        account_id: c.accountId,
        symbol,
        leverage: value,
      })),
    );
    if (leverage.length > 0) {
      this.writes++;
      await tx
        .insertInto('leverage')
        .values(leverage)
        .onConflict((oc) =>
          oc
            .columns(['account_id', 'symbol'])
            .doUpdateSet((eb) => excluded(eb, ['leverage'] as const)),
        )
        .execute();
    }
  }

  /**
   * Moves each account to its change in one statement: totals added to (never read and
   * rewritten), counters and name set — only where the stored account is still at the change's
   * previous number.
   */
  private async advanceAccounts(tx: BrokerTx, changes: readonly BookChanges[]): Promise<void> {
    // Loaded here, not on import: the spec export imports this file and opens no database.
    const { sql } = await import('kysely');
    for (let i = 0; i < changes.length; i += CHUNK) {
      const chunk = changes.slice(i, i + CHUNK);
      // VALUES columns are column1 … column8 on both databases; the casts type the parameters.
      const rows = chunk.map(
        (c) =>
          sql`(cast(${c.accountId} as text), cast(${c.seq - 1} as bigint), cast(${c.seq} as bigint), cast(${c.account.name} as text), cast(${c.realizedPL} as double precision), cast(${c.commissions} as double precision), cast(${c.account.nextOrderId} as bigint), cast(${c.account.nextExecutionId} as bigint))`,
      );
      this.writes++;
      const result = await sql`update accounts set
          seq = v.column3,
          name = v.column4,
          realized_pl = accounts.realized_pl + v.column5,
          commissions = accounts.commissions + v.column6,
          next_order_id = v.column7,
          next_execution_id = v.column8
        from (values ${sql.join(rows)}) as v
        where accounts.id = v.column1 and accounts.seq = v.column2`.execute(tx);
      if (Number(result.numAffectedRows ?? 0) !== chunk.length) {
        throw new StaleBookError(
          `An account moved on since its book was read (${chunk.map((c) => c.accountId).join(', ')})`,
        );
      }
    }
  }

  private async deleteHistory(tx: BrokerTx, accountId: string): Promise<void> {
    for (const table of ['idempotency_keys', 'executions', 'positions', 'orders'] as const) {
      this.writes++;
      await tx.deleteFrom(table).where('account_id', '=', accountId).execute();
    }
  }

  /** Removes the account and everything it holds. */
  async deleteAccount(accountId: string): Promise<void> {
    await this.transaction(async (tx) => {
      await this.deleteHistory(tx, accountId);
      this.writes += 2;
      await tx.deleteFrom('leverage').where('account_id', '=', accountId).execute();
      await tx.deleteFrom('accounts').where('id', '=', accountId).execute();
    });
  }

  /** The order an Idempotency-Key placed before, read inside the placing transaction. */
  async idempotentOrder(tx: BrokerTx, accountId: string, key: string): Promise<number | undefined> {
    const row = await tx
      .selectFrom('idempotency_keys')
      .select('order_id')
      .where('account_id', '=', accountId)
      .where('key', '=', key)
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.order_id);
  }

  async rememberIdempotencyKey(
    tx: BrokerTx,
    accountId: string,
    key: string,
    orderId: number,
    now: number,
  ): Promise<void> {
    this.writes++;
    await tx
      .insertInto('idempotency_keys')
      .values({ account_id: accountId, key, order_id: orderId, created_at: now })
      .execute();
  }

  /** Every order of the account, whatever its status, oldest first. */
  orders(accountId: string): Promise<OrderRow[]> {
    return this.db
      .selectFrom('orders')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute();
  }

  /** The status of an order, when it exists. */
  async orderStatus(accountId: string, id: number): Promise<OrderStatus | undefined> {
    const row = await this.db
      .selectFrom('orders')
      .select('status')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.status as OrderStatus | undefined;
  }

  /** The account's executions, of one symbol when given, oldest first. */
  executions(accountId: string, symbol?: string): Promise<ExecutionRow[]> {
    let query = this.db.selectFrom('executions').selectAll().where('account_id', '=', accountId);
    if (symbol !== undefined) query = query.where('symbol', '=', symbol);
    return query.orderBy('id').execute();
  }
}
