// The next state of a book while one command or quote is decided: reads fall through to the
// book, writes land here. Nothing of the book is copied or changed, so deciding that nothing
// happens costs nothing, and a change that fails to persist is simply dropped.
import { OrderStatus } from '../../enums.js';
import type { NetPosition } from '../accounting.js';
import { roundMoney } from '../money.js';
import { isExit, type AccountView, type Book, type BookChanges } from './book.js';
import type { AccountState, BookExecution, BookOrder, EngineEnv } from './types.js';

export type NewOrder = Omit<
  BookOrder,
  'id' | 'status' | 'filledQty' | 'avgPrice' | 'createdAt' | 'updatedAt' | 'triggered'
> &
  Partial<Pick<BookOrder, 'triggered'>>;

export class Draft implements AccountView {
  readonly account: AccountState;
  private readonly touched = new Map<number, BookOrder>();
  /** Exit orders touched here, by the symbol of their position. */
  private readonly touchedExits = new Map<string, Set<number>>();
  private readonly created = new Set<number>();
  private readonly executions: BookExecution[] = [];
  private readonly positions = new Map<string, NetPosition>();
  private readonly leverage = new Map<string, number>();
  private readonly symbols = new Set<string>();
  private realizedPL = 0;
  private commissions = 0;
  /** The account's own fields (its name) changed. */
  private accountChanged = false;
  /** The account's history is being wiped (docs/broker.md#accounts reset). */
  private resetting = false;

  constructor(
    readonly book: Book,
    readonly env: EngineEnv,
  ) {
    this.account = { ...book.account };
  }

  get now(): number {
    return this.env.now;
  }

  /** An order as it stands in this draft: working in the book, or touched here. */
  order(id: number): Readonly<BookOrder> | undefined {
    return this.touched.get(id) ?? this.book.order(id);
  }

  /** The order, changeable; its update time becomes now. */
  edit(id: number): BookOrder {
    let order = this.touched.get(id);
    if (order === undefined) {
      const base = this.book.order(id);
      if (base === undefined) throw new RangeError(`Draft: order ${id} is not working`);
      order = { ...base };
      this.touched.set(id, order);
    }
    order.updatedAt = this.now;
    if (isExit(order)) this.noteExit(order);
    return order;
  }

  private noteExit(order: BookOrder): void {
    this.symbols.add(order.symbol);
    let ids = this.touchedExits.get(order.symbol);
    if (ids === undefined) this.touchedExits.set(order.symbol, (ids = new Set()));
    ids.add(order.id);
  }

  /** A new Working order with the account's next id. Fields set to undefined are left out. */
  add(fields: NewOrder): BookOrder {
    const id = this.account.nextOrderId++;
    const order: BookOrder = {
      triggered: false,
      ...withoutUndefined(fields),
      id,
      status: OrderStatus.Working,
      filledQty: 0,
      avgPrice: 0,
      createdAt: this.now,
      updatedAt: this.now,
    };
    this.touched.set(id, order);
    this.created.add(id);
    if (isExit(order)) this.noteExit(order);
    return order;
  }

  /** Working orders of `symbol` in this draft, oldest first. */
  workingOf(symbol: string): Readonly<BookOrder>[] {
    const ids = new Set(this.book.workingOrders(symbol).map((o) => o.id));
    for (const order of this.touched.values()) if (order.symbol === symbol) ids.add(order.id);
    return [...ids]
      .sort((a, b) => a - b)
      .map((id) => this.order(id)!)
      .filter((o) => o.status === OrderStatus.Working);
  }

  exitsOf(symbol: string): Readonly<BookOrder>[] {
    const ids = new Set(this.book.exitsOf(symbol).map((o) => o.id));
    for (const id of this.touchedExits.get(symbol) ?? []) ids.add(id);
    return [...ids]
      .sort((a, b) => a - b)
      .map((id) => this.order(id)!)
      .filter((o) => o.status === OrderStatus.Working);
  }

  position(symbol: string): Readonly<NetPosition> | undefined {
    const changed = this.positions.get(symbol);
    if (changed !== undefined) return changed.qty === 0 ? undefined : changed;
    return this.book.position(symbol);
  }

  *positionEntries(): Iterable<[string, Readonly<NetPosition>]> {
    for (const [symbol, position] of this.book.positionEntries()) {
      if (!this.positions.has(symbol)) yield [symbol, position];
    }
    for (const [symbol, position] of this.positions)
      if (position.qty !== 0) yield [symbol, position];
  }

  setPosition(symbol: string, position: NetPosition): void {
    this.positions.set(symbol, { ...position });
    this.symbols.add(symbol);
  }

  leverageOf(symbol: string): number | undefined {
    return this.leverage.get(symbol) ?? this.book.leverageOf(symbol);
  }

  setLeverage(symbol: string, leverage: number): void {
    this.leverage.set(symbol, leverage);
  }

  /** Books a fill's realised P&L and commission into the account's totals. */
  bookFill(realizedPL: number, commission: number): void {
    this.realizedPL = roundMoney(this.realizedPL + realizedPL);
    this.commissions = roundMoney(this.commissions + commission);
    this.account.realizedPL = roundMoney(this.account.realizedPL + realizedPL);
    this.account.commissions = roundMoney(this.account.commissions + commission);
  }

  addExecution(fields: Omit<BookExecution, 'id'>): BookExecution {
    const execution = { ...fields, id: this.account.nextExecutionId++ };
    this.executions.push(execution);
    return execution;
  }

  rename(name: string): void {
    this.account.name = name;
    this.accountChanged = true;
  }

  /** Back to the deposit: the account's realised P&L and commissions return to zero. */
  resetTotals(): void {
    this.bookFill(-this.account.realizedPL, -this.account.commissions);
    this.account.realizedPL = 0;
    this.account.commissions = 0;
    this.resetting = true;
    this.accountChanged = true;
  }

  /** Marks the symbol's position as changed for clients (its exits changed, say). */
  touchSymbol(symbol: string): void {
    this.symbols.add(symbol);
  }

  get empty(): boolean {
    return (
      this.touched.size === 0 &&
      this.executions.length === 0 &&
      this.positions.size === 0 &&
      this.leverage.size === 0 &&
      !this.accountChanged
    );
  }

  /** The draft as the next numbered change of the account. */
  changes(): BookChanges {
    const empty = this.empty;
    const account = {
      ...this.account,
      seq: empty ? this.book.account.seq : this.book.account.seq + 1,
    };
    return {
      accountId: account.id,
      empty,
      reset: this.resetting,
      seq: account.seq,
      account,
      realizedPL: this.realizedPL,
      commissions: this.commissions,
      orders: [...this.touched.values()].map((o) => ({ ...o })),
      created: new Set(this.created),
      executions: this.executions.map((e) => ({ ...e })),
      positions: new Map(this.positions),
      leverage: new Map(this.leverage),
      symbols: new Set(this.symbols),
    };
  }
}

/** `value` without its undefined fields. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
