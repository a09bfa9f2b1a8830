// Which account a request acts on (docs/broker.md#accounts): the one named by `X-Account-Id`, or the oldest
// account. An account this broker does not hold is 404 — never 403, so ids reveal nothing.
import { randomUUID } from 'node:crypto';
import type { AccountRow } from './broker.tables.js';

export const ACCOUNT_HEADER = 'x-account-id';

/** A new account's row: its own sequence and counters start at the beginning. */
export function newAccountRow(fields: {
  name: string;
  currency: string;
  deposit: number;
  now: number;
}): AccountRow {
  return {
    id: `acc-${randomUUID()}`,
    name: fields.name,
    currency: fields.currency,
    deposit: fields.deposit,
    realized_pl: 0,
    commissions: 0,
    created_at: fields.now,
    seq: 0,
    next_order_id: 1,
    next_execution_id: 1,
  };
}
