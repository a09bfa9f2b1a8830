// @vitest-environment node
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '../types/broker';
import { useOrdersStore } from './orders';

const order = (
  id: string,
  status: OrderStatus,
  updateTime: number,
  extra: Partial<Order> = {},
): Order => ({
  id,
  symbol: 'AAPL',
  type: OrderType.Limit,
  side: Side.Buy,
  qty: 1,
  limitPrice: 100,
  status,
  filledQty: status === OrderStatus.Filled ? 1 : 0,
  avgPrice: 0,
  updateTime,
  ...extra,
});

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('useOrdersStore', () => {
  it('lists working orders newest first and keeps finished ones out', () => {
    const store = useOrdersStore();
    store.replaceAll([
      order('1', OrderStatus.Working, 100),
      order('2', OrderStatus.Filled, 300),
      order('3', OrderStatus.Working, 200),
      order('4', OrderStatus.Canceled, 150),
    ]);
    expect(store.working.map((o) => o.id)).toEqual(['3', '1']);
  });

  it('lists every finished order in history, newest first, the higher id first on a tie', () => {
    const store = useOrdersStore();
    store.replaceAll([
      order('1', OrderStatus.Filled, 100),
      order('2', OrderStatus.Rejected, 300),
      order('9', OrderStatus.Canceled, 200),
      order('10', OrderStatus.Filled, 200),
      order('5', OrderStatus.Working, 400),
    ]);
    expect(store.history.map((o) => o.id)).toEqual(['2', '10', '9', '1']);
  });

  it('apply() adds a new order and returns nothing before it', () => {
    const store = useOrdersStore();
    expect(store.apply(order('1', OrderStatus.Working, 100))).toEqual({
      applied: true,
      previous: undefined,
    });
    expect(store.working.map((o) => o.id)).toEqual(['1']);
  });

  it('apply() replaces an order with a newer version and returns the one before', () => {
    const store = useOrdersStore();
    const working = order('1', OrderStatus.Working, 100);
    store.apply(working);
    const filled = order('1', OrderStatus.Filled, 200);
    expect(store.apply(filled)).toEqual({ applied: true, previous: working });
    expect(store.working).toEqual([]);
    expect(store.history).toEqual([filled]);
  });

  it('apply() keeps the newer order when an older version arrives late, and says it did not apply it', () => {
    const store = useOrdersStore();
    const filled = order('1', OrderStatus.Filled, 200);
    store.apply(filled);
    expect(store.apply(order('1', OrderStatus.Working, 100))).toEqual({
      applied: false,
      previous: filled,
    });
    expect(store.byId.get('1')).toEqual(filled);
    expect(store.working).toEqual([]);
  });

  it('apply() takes an update with the same time (a later change within one millisecond)', () => {
    const store = useOrdersStore();
    store.apply(order('1', OrderStatus.Working, 100));
    store.apply(order('1', OrderStatus.Canceled, 100));
    expect(store.byId.get('1')?.status).toBe(OrderStatus.Canceled);
  });

  it('replaceAll() drops orders it does not list', () => {
    const store = useOrdersStore();
    store.apply(order('1', OrderStatus.Working, 100));
    store.replaceAll([order('2', OrderStatus.Working, 100)]);
    expect(store.all.map((o) => o.id)).toEqual(['2']);
  });

  it('replaceAll() takes the snapshot and returns each order with the version held before', () => {
    const store = useOrdersStore();
    store.apply(order('1', OrderStatus.Working, 100));
    store.apply(order('2', OrderStatus.Filled, 300));
    const changes = store.replaceAll([
      order('1', OrderStatus.Filled, 200),
      order('3', OrderStatus.Working, 100),
    ]);
    expect(
      changes.map(({ order, previous }) => [order.id, order.status, previous?.status]),
    ).toEqual([
      ['1', OrderStatus.Filled, OrderStatus.Working],
      ['3', OrderStatus.Working, undefined],
    ]);
    expect(store.all.map((o) => o.id)).toEqual(['1', '3']);
  });
});
