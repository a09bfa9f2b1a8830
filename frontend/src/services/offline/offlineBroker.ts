// The offline demo's paper broker: the shared engine (@trading-pro/contract/paper, the rules the
// server's broker runs) on the shared market (@trading-pro/market, the prices the server
// quotes), with the accounts kept in Web Storage instead of a database. It only adapts: it asks
// the engine, keeps what the engine changed, saves it and tells the host — nothing here decides
// a fill.
import { ConnectionStatus, OrderStatus } from '@trading-pro/contract';
import {
  Book,
  DEFAULT_POLICY,
  EngineError,
  accountEquity,
  brokerConfig,
  cancelOrder,
  closePosition,
  executionView,
  expireOrders,
  leverageInfo,
  modifyOrder,
  notWorkingError,
  onQuote,
  openPositions,
  orderView,
  placeOrder,
  positionView,
  previewLeverage,
  previewOrder,
  renameAccount,
  resetAccount,
  setBrackets,
  setLeverage,
  unchanged,
  type BookChanges,
  type EngineEnv,
  type MarketView,
  type Outcome,
  type PaperPolicy,
} from '@trading-pro/contract/paper';
import { DEFAULT_MARKET_SEED, MarketSimulator, simulatedMarket } from '@trading-pro/market';
import { BrokerRequestError, type BrokerHost, type BrokerService } from '../broker.service';
import type { AccountMetainfo, Order } from '../../types/broker';
import {
  loadLedger,
  newAccount,
  saveLedger,
  trim,
  type Ledger,
  type LedgerStorage,
  type StoredAccount,
} from './offlineLedger';

export interface OfflineBrokerOptions {
  /** Unix ms now. */
  clock?: () => number;
  /** The prices orders trade at; defaults to the simulated market at the clock's instant. */
  market?: MarketView;
  /** Where the accounts are kept; null keeps them in memory only. Defaults to localStorage. */
  storage?: LedgerStorage | null;
  policy?: PaperPolicy;
  /** How often quotes are looked at, ms: the server's quarter-second by default. */
  tickMs?: number;
}

export const OFFLINE_ACCOUNT_ID = 'offline-demo';
export const OFFLINE_ACCOUNT_NAME = 'Offline demo account';

const STATUS_FOR: Record<EngineError['kind'], number> = {
  invalid: 400,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
};

/** An engine refusal as the terminal's request error (the same status the backend answers). */
const refusal = (error: unknown) =>
  error instanceof EngineError
    ? new BrokerRequestError(error.message, STATUS_FOR[error.kind])
    : error;

const metainfo = ({ id, name, currency }: AccountMetainfo): AccountMetainfo => ({
  id,
  name,
  currency,
});

