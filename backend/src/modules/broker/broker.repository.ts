// Reads and writes of the broker's tables. One committed change of the engine is written in one
// transaction, and only if the account is still where the engine saw it: the account's row must
// still carry the change's previous sequence number and every updated order must still be
// Working. Otherwise the transaction fails with StaleBookError and nothing is written — no order
// is filled twice, whoever else writes. The same queries run on SQLite and PostgreSQL.
import { OrderStatus } from '@trading-pro/contract';
import type { BookChanges, BookSnapshot } from '@trading-pro/contract/paper';
import type { CompiledQuery, Kysely, Transaction } from 'kysely';
import { accountFromRow, executionToRow, orderFromRow, orderToRow } from './broker.rows.js';
import type { AccountRow, BrokerTables, ExecutionRow, OrderRow } from './broker.tables.js';
import {
  EXECUTION_COLUMNS,
  LEVERAGE_COLUMNS,
  ORDER_COLUMNS,
  POSITION_COLUMNS,
  accountsAdvance,
  executionsInsert,
  leverageUpsert,
  ordersUpsert,
  positionsUpsert,
  type Dialect,
} from './broker.write-sql.js';

export type BrokerDb = Kysely<BrokerTables>;
export type BrokerTx = Transaction<BrokerTables>;

/** The stored account moved on since its book was read (another writer): reload, then retry. */
export class StaleBookError extends Error {
  override name = 'StaleBookError';
}

/** Rows per statement: well under SQLite's bound on the variables of one statement. */
const CHUNK = 500;

/** Loaded with the first write: the spec export imports this file and opens no database. */
let compiledQuery: typeof CompiledQuery | undefined;

/** The rows' values in `columns` order, one flat list of parameters. */
function flat<R extends object>(rows: readonly R[], columns: readonly string[]): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) {
    for (const column of columns) values.push((row as Record<string, unknown>)[column]);
  }
  return values;
}

export class BrokerRepository {
  /** Statements that wrote (inserted, updated or deleted rows): zero while nothing happens. */
  writes = 0;

  constructor(
    private readonly db: BrokerDb,
    private readonly dialect: Dialect,
  ) {}

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
   * number: one guarded advance of the accounts, then batched upserts of their orders (an update
   * only while the stored order is Working), executions, positions and leverage. Any account or
   * order that moved on fails the whole transaction with StaleBookError.
   */
  async writeAll(tx: BrokerTx, list: readonly BookChanges[], now: number): Promise<void> {
    const changes = list.filter((c) => !c.empty);
    if (changes.length === 0) return;
    await this.inChunks(changes, async (chunk) => {
      const { text, parameters } = accountsAdvance(
        this.dialect,
        chunk.map((c) => ({
          accountId: c.accountId,
          previousSeq: c.previousSeq ?? c.seq - 1,
          seq: c.seq,
          name: c.account.name,
          realizedPL: c.realizedPL,
          commissions: c.commissions,
          nextOrderId: c.account.nextOrderId,
          nextExecutionId: c.account.nextExecutionId,
        })),
      );
      const advanced = await this.run(tx, text, parameters);
      if (advanced !== chunk.length) {
        throw new StaleBookError(
          `An account moved on since its book was read (${chunk.map((c) => c.accountId).join(', ')})`,
        );
      }
    });
    for (const reset of changes.filter((c) => c.reset)) {
      // The history goes; what the change says of orders and positions is only for clients.
      await this.deleteHistory(tx, reset.accountId);
    }
    const kept = changes.filter((c) => !c.reset);
    const orders = kept.flatMap((c) => c.orders.map((o) => orderToRow(c.accountId, o)));
    await this.inChunks(orders, async (rows) => {
      const written = await this.run(
        tx,
        ordersUpsert(this.dialect, rows.length),
        flat(rows, ORDER_COLUMNS),
      );
      // Every row must have been inserted (a new order) or updated (one still Working).
      if (written !== rows.length) {
        throw new StaleBookError('An order the change updates is no longer Working');
      }
    });
    const executions = kept.flatMap((c) => c.executions.map((e) => executionToRow(c.accountId, e)));
    await this.inChunks(executions, (rows) =>
      this.run(tx, executionsInsert(this.dialect, rows.length), flat(rows, EXECUTION_COLUMNS)),
    );
    const positions = kept.flatMap((c) =>
      [...c.positions].map(([symbol, position]) => ({
        account_id: c.accountId,
        symbol,
        qty: position.qty,
        avg_price: position.avgPrice,
        updated_at: now,
      })),
    );
    await this.inChunks(positions, (rows) =>
      this.run(tx, positionsUpsert(this.dialect, rows.length), flat(rows, POSITION_COLUMNS)),
    );
    const leverage = changes.flatMap((c) =>
      [...c.leverage].map(([symbol, value]) => ({
        account_id: c.accountId,
        symbol,
        leverage: value,
      })),
    );
    await this.inChunks(leverage, (rows) =>
      this.run(tx, leverageUpsert(this.dialect, rows.length), flat(rows, LEVERAGE_COLUMNS)),
    );
  }

  private async inChunks<R>(rows: readonly R[], write: (chunk: R[]) => Promise<unknown>) {
    for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
  }

  /** Runs one prepared write; the number of rows it changed. */
  private async run(tx: BrokerTx, text: string, parameters: unknown[]): Promise<number> {
    this.writes++;
    compiledQuery ??= (await import('kysely')).CompiledQuery;
    const result = await tx.executeQuery(compiledQuery.raw(text, parameters));
    return Number(result.numAffectedRows ?? 0);
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
      await tx.deleteFrom('account_leases').where('account_id', '=', accountId).execute();
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

  /** The account's orders that are no longer working (its book holds the rest), oldest first. */
  pastOrders(accountId: string): Promise<OrderRow[]> {
    return this.db
      .selectFrom('orders')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('status', '!=', OrderStatus.Working)
      .orderBy('id')
      .execute();
  }

  /** The status of an order, when it exists. */
  async orderStatus(tx: BrokerTx, accountId: string, id: number): Promise<OrderStatus | undefined> {
    const row = await tx
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
