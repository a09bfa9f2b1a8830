// A market the test moves by hand and a ledger that applies the engine's changes the way a
// broker does (the book, plus every order and execution ever seen), so engine tests read like
// trading sessions.
import { OrderStatus } from '../../../src/enums.js';
import {
  Book,
  EngineError,
  accountEquity,
  cancelOrder,
  closePosition,
  executionView,
  expireOrders,
  modifyOrder,
  notWorkingError,
  onQuote,
  openPositions,
  orderView,
  paperPolicy,
  placeOrder,
  positionView,
  previewLeverage,
  previewOrder,
  setBrackets,
  setLeverage,
  type BookChanges,
  type BookExecution,
  type BookOrder,
  type BracketsRequest,
  type EngineEnv,
  type EngineInstrument,
  type EngineQuote,
  type MarketView,
  type OrderRequest,
  type Outcome,
  type PaperPolicy,
} from '../../../src/paper/index.js';

const instrument = (
  symbol: string,
  type: string,
  currency: string,
  tickSize: number,
  qty = { min: 0.0001, max: 1e6, step: 0.0001 },
): EngineInstrument => ({ symbol, type, currency, tickSize, qty });

export const INSTRUMENTS: Record<string, EngineInstrument> = {
  BTCUSD: instrument('BTCUSD', 'crypto', 'USD', 0.01),
  AAPL: instrument('AAPL', 'stock', 'USD', 0.01, { min: 1, max: 1e6, step: 1 }),
  EURUSD: instrument('EURUSD', 'forex', 'USD', 0.00001, { min: 1000, max: 1e8, step: 1000 }),
  USDJPY: instrument('USDJPY', 'forex', 'JPY', 0.001, { min: 1000, max: 1e8, step: 1000 }),
  SAP: instrument('SAP', 'stock', 'EUR', 0.01, { min: 1, max: 1e6, step: 1 }),
  // No pair converts CHF to USD here: not tradable on a USD account.
  NESN: instrument('NESN', 'stock', 'CHF', 0.01, { min: 1, max: 1e6, step: 1 }),
};

export class TestMarket implements MarketView {
  private readonly quotes = new Map<string, EngineQuote>([
    ['BTCUSD', { bid: 100, ask: 100.1, inSession: true }],
    ['AAPL', { bid: 50, ask: 50.02, inSession: true }],
    ['EURUSD', { bid: 1.1, ask: 1.10002, inSession: true }],
    ['USDJPY', { bid: 150, ask: 150.02, inSession: true }],
    ['SAP', { bid: 200, ask: 200.1, inSession: true }],
    ['NESN', { bid: 100, ask: 100.1, inSession: true }],
  ]);
  /** The close of every session, for DAY orders. */
  closeAt = Date.UTC(2026, 0, 5, 21);

  instrument(symbol: string): EngineInstrument | undefined {
    return INSTRUMENTS[symbol] ?? INSTRUMENTS[symbol.toUpperCase()];
  }

  quote(symbol: string): EngineQuote | undefined {
    return this.quotes.get(symbol);
  }

  sessionClose(): number | undefined {
    return this.closeAt;
  }

  set(symbol: string, bid: number, ask: number, inSession = true): EngineQuote {
    const quote = { bid, ask, inSession };
    this.quotes.set(symbol, quote);
    return quote;
  }
}

export const T0 = Date.UTC(2026, 0, 5, 15);

export class Ledger {
  readonly market = new TestMarket();
  readonly policy: PaperPolicy;
  book: Book;
  now = T0;
  /** Every order and execution ever committed, as a broker's storage keeps them. */
  readonly orders = new Map<number, BookOrder>();
  readonly executions: BookExecution[] = [];
  readonly committed: BookChanges[] = [];

  constructor(policy: Partial<PaperPolicy> = {}) {
    this.policy = { ...paperPolicy(), ...policy };
    this.book = new Book({
      account: {
        id: 'A1',
        name: 'Test',
        currency: 'USD',
        deposit: 100_000,
        realizedPL: 0,
        commissions: 0,
        seq: 0,
        nextOrderId: 1,
        nextExecutionId: 1,
      },
      working: [],
      positions: {},
      leverage: {},
    });
  }

  get env(): EngineEnv {
    return { market: this.market, policy: this.policy, now: this.now };
  }

  commit(changes: BookChanges): BookChanges {
    this.book.apply(changes);
    if (!changes.empty) this.committed.push(changes);
    for (const order of changes.orders) this.orders.set(order.id, { ...order });
    this.executions.push(...changes.executions);
    return changes;
  }

  run<T>(outcome: Outcome<T>): T {
    this.commit(outcome.changes);
    return outcome.result;
  }

  place(pre: OrderRequest): number {
    return this.run(placeOrder(this.book, this.env, pre)).orderId;
  }

  /** The refusal a command meets, as 'kind: message'. */
  refusal(command: () => unknown): string {
    try {
      command();
    } catch (error) {
      if (error instanceof EngineError) return `${error.kind}: ${error.message}`;
      throw error;
    }
    throw new Error('the command was not refused');
  }

  modify(id: number, pre: OrderRequest): void {
    this.guard(id);
    this.run(modifyOrder(this.book, this.env, id, pre));
  }

  cancel(id: number): void {
    this.guard(id);
    this.run(cancelOrder(this.book, this.env, id));
  }

  /** As a broker does before changing an order: unknown is 404, finished is 409. */
  private guard(id: number): void {
    if (this.book.order(id) === undefined) throw notWorkingError(id, this.orders.get(id)?.status);
  }

  close(symbol: string, amount?: number) {
    return this.run(closePosition(this.book, this.env, symbol, amount));
  }

  brackets(symbol: string, brackets: BracketsRequest): void {
    this.run(setBrackets(this.book, this.env, symbol, brackets));
  }

  leverage(symbol: string, leverage: number): void {
    this.run(setLeverage(this.book, this.env, symbol, leverage));
  }

  /** Moves the market and lets the engine react, as the quote loop does. */
  tick(symbol: string, bid: number, ask: number, inSession = true): BookChanges {
    const quote = this.market.set(symbol, bid, ask, inSession);
    return this.commit(onQuote(this.book, this.env, symbol, quote));
  }

  expire(limit?: number): BookChanges {
    return this.commit(expireOrders(this.book, this.env, limit));
  }

  order(id: number) {
    const order = this.orders.get(id);
    if (order === undefined) throw new Error(`no order ${id}`);
    return orderView(order);
  }

  status(id: number): number {
    return this.orders.get(id)!.status;
  }

  working() {
    return this.book.workingOrders().map(orderView);
  }

  equity() {
    return accountEquity(this.book, this.market, this.policy);
  }

  positions() {
    return openPositions(this.book, this.market);
  }

  position(symbol: string) {
    return positionView(this.book, this.market, symbol);
  }

  fills(symbol?: string) {
    return this.executions
      .filter((e) => symbol === undefined || e.symbol === symbol)
      .map(executionView);
  }

  preview(pre: OrderRequest) {
    return previewOrder(this.book, this.env, pre);
  }

  previewLeverage(symbol: string, leverage: number) {
    return previewLeverage(this.book, this.env, symbol, leverage);
  }
}

export { OrderStatus };
