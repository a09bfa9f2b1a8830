// Time in force (docs/broker.md#durations): GTC works until cancelled; DAY until the session's close; GTD until
// its datetime; IOC and FOK fill at once or are Canceled. An expiry cancels with the reason.
import { describe, expect, it } from 'vitest';
import { OrderStatus, OrderType, Side } from '../../../src/enums.js';
import { Ledger, T0 } from './kit.js';

const limit = (limitPrice: number, duration?: object) =>
  ({
    symbol: 'BTCUSD',
    type: OrderType.Limit,
    side: Side.Buy,
    qty: 1,
    limitPrice,
    ...(duration ? { duration } : {}),
  }) as never;

describe('durations', () => {
  it('a GTD order expires at its datetime, Canceled as expired, and not before', () => {
    const t = new Ledger();
    const id = t.place(limit(90, { type: 'GTD', datetime: T0 + 60_000 }));
    expect(t.order(id)).toMatchObject({
      duration: { type: 'GTD', datetime: T0 + 60_000 },
      expiresAt: T0 + 60_000,
    });
    t.now = T0 + 59_999;
    expect(t.expire().empty).toBe(true);
    t.now = T0 + 60_000;
    const changes = t.expire();
    expect(changes.orders).toEqual([
      expect.objectContaining({ id, status: OrderStatus.Canceled, cancelReason: 'expired' }),
    ]);
    expect(t.book.nextExpiry()).toBeUndefined();
  });

  it('a DAY order expires at the close of the instrument’s session', () => {
    const t = new Ledger();
    const id = t.place(limit(90, { type: 'DAY' }));
    expect(t.order(id).expiresAt).toBe(t.market.closeAt);
    expect(t.book.nextExpiry()).toBe(t.market.closeAt);
  });

  it('expires the earliest first, at most the limit per change, and forgets filled orders', () => {
    const t = new Ledger();
    const late = t.place(limit(90, { type: 'GTD', datetime: T0 + 3_000 }));
    const early = t.place(limit(91, { type: 'GTD', datetime: T0 + 1_000 }));
    const filled = t.place(limit(99, { type: 'GTD', datetime: T0 + 2_000 }));
    t.tick('BTCUSD', 98.9, 99);
    expect(t.status(filled)).toBe(OrderStatus.Filled);
    t.now = T0 + 10_000;
    expect(t.expire(1).orders.map((o) => o.id)).toEqual([early]);
    expect(t.expire(1).orders.map((o) => o.id)).toEqual([late]);
    expect(t.expire(1).empty).toBe(true);
  });

  it('a modified duration moves the expiry; an unapplied expiry keeps the order due', () => {
    const t = new Ledger();
    const id = t.place(limit(90, { type: 'GTD', datetime: T0 + 1_000 }));
    t.modify(id, limit(90, { type: 'GTD', datetime: T0 + 5_000 }));
    t.now = T0 + 2_000;
    expect(t.expire().empty).toBe(true);
    t.now = T0 + 5_000;
    // Decided but never applied (the commit failed): the order is still due next time.
    expect(t.book.dueExpiries(t.now, 10)).toEqual([id]);
    expect(t.book.dueExpiries(t.now, 10)).toEqual([id]);
  });

  it.each(['IOC', 'FOK'])('a %s order that cannot fill at once is Canceled as unfilled', (type) => {
    const t = new Ledger();
    const id = t.place(limit(90, { type }));
    expect(t.order(id)).toMatchObject({ status: OrderStatus.Canceled, cancelReason: 'unfilled' });
    const filled = t.place(limit(101, { type }));
    expect(t.status(filled)).toBe(OrderStatus.Filled);
  });

  it('a GTC order has no expiry', () => {
    const t = new Ledger();
    const id = t.place(limit(90, { type: 'GTC' }));
    expect(t.order(id).expiresAt).toBeUndefined();
    expect(t.book.nextExpiry()).toBeUndefined();
  });
});
