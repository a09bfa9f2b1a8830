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

/** Rows per INSERT: well under SQLite's bound on the variables of one statement. */
const INSERT_CHUNK = 500;

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

  /** Writes one committed change of the engine; StaleBookError when the account moved on. */
  async write(tx: BrokerTx, changes: BookChanges, now: number): Promise<void> {
    if (changes.empty) return;
    const accountId = changes.accountId;
    const { account } = changes;
    this.writes++;
    const moved = await tx
      .updateTable('accounts')
      .set((eb) => ({
        name: account.name,
        realized_pl: eb('realized_pl', '+', changes.realizedPL),
        commissions: eb('commissions', '+', changes.commissions),
        seq: changes.seq,
        next_order_id: account.nextOrderId,
        next_execution_id: account.nextExecutionId,
      }))
      .where('id', '=', accountId)
      .where('seq', '=', changes.seq - 1)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) {
      throw new StaleBookError(`Account ${accountId} is past change ${changes.seq - 1}`);
    }
    if (changes.reset) {
      // The history goes; what the change says of orders and positions is only for clients.
      await this.deleteHistory(tx, accountId);
      return;
    }

    const created: OrderRow[] = [];
    for (const order of changes.orders) {
      const row = orderToRow(accountId, order);
      if (changes.created.has(order.id)) {
        created.push(row);
        continue;
      }
      const { account_id, id, ...fields } = row;
      this.writes++;
      const updated = await tx
        .updateTable('orders')
        .set(fields)
        .where('account_id', '=', account_id)
        .where('id', '=', id)
        .where('status', '=', OrderStatus.Working)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        throw new StaleBookError(`Order ${id} of ${accountId} is no longer Working`);
      }
    }
    await this.insertChunks(tx, 'orders', created);
    await this.insertChunks(
      tx,
      'executions',
      changes.executions.map((e) => executionToRow(accountId, e)),
    );
    for (const [symbol, position] of changes.positions) {
      this.writes++;
      await tx
        .insertInto('positions')
        .values({
          account_id: accountId,
          symbol,
          qty: position.qty,
          avg_price: position.avgPrice,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['account_id', 'symbol']).doUpdateSet({
            qty: position.qty,
            avg_price: position.avgPrice,
            updated_at: now,
          }),
        )
        .execute();
    }
    for (const [symbol, leverage] of changes.leverage) {
      this.writes++;
      await tx
        .insertInto('leverage')
        .values({ account_id: accountId, symbol, leverage })
        .onConflict((oc) => oc.columns(['account_id', 'symbol']).doUpdateSet({ leverage }))
        .execute();
    }
  }

  private async insertChunks(
    tx: BrokerTx,
    table: 'orders' | 'executions',
    rows: (OrderRow | ExecutionRow)[],
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      this.writes++;
      await tx
        .insertInto(table)
        .values(rows.slice(i, i + INSERT_CHUNK) as never)
        .execute();
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
