// Reads and writes of the broker's tables. Writes take the caller's transaction, so that one
// state change (an order placed and filled, with its execution, position and balance) commits or
// vanishes as a whole. The same queries run on SQLite and PostgreSQL.
import type { Kysely, Transaction } from 'kysely';
import type {
  AccountRow,
  BrokerTables,
  ExecutionRow,
  OrderRow,
  PositionRow,
} from './broker.tables.js';

export type BrokerDb = Kysely<BrokerTables>;
export type BrokerTx = Transaction<BrokerTables>;

export class BrokerRepository {
  constructor(private readonly db: BrokerDb) {}

  transaction<T>(work: (tx: BrokerTx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Creates the account once; later starts keep its history. */
  async ensureAccount(account: Omit<AccountRow, 'realized_pl' | 'commissions'>): Promise<void> {
    await this.db
      .insertInto('accounts')
      .values({ ...account, realized_pl: 0, commissions: 0 })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  account(id: string): Promise<AccountRow | undefined> {
    return this.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The next `count` ids of a sequence; a rolled-back transaction gives them back. */
  async nextIds(tx: BrokerTx, name: 'orders' | 'executions', count = 1): Promise<number[]> {
    // One upsert: the first use of a sequence creates its counter at `count`, later ones add to it.
    const row = await tx
      .insertInto('counters')
      .values({ name, value: count })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', count) })),
      )
      .returning('value')
      .executeTakeFirstOrThrow();
    const end = Number(row.value);
    return Array.from({ length: count }, (_, i) => end - count + i + 1);
  }

  ordersWithStatus(accountId: string, statuses: number[]): Promise<OrderRow[]> {
    return this.db
      .selectFrom('orders')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('status', 'in', statuses)
      .orderBy('id')
      .execute();
  }

  allOrders(accountId: string): Promise<OrderRow[]> {
    return this.db
      .selectFrom('orders')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute();
  }

  order(accountId: string, id: number): Promise<OrderRow | undefined> {
    return this.db
      .selectFrom('orders')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  positions(accountId: string): Promise<PositionRow[]> {
    return this.db
      .selectFrom('positions')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('symbol')
      .execute();
  }

  executions(accountId: string, symbol?: string): Promise<ExecutionRow[]> {
    let query = this.db.selectFrom('executions').selectAll().where('account_id', '=', accountId);
    if (symbol !== undefined) query = query.where('symbol', '=', symbol);
    return query.orderBy('id').execute();
  }

  leverages(accountId: string): Promise<{ symbol: string; leverage: number }[]> {
    return this.db
      .selectFrom('leverage')
      .select(['symbol', 'leverage'])
      .where('account_id', '=', accountId)
      .execute();
  }

  async idempotentOrder(accountId: string, key: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('idempotency_keys')
      .select('order_id')
      .where('account_id', '=', accountId)
      .where('key', '=', key)
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.order_id);
  }

  async insertOrder(tx: BrokerTx, order: OrderRow): Promise<void> {
    await tx.insertInto('orders').values(order).execute();
  }

  async updateOrder(tx: BrokerTx, order: OrderRow): Promise<void> {
    const { id, account_id, ...changes } = order;
    await tx
      .updateTable('orders')
      .set(changes)
      .where('id', '=', id)
      .where('account_id', '=', account_id)
      .execute();
  }

  async insertExecution(tx: BrokerTx, execution: ExecutionRow): Promise<void> {
    await tx.insertInto('executions').values(execution).execute();
  }

  async savePosition(tx: BrokerTx, position: PositionRow): Promise<void> {
    await tx
      .insertInto('positions')
      .values(position)
      .onConflict((oc) =>
        oc.columns(['account_id', 'symbol']).doUpdateSet({
          qty: position.qty,
          avg_price: position.avg_price,
          updated_at: position.updated_at,
        }),
      )
      .execute();
  }

  async addToTotals(
    tx: BrokerTx,
    accountId: string,
    realizedPL: number,
    commission: number,
  ): Promise<void> {
    const row = await tx
      .selectFrom('accounts')
      .select(['realized_pl', 'commissions'])
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('accounts')
      .set({ realized_pl: row.realized_pl + realizedPL, commissions: row.commissions + commission })
      .where('id', '=', accountId)
      .execute();
  }

  async setLeverage(accountId: string, symbol: string, leverage: number): Promise<void> {
    await this.db
      .insertInto('leverage')
      .values({ account_id: accountId, symbol, leverage })
      .onConflict((oc) => oc.columns(['account_id', 'symbol']).doUpdateSet({ leverage }))
      .execute();
  }

  async rememberIdempotencyKey(
    tx: BrokerTx,
    accountId: string,
    key: string,
    orderId: number,
    now: number,
  ) {
    await tx
      .insertInto('idempotency_keys')
      .values({ account_id: accountId, key, order_id: orderId, created_at: now })
      .execute();
  }
}
