// What accounts are worth as prices move: equity and positions on request, and for the accounts
// somebody watches, pushes — the equity after each change and as the prices of its positions
// move, and each open position again when its unrealised P&L moves — at most four times a
// second each. Nothing is computed for an account nobody watches.
import {
  accountEquity,
  conversionPair,
  openPositions,
  positionView,
  type BookChanges,
  type EngineEnv,
  type PositionView,
} from '@trading-pro/contract/paper';
import type { EquityData } from '../../models/broker/account.js';
import type { AccountDesk } from './broker.desk.js';
import { throttle, type Throttle } from './broker.throttle.js';

const PUSH_INTERVAL_MS = 250;

/** A pushed value, and the account change it was computed at (docs/broker.md#change-sequence `seq`). */
export type Listener<T> = (value: T, seq: number) => void;

interface Watch<T> {
  listeners: Set<Listener<T>>;
  push: Throttle;
}

interface MarkWatch extends Watch<PositionView> {
  /** Symbols whose quote (or FX pair) moved since the last push. */
  moved: Set<string>;
  /** The unrealised P&L last pushed per symbol. */
  shown: Map<string, number>;
}

export class Valuation {
  private readonly equityWatches = new Map<string, Watch<EquityData>>();
  private readonly markWatches = new Map<string, MarkWatch>();

  constructor(
    private readonly desk: AccountDesk,
    private readonly env: () => EngineEnv,
    private readonly onError: (error: unknown) => void,
  ) {}

  equity(accountId: string): EquityData {
    const { market, policy } = this.env();
    return accountEquity(this.desk.book(accountId), market, policy);
  }

  positions(accountId: string): PositionView[] {
    return openPositions(this.desk.book(accountId), this.env().market);
  }

  position(accountId: string, symbol: string): PositionView {
    return positionView(this.desk.book(accountId), this.env().market, symbol);
  }

  private seqOf(accountId: string): number {
    return this.desk.book(accountId).account.seq;
  }

  /** Pushes the account's equity now, then after changes and price moves (throttled). */
  watchEquity(accountId: string, listener: Listener<EquityData>): () => void {
    let watch = this.equityWatches.get(accountId);
    if (watch === undefined) {
      const listeners = new Set<Listener<EquityData>>();
      const push = throttle(
        PUSH_INTERVAL_MS,
        () => {
          if (!this.desk.has(accountId)) return;
          const equity = this.equity(accountId);
          const seq = this.seqOf(accountId);
          for (const l of listeners) l(equity, seq);
        },
        this.onError,
      );
      watch = { listeners, push };
      this.equityWatches.set(accountId, watch);
    }
    watch.listeners.add(listener);
    listener(this.equity(accountId), this.seqOf(accountId));
    return () => this.unwatch(this.equityWatches, accountId, listener);
  }

  /** Pushes an open position again when its unrealised P&L moves (throttled). */
  watchMarks(accountId: string, listener: Listener<PositionView>): () => void {
    let watch = this.markWatches.get(accountId);
    if (watch === undefined) {
      const created: MarkWatch = {
        listeners: new Set(),
        moved: new Set(),
        shown: new Map(),
        push: throttle(PUSH_INTERVAL_MS, () => this.flushMarks(accountId, created), this.onError),
      };
      this.markWatches.set(accountId, created);
      watch = created;
    }
    watch.listeners.add(listener);
    return () => this.unwatch(this.markWatches, accountId, listener);
  }

  private unwatch<T>(map: Map<string, Watch<T>>, accountId: string, listener: Listener<T>) {
    const watch = map.get(accountId);
    if (watch === undefined) return;
    watch.listeners.delete(listener);
    if (watch.listeners.size > 0) return;
    watch.push.cancel();
    map.delete(accountId);
  }

  private flushMarks(accountId: string, watch: MarkWatch): void {
    if (!this.desk.has(accountId)) return;
    const book = this.desk.book(accountId);
    const { market } = this.env();
    for (const [symbol] of book.positionEntries()) {
      const pair = conversionPair(market, symbol, book.account.currency);
      if (!watch.moved.has(symbol) && (pair === undefined || !watch.moved.has(pair))) continue;
      const position = positionView(book, market, symbol);
      // A closed position was announced by its fill; an unchanged P&L needs no push.
      if (watch.shown.get(symbol) === position.unrealizedPl) continue;
      watch.shown.set(symbol, position.unrealizedPl);
      for (const listener of watch.listeners) listener(position, book.account.seq);
    }
    watch.moved.clear();
  }

  /** A quote of `symbol` arrived: the accounts it values are due for a push, if watched. */
  moved(symbol: string): void {
    for (const accountId of this.desk.valuedBy(symbol)) {
      this.equityWatches.get(accountId)?.push.trigger();
      const marks = this.markWatches.get(accountId);
      if (marks === undefined) continue;
      marks.moved.add(symbol);
      marks.push.trigger();
    }
  }

  /** A change was committed: its equity is due, and its pushed positions are what clients show. */
  committed(changes: BookChanges, pushed: readonly PositionView[]): void {
    this.equityWatches.get(changes.accountId)?.push.trigger();
    const marks = this.markWatches.get(changes.accountId);
    for (const position of pushed) marks?.shown.set(position.symbol, position.unrealizedPl);
  }

  close(): void {
    for (const watch of [...this.equityWatches.values(), ...this.markWatches.values()]) {
      watch.push.cancel();
    }
    this.equityWatches.clear();
    this.markWatches.clear();
  }
}