export function createOfflineBroker(
  host: BrokerHost,
  options: OfflineBrokerOptions = {},
): BrokerService {
  const clock = options.clock ?? (() => Date.now());
  const policy = options.policy ?? DEFAULT_POLICY;
  const market = options.market ?? simulatedMarket(new MarketSimulator(DEFAULT_MARKET_SEED), clock);
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const ledger: Ledger = (storage === null ? undefined : loadLedger(storage)) ?? {
    current: OFFLINE_ACCOUNT_ID,
    accounts: [newAccount(OFFLINE_ACCOUNT_ID, OFFLINE_ACCOUNT_NAME, 'USD', policy.deposit)],
  };
  const books = new Map(ledger.accounts.map((stored) => [stored.account.id, new Book(stored)]));
  /** The unrealised P&L last pushed per position of the current account. */
  const shownPl = new Map<string, number>();
  let destroyed = false;
  let storageWarned = false;

  const env = (): EngineEnv => ({ market, policy, now: clock() });
  const stored = (accountId: string): StoredAccount => {
    const found = ledger.accounts.find((a) => a.account.id === accountId);
    if (found === undefined) throw new BrokerRequestError(`account ${accountId} not found`, 404);
    return found;
  };
  const bookOf = (accountId: string) => {
    stored(accountId);
    return books.get(accountId)!;
  };
  const current = () => bookOf(ledger.current);

  const persist = () => {
    if (storage === null) return;
    try {
      saveLedger(storage, ledger);
    } catch (error) {
      // Full or forbidden storage must not stop trading; say so once, not on every change.
      if (!storageWarned) console.warn('Offline demo: the accounts cannot be saved', error);
      storageWarned = true;
    }
  };

  /** Keeps a change of the engine: the book, the stored account, then tells the host. */
  const keep = (changes: BookChanges): void => {
    if (changes.empty) return;
    const book = books.get(changes.accountId)!;
    book.apply(changes);
    const account = stored(changes.accountId);
    Object.assign(account, book.snapshot());
    if (changes.reset) {
      account.finished = [];
      account.executions = [];
      account.confirmIds = {};
    } else {
      for (const order of changes.orders) {
        if (order.status === OrderStatus.Working) continue;
        account.finished = account.finished.filter((o) => o.id !== order.id);
        account.finished.push({ ...order });
      }
      account.executions.push(...changes.executions);
    }
    trim(account);
    persist();
    if (destroyed || changes.accountId !== ledger.current) return;
    const { seq } = changes;
    for (const order of changes.orders) host.orderUpdate(orderView(order) as Order, seq);
    for (const execution of changes.executions) host.executionUpdate(executionView(execution), seq);
    for (const symbol of changes.symbols) {
      const position = positionView(book, market, symbol);
      shownPl.set(symbol, position.unrealizedPl);
      host.positionUpdate(position, seq);
    }
    host.equityUpdate(accountEquity(book, market, policy), seq);
  };

  /** Runs a command of the engine on an account and keeps what it changed. */
  const run = <T>(accountId: string, decide: (book: Book, env: EngineEnv) => Outcome<T>): T => {
    if (destroyed) throw new BrokerRequestError('The offline demo broker has been closed', 409);
    try {
      const outcome = decide(bookOf(accountId), env());
      keep(outcome.changes);
      return outcome.result;
    } catch (error) {
      throw refusal(error);
    }
  };
  const command = <T>(decide: (book: Book, env: EngineEnv) => Outcome<T>): Promise<T> =>
    new Promise<T>((resolve) => resolve(run(ledger.current, decide)));

  /** A working order of the current account, or the backend's 404 / 409 for it. */
  const mustBeWorking = (orderId: string): number => {
    const id = Number(orderId);
    if (current().order(id) !== undefined) return id;
    const finished = stored(ledger.current).finished.find((o) => o.id === id);
    throw refusal(notWorkingError(orderId, finished?.status));
  };

  // ---- the market moving -------------------------------------------------------------------

  /** Every quarter-second: each account's orders against the quotes that reach them, expiries. */
  const tick = () => {
    if (destroyed) return;
    const now = env();
    for (const [accountId, book] of books) {
      for (const symbol of book.workingSymbols()) {
        const quote = market.quote(symbol);
        if (quote !== undefined && book.mayAct(symbol, quote))
          keep(onQuote(book, now, symbol, quote));
      }
      const due = book.nextExpiry();
      if (due !== undefined && due <= now.now) keep(expireOrders(book, now));
      if (accountId === ledger.current) revalue(book);
    }
  };

  /** Pushes the current account's open positions whose P&L moved, and its equity. */
  const revalue = (book: Book) => {
    let open = false;
    for (const [symbol] of book.positionEntries()) {
      open = true;
      const position = positionView(book, market, symbol);
      if (shownPl.get(symbol) === position.unrealizedPl) continue;
      shownPl.set(symbol, position.unrealizedPl);
      host.positionUpdate(position, book.account.seq);
    }
    if (open) host.equityUpdate(accountEquity(book, market, policy), book.account.seq);
  };

  const timer = setInterval(() => {
    try {
      tick();
    } catch (error) {
      console.error('Offline demo: a quote tick failed', error);
    }
  }, options.tickMs ?? 250);

  host.connectionStatusUpdate({
    status: ConnectionStatus.Connected,
    message: OFFLINE_ACCOUNT_NAME,
    timestamp: clock(),
  });

  // ---- the service -------------------------------------------------------------------------

  const snapshotOf = (accountId: string) => {
    const book = bookOf(accountId);
    const account = stored(accountId);
    const orders = [...account.finished, ...book.workingOrders()].sort((a, b) => a.id - b.id);
    return {
      seq: book.account.seq,
      account: metainfo(book.account),
      orders: orders.map((o) => orderView(o) as Order),
      positions: openPositions(book, market),
      equity: accountEquity(book, market, policy),
      executions: account.executions.map(executionView),
    };
  };

  return {
    connectionStatus: () => ConnectionStatus.Connected,
    accountsMetainfo: async () =>
      ledger.accounts.map((a) => metainfo(books.get(a.account.id)!.account)),
    currentAccount: () => ledger.current,
    async setCurrentAccount(accountId) {
      stored(accountId);
      ledger.current = accountId;
      shownPl.clear();
      persist();
      if (!destroyed) host.fullUpdate();
    },
    async createAccount({ name, currency = 'USD', deposit = policy.deposit }) {
      const trimmed = typeof name === 'string' ? name.trim() : '';
      if (trimmed.length === 0 || trimmed.length > 64) {
        throw new BrokerRequestError('name: must be 1 to 64 characters', 400);
      }
      if (currency !== 'USD') {
        throw new BrokerRequestError(`currency: the offline demo keeps its accounts in USD`, 400);
      }
      if (!(deposit > 0 && deposit <= 1e9)) {
        throw new BrokerRequestError('deposit: must be above 0 and at most 1,000,000,000', 400);
      }
      const id = `offline-${globalThis.crypto.randomUUID()}`;
      const account = newAccount(id, trimmed, currency, deposit);
      ledger.accounts.push(account);
      books.set(id, new Book(account));
      persist();
      return metainfo(account.account);
    },
    renameAccount: async (accountId, name) => {
      run(accountId, (book, e) => renameAccount(book, e, name));
      return metainfo(bookOf(accountId).account);
    },
    resetAccount: async (accountId) => {
      run(accountId, (book, e) => resetAccount(book, e));
      return metainfo(bookOf(accountId).account);
    },
    async deleteAccount(accountId) {
      stored(accountId);
      if (ledger.accounts.length <= 1) {
        throw new BrokerRequestError(
          `account ${accountId} is the last account; it cannot be deleted`,
          409,
        );
      }
      ledger.accounts = ledger.accounts.filter((a) => a.account.id !== accountId);
      books.delete(accountId);
      if (ledger.current === accountId) {
        ledger.current = ledger.accounts[0]!.account.id;
        persist();
        if (!destroyed) host.fullUpdate();
        return;
      }
      persist();
    },
    snapshot: async () => snapshotOf(ledger.current),
    config: async () => brokerConfig(policy),
    orders: async () => snapshotOf(ledger.current).orders,
    positions: async () => openPositions(current(), market),
    executions: async (symbol) =>
      stored(ledger.current)
        .executions.filter((e) => e.symbol === symbol)
        .map(executionView),
    equity: async () => accountEquity(current(), market, policy),

    placeOrder: (pre, confirmId) =>
      command((book, e) => {
        const account = stored(book.account.id);
        const placed = confirmId === undefined ? undefined : account.confirmIds[confirmId];
        // A retried placement answers the first one and places nothing new.
        if (placed !== undefined) {
          return { changes: unchanged(book), result: { orderId: String(placed) } };
        }
        const outcome = placeOrder(book, e, pre);
        if (confirmId !== undefined) account.confirmIds[confirmId] = outcome.result.orderId;
        return { changes: outcome.changes, result: { orderId: String(outcome.result.orderId) } };
      }),
    previewOrder: async (pre) => previewOrder(current(), env(), pre),
    modifyOrder: (orderId, pre) =>
      command((book, e) => modifyOrder(book, e, mustBeWorking(orderId), pre)),
    cancelOrder: (orderId) => command((book, e) => cancelOrder(book, e, mustBeWorking(orderId))),
    closePosition: async (positionId, amount) => {
      await command((book, e) => closePosition(book, e, positionId, amount));
    },
    editPositionBrackets: (positionId, brackets) =>
      command((book, e) => setBrackets(book, e, positionId, brackets)),
    leverageInfo: async ({ symbol }) => {
      const instrument = market.instrument(symbol);
      if (instrument === undefined)
        throw new BrokerRequestError(`symbol: unknown symbol "${symbol}"`, 400);
      return leverageInfo(current(), env(), instrument.symbol);
    },
    setLeverage: (params) =>
      command((book, e) => setLeverage(book, e, params.symbol, params.leverage)),
    previewLeverage: async ({ symbol, leverage }) => {
      const instrument = market.instrument(symbol);
      if (instrument === undefined) return { errors: [`symbol: unknown symbol "${symbol}"`] };
      return previewLeverage(current(), env(), instrument.symbol, leverage);
    },

    destroy() {
      destroyed = true;
      clearInterval(timer);
    },
  };
}

/** localStorage when the page may use it (it throws in some privacy modes). */
function browserStorage(): LedgerStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
