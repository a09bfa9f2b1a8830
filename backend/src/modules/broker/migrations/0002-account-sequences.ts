// Each account numbers its own orders, executions and changes: the account's row holds the next
// ids and the number of its last committed change, so one writer per account needs no shared
// counter. Orders and executions are keyed by (account, id). Orders gain their duration, expiry
// and cancel reason. Existing rows keep their ids (unique already); each account's counters
// start after its highest id.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely';

export const accountSequences: Migration = {
  async up(db: Kysely<unknown>) {
    // Loaded here: the module's files are imported by the offline spec export, which opens no database.
    const { sql } = await import('kysely');
    await db.schema
      .alterTable('accounts')
      .addColumn('seq', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable('accounts')
      .addColumn('next_order_id', 'bigint', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .alterTable('accounts')
      .addColumn('next_execution_id', 'bigint', (c) => c.notNull().defaultTo(1))
      .execute();
    await sql`update accounts set
      next_order_id = coalesce((select max(o.id) from orders o where o.account_id = accounts.id), 0) + 1,
      next_execution_id = coalesce((select max(e.id) from executions e where e.account_id = accounts.id), 0) + 1`.execute(
      db,
    );

    await db.schema
      .createTable('orders_v2')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('id', 'bigint', (c) => c.notNull())
      .addColumn('symbol', 'text', (c) => c.notNull())
      .addColumn('type', 'integer', (c) => c.notNull())
      .addColumn('side', 'integer', (c) => c.notNull())
      .addColumn('qty', 'double precision', (c) => c.notNull())
      .addColumn('limit_price', 'double precision')
      .addColumn('stop_price', 'double precision')
      .addColumn('take_profit', 'double precision')
      .addColumn('stop_loss', 'double precision')
      .addColumn('guaranteed_stop', 'double precision')
      .addColumn('trailing_stop_pips', 'double precision')
      .addColumn('stop_type', 'integer')
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('filled_qty', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('avg_price', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('parent_id', 'text')
      .addColumn('parent_type', 'integer')
      .addColumn('triggered', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reject_reason', 'text')
      .addColumn('cancel_reason', 'text')
      .addColumn('duration_type', 'text')
      .addColumn('duration_datetime', 'bigint')
      .addColumn('expires_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('orders_v2_pk', ['account_id', 'id'])
      .execute();
    await sql`insert into orders_v2 (account_id, id, symbol, type, side, qty, limit_price, stop_price,
        take_profit, stop_loss, guaranteed_stop, trailing_stop_pips, stop_type, status, filled_qty,
        avg_price, parent_id, parent_type, triggered, reject_reason, created_at, updated_at)
      select account_id, id, symbol, type, side, qty, limit_price, stop_price, take_profit,
        stop_loss, guaranteed_stop, trailing_stop_pips, stop_type, status, filled_qty, avg_price,
        parent_id, parent_type, triggered, reject_reason, created_at, updated_at
      from orders`.execute(db);

    await db.schema
      .createTable('executions_v2')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('id', 'bigint', (c) => c.notNull())
      .addColumn('order_id', 'bigint', (c) => c.notNull())
      .addColumn('symbol', 'text', (c) => c.notNull())
      .addColumn('price', 'double precision', (c) => c.notNull())
      .addColumn('qty', 'double precision', (c) => c.notNull())
      .addColumn('side', 'integer', (c) => c.notNull())
      .addColumn('time', 'bigint', (c) => c.notNull())
      .addColumn('commission', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('executions_v2_pk', ['account_id', 'id'])
      .addForeignKeyConstraint('executions_v2_order', ['account_id', 'order_id'], 'orders_v2', [
        'account_id',
        'id',
      ])
      .execute();
    await sql`insert into executions_v2 (account_id, id, order_id, symbol, price, qty, side, time, commission)
      select account_id, id, order_id, symbol, price, qty, side, time, commission from executions`.execute(
      db,
    );

    await db.schema.dropTable('executions').execute();
    await db.schema.dropTable('orders').execute();
    await db.schema.dropTable('counters').execute();
    await db.schema.alterTable('orders_v2').renameTo('orders').execute();
    await db.schema.alterTable('executions_v2').renameTo('executions').execute();
    await db.schema
      .createIndex('orders_account_status')
      .on('orders')
      .columns(['account_id', 'status'])
      .execute();
    await db.schema
      .createIndex('executions_account_symbol')
      .on('executions')
      .columns(['account_id', 'symbol', 'id'])
      .execute();
  },
};
