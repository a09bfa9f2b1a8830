import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { describe, expect, it } from 'vitest';
import { BROKER_STORAGE_KEY, emptyState, loadState, parseState, saveState } from './brokerState';
import { memoryStorage } from './offlineTestKit';

const order = {
  id: '1',
  symbol: 'AAPL',
  type: OrderType.Limit,
  side: Side.Buy,
  qty: 1,
  limitPrice: 99,
  status: OrderStatus.Working,
  filledQty: 0,
  avgPrice: 0,
  updateTime: 1,
};

const saved = (overrides: Record<string, unknown>) => ({
  version: 1,
  ...emptyState(1000),
  nextOrderId: 2,
  orders: [order],
  ...overrides,
});

describe('broker state', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    const state = { ...emptyState(5000), nextOrderId: 2, orders: [order], leverage: { AAPL: 3 } };
    state.positions.AAPL = { qty: -2, avgPrice: 101.5 };
    saveState(storage, state);
    expect(loadState(storage)).toEqual(state);
    expect(JSON.parse(storage.items.get(BROKER_STORAGE_KEY)!).version).toBe(1);
  });

  it('has nothing to restore from empty or unreadable storage', () => {
    expect(loadState(memoryStorage())).toBeUndefined();
    expect(loadState(memoryStorage({ [BROKER_STORAGE_KEY]: '{' }))).toBeUndefined();
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(loadState(throwing)).toBeUndefined();
  });

  it('accepts a well-formed state and refuses anything it could not trade on', () => {
    expect(parseState(saved({}))).toBeDefined();
    const refused = [
      null,
      [],
      saved({ version: 2 }),
      saved({ deposit: -1 }),
      saved({ realizedPL: 'lots' }),
      saved({ orders: [{ ...order, status: 42 }] }),
      saved({ orders: [{ ...order, qty: 0 }] }),
      // A working limit without its price could never be matched.
      saved({ orders: [{ ...order, limitPrice: undefined }] }),
      saved({ positions: { AAPL: { qty: 0, avgPrice: 100 } } }),
      saved({ positions: { AAPL: { qty: 1 } } }),
      saved({ executions: [{ id: '1' }] }),
      saved({ leverage: { AAPL: 0 } }),
      // A counter behind a stored id would hand the id out again.
      saved({ nextOrderId: 1 }),
    ];
    for (const value of refused) expect(parseState(value)).toBeUndefined();
  });
});
