// What the offline demo reads back from Web Storage: its own ledger as written, and nothing it
// could not trade on.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { describe, expect, it } from 'vitest';
import {
  LEDGER_STORAGE_KEY,
  loadLedger,
  newAccount,
  parseLedger,
  saveLedger,
  trim,
  MAX_EXECUTIONS,
} from './offlineLedger';
import { memoryStorage } from './offlineTestKit';

const working = {
  id: 1,
  symbol: 'AAPL',
  type: OrderType.Limit,
  side: Side.Buy,
  qty: 1,
  limitPrice: 99,
  status: OrderStatus.Working,
  filledQty: 0,
  avgPrice: 0,
  triggered: false,
  createdAt: 1,
  updatedAt: 1,
};

const ledger = (change: (account: ReturnType<typeof newAccount>) => void = () => undefined) => {
  const account = newAccount('a', 'Demo', 'USD', 1000);
  account.account.nextOrderId = 2;
  (account.working as unknown[]).push({ ...working });
  change(account);
  return { version: 2, current: 'a', accounts: [account] };
};

describe('the offline ledger', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    const { current, accounts } = ledger(
      (a) => (a.positions = { AAPL: { qty: -2, avgPrice: 101.5 } }),
    );
    saveLedger(storage, { current, accounts });
    expect(loadLedger(storage)).toEqual({ current, accounts });
    expect(JSON.parse(storage.items.get(LEDGER_STORAGE_KEY)!).version).toBe(2);
  });

  it('refuses anything it could not trade on', () => {
    expect(parseLedger(ledger())).toBeDefined();
    const refused = [
      null,
      { ...ledger(), version: 1 },
      { ...ledger(), current: 'nobody' },
      ledger((a) => (a.account.deposit = -1)),
      ledger((a) => (a.working[0]!.status = 42 as never)),
      // A working limit without its price could never be matched.
      ledger((a) => delete a.working[0]!.limitPrice),
      // A counter behind a stored id would hand that id out again.
      ledger((a) => (a.account.nextOrderId = 1)),
      ledger((a) => a.finished.push({ ...working })),
    ];
    for (const value of refused) expect(parseLedger(value)).toBeUndefined();
    expect(loadLedger(memoryStorage({ [LEDGER_STORAGE_KEY]: '{' }))).toBeUndefined();
  });

  it('keeps at most so many executions', () => {
    const account = newAccount('a', 'Demo', 'USD', 1000);
    for (let id = 1; id <= MAX_EXECUTIONS + 5; id++) {
      account.executions.push({
        id,
        orderId: id,
        symbol: 'AAPL',
        price: 1,
        qty: 1,
        side: Side.Buy,
        time: id,
        commission: 0,
      });
    }
    trim(account);
    expect(account.executions).toHaveLength(MAX_EXECUTIONS);
    expect(account.executions[0]!.id).toBe(6);
  });
});
