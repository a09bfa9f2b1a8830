// An account's own changes (docs/broker.md#accounts): a rename, and a reset back to the deposit.
import { describe, expect, it } from 'vitest';
import { OrderStatus, OrderType, Side } from '../../../src/enums.js';
import { renameAccount, resetAccount } from '../../../src/paper/index.js';
import { Ledger } from './kit.js';

describe('accounts', () => {
  it('a reset cancels the working orders, flattens the positions and restores the deposit', () => {
    const t = new Ledger({ commissionRate: 0.001 });
    t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 2, stopLoss: 90 });
    t.market.set('BTCUSD', 110, 110.1);
    t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Sell, qty: 1 });
    const limit = t.place({
      symbol: 'AAPL',
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 1,
      limitPrice: 40,
    });
    const before = t.book.account;
    const changes = t.commit(resetAccount(t.book, t.env).changes);
    expect(changes.reset).toBe(true);
    expect(changes.seq).toBe(before.seq + 1);
    expect(changes.orders.map((o) => [o.id, o.status, o.cancelReason])).toEqual([
      [2, OrderStatus.Canceled, 'reset'],
      [limit, OrderStatus.Canceled, 'reset'],
    ]);
    expect([...changes.positions]).toEqual([['BTCUSD', { qty: 0, avgPrice: 0 }]]);
    expect(t.working()).toEqual([]);
    expect(t.positions()).toEqual([]);
    expect(t.equity()).toMatchObject({ balance: 100_000, equity: 100_000, realizedPL: 0 });
    // Ids and the sequence go on: nothing is ever numbered twice.
    expect(t.book.account).toMatchObject({ nextOrderId: before.nextOrderId, seq: before.seq + 1 });
    expect(t.place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 })).toBe(
      before.nextOrderId,
    );
  });

  it('a reset of an untouched account is still a change (clients re-read it)', () => {
    const t = new Ledger();
    expect(resetAccount(t.book, t.env).changes).toMatchObject({
      empty: false,
      reset: true,
      seq: 1,
    });
  });

  it('a rename trims the name and refuses an empty or long one', () => {
    const t = new Ledger();
    const renamed = t.commit(renameAccount(t.book, t.env, '  Swing trades ').changes);
    expect(renamed).toMatchObject({ empty: false, seq: 1 });
    expect(t.book.account.name).toBe('Swing trades');
    expect(renameAccount(t.book, t.env, 'Swing trades').changes.empty).toBe(true);
    expect(t.refusal(() => renameAccount(t.book, t.env, '   '))).toBe(
      'invalid: name: must be 1 to 64 characters',
    );
    expect(t.refusal(() => renameAccount(t.book, t.env, 'x'.repeat(65)))).toBe(
      'invalid: name: must be 1 to 64 characters',
    );
  });
});
