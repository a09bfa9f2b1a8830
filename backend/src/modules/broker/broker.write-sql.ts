// The statements of the broker's hot path — writing the engine's changes — as SQL text built
// once per shape (dialect, number of rows) and kept: the query builder's own cost, per call,
// was the largest part of an order's write. Everything else goes through Kysely as usual.
import { OrderStatus } from '@trading-pro/contract';

export type Dialect = 'sqlite' | 'postgres';

export const ORDER_COLUMNS = [
  'account_id',
  'id',
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
  'created_at',
  'updated_at',
] as const;
export const EXECUTION_COLUMNS = [
  'account_id',
  'id',
  'order_id',
  'symbol',
  'price',
  'qty',
  'side',
  'time',
  'commission',
] as const;
export const POSITION_COLUMNS = ['account_id', 'symbol', 'qty', 'avg_price', 'updated_at'] as const;
export const LEVERAGE_COLUMNS = ['account_id', 'symbol', 'leverage'] as const;

const cache = new Map<string, string>();
const cached = (key: string, build: () => string) => {
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = build()));
  return text;
};

/** `(?, ?), (?, ?)` or `($1, $2), ($3, $4)`: `rows` tuples of `width` parameters. */
function tuples(dialect: Dialect, rows: number, width: number, cast?: readonly string[]): string {
  const list: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const slot = dialect === 'postgres' ? `$${r * width + c + 1}` : '?';
      cells.push(cast === undefined ? slot : `cast(${slot} as ${cast[c]})`);
    }
    list.push(`(${cells.join(', ')})`);
  }
  return list.join(', ');
}

function upsert(
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  key: readonly string[],
  rows: number,
  where = '',
): string {
  return cached(`${dialect}|${table}|${rows}`, () => {
    const updated = columns.filter((c) => !key.includes(c) && c !== 'created_at');
    return (
      `insert into ${table} (${columns.join(', ')}) values ${tuples(dialect, rows, columns.length)} ` +
      `on conflict (${key.join(', ')}) do update set ${updated.map((c) => `${c} = excluded.${c}`).join(', ')}` +
      where
    );
  });
}

/** Orders inserted, or updated only while the stored one is Working. */
export const ordersUpsert = (dialect: Dialect, rows: number) =>
  upsert(
    dialect,
    'orders',
    ORDER_COLUMNS,
    ['account_id', 'id'],
    rows,
    ` where orders.status = ${OrderStatus.Working}`,
  );

export const executionsInsert = (dialect: Dialect, rows: number) =>
  cached(
    `${dialect}|executions|${rows}`,
    () =>
      `insert into executions (${EXECUTION_COLUMNS.join(', ')}) values ${tuples(dialect, rows, EXECUTION_COLUMNS.length)}`,
  );

export const positionsUpsert = (dialect: Dialect, rows: number) =>
  upsert(dialect, 'positions', POSITION_COLUMNS, ['account_id', 'symbol'], rows);

export const leverageUpsert = (dialect: Dialect, rows: number) =>
  upsert(dialect, 'leverage', LEVERAGE_COLUMNS, ['account_id', 'symbol'], rows);

/** One account's advance, as the statement below takes its parameters. */
export interface Advance {
  accountId: string;
  previousSeq: number;
  seq: number;
  name: string;
  realizedPL: number;
  commissions: number;
  nextOrderId: number;
  nextExecutionId: number;
}

const ADVANCE_TYPES = [
  'text',
  'bigint',
  'bigint',
  'text',
  'double precision',
  'double precision',
  'bigint',
  'bigint',
];

/**
 * Moves accounts to their change: totals added to (never read and rewritten), counters and name
 * set — only where the stored account is still at the change's previous number. Several at
 * once through VALUES, whose columns are column1 … column8 on both databases (the casts type the
 * parameters). Returns the statement and its parameters in the order they appear in it.
 */
export function accountsAdvance(dialect: Dialect, advances: readonly Advance[]) {
  if (advances.length === 1) {
    const a = advances[0]!;
    const text = cached(`${dialect}|accounts|1`, () => {
      const slot = placeholders(dialect);
      return (
        `update accounts set seq = ${slot()}, name = ${slot()}, ` +
        `realized_pl = realized_pl + ${slot()}, commissions = commissions + ${slot()}, ` +
        `next_order_id = ${slot()}, next_execution_id = ${slot()} ` +
        `where id = ${slot()} and seq = ${slot()}`
      );
    });
    const parameters = [
      a.seq,
      a.name,
      a.realizedPL,
      a.commissions,
      a.nextOrderId,
      a.nextExecutionId,
      a.accountId,
      a.previousSeq,
    ];
    return { text, parameters };
  }
  const text = cached(
    `${dialect}|accounts|${advances.length}`,
    () =>
      `update accounts set seq = v.column3, name = v.column4, ` +
      `realized_pl = accounts.realized_pl + v.column5, commissions = accounts.commissions + v.column6, ` +
      `next_order_id = v.column7, next_execution_id = v.column8 ` +
      `from (values ${tuples(dialect, advances.length, ADVANCE_TYPES.length, ADVANCE_TYPES)}) as v ` +
      `where accounts.id = v.column1 and accounts.seq = v.column2`,
  );
  const parameters = advances.flatMap((a) => [
    a.accountId,
    a.previousSeq,
    a.seq,
    a.name,
    a.realizedPL,
    a.commissions,
    a.nextOrderId,
    a.nextExecutionId,
  ]);
  return { text, parameters };
}

/** Successive parameter slots of one statement: `?` each, or `$1`, `$2` … */
function placeholders(dialect: Dialect): () => string {
  let n = 0;
  return () => (dialect === 'postgres' ? `$${++n}` : '?');
}
