// The broker's tables. Every row belongs to an account, so adding users changes no table.
// Prices and amounts are doubles; ids are integers that are never reused.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely';

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('deposit', 'double precision', (c) => c.notNull())
      .addColumn('realized_pl', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('commissions', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    // Ids come from a counter row, not AUTOINCREMENT/SERIAL, so both databases hand out the same
    // sequence and a rolled-back transaction never consumes one.
    await db.schema
      .createTable('counters')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('orders')
      .addColumn('id', 'bigint', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
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
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('orders_account_status')
      .on('orders')
      .columns(['account_id', 'status'])
      .execute();

    await db.schema
      .createTable('executions')
      .addColumn('id', 'bigint', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('order_id', 'bigint', (c) => c.notNull().references('orders.id'))
      .addColumn('symbol', 'text', (c) => c.notNull())
      .addColumn('price', 'double precision', (c) => c.notNull())
      .addColumn('qty', 'double precision', (c) => c.notNull())
      .addColumn('side', 'integer', (c) => c.notNull())
      .addColumn('time', 'bigint', (c) => c.notNull())
      .addColumn('commission', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('executions_account_symbol')
      .on('executions')
      .columns(['account_id', 'symbol'])
      .execute();

    await db.schema
      .createTable('positions')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('symbol', 'text', (c) => c.notNull())
      .addColumn('qty', 'double precision', (c) => c.notNull())
      .addColumn('avg_price', 'double precision', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('positions_pk', ['account_id', 'symbol'])
      .execute();

    await db.schema
      .createTable('leverage')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('symbol', 'text', (c) => c.notNull())
      .addColumn('leverage', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('leverage_pk', ['account_id', 'symbol'])
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('order_id', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['account_id', 'key'])
      .execute();
  },
};
