// Consecutive changes of one account as one: what the backend writes when it commits several
// commands in one transaction (group commit) — the final state of every order and position they
// touched, every execution, the sum of their totals, guarded by the first one's previous number.
import type { BookChanges } from './book.js';
import type { BookOrder } from './types.js';

export function mergeChanges(list: readonly BookChanges[]): BookChanges {
  const changes = list.filter((c) => !c.empty);
  if (changes.length === 1) return changes[0]!;
  const first = changes[0];
  const last = changes.at(-1);
  if (first === undefined || last === undefined)
    throw new RangeError('mergeChanges: nothing to merge');
  const orders = new Map<number, BookOrder>();
  const created = new Set<number>();
  const positions = new Map(first.positions);
  const leverage = new Map(first.leverage);
  const symbols = new Set<string>();
  let realizedPL = 0;
  let commissions = 0;
  for (const [i, change] of changes.entries()) {
    if (change.accountId !== first.accountId || change.seq !== first.seq + i) {
      throw new RangeError('mergeChanges: changes must be consecutive changes of one account');
    }
    if (change.reset) throw new RangeError('mergeChanges: a reset is written on its own');
    for (const order of change.orders) {
      orders.delete(order.id);
      orders.set(order.id, order);
    }
    for (const id of change.created) created.add(id);
    for (const [symbol, position] of change.positions) positions.set(symbol, position);
    for (const [symbol, value] of change.leverage) leverage.set(symbol, value);
    for (const symbol of change.symbols) symbols.add(symbol);
    realizedPL += change.realizedPL;
    commissions += change.commissions;
  }
  return {
    accountId: first.accountId,
    empty: false,
    reset: false,
    // Written as one step from the first one's previous number to the last one's.
    seq: last.seq,
    previousSeq: first.seq - 1,
    account: last.account,
    realizedPL,
    commissions,
    orders: [...orders.values()],
    created,
    executions: changes.flatMap((c) => c.executions),
    positions,
    leverage,
    symbols,
  };
}
