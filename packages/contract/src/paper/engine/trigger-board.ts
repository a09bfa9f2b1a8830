// Which books a quote may act on, among many (ARCHITECTURE §3, "resting orders cost nothing"):
// each book's summary per symbol — the prices at which a quote starts to reach its orders — sits
// on price ladders shared by all books, so a quote that reaches nobody's orders costs a few
// comparisons however many books hold orders in its symbol.
import { PriceLadder } from './price-ladder.js';
import type { TriggerSummary } from './trigger-index.js';
import type { EngineQuote } from './types.js';

type Side = 'buyLimit' | 'sellLimit' | 'buyStop' | 'sellStop';
const SIDES: readonly Side[] = ['buyLimit', 'sellLimit', 'buyStop', 'sellStop'];

interface SymbolBoard {
  ladders: Record<Side, PriceLadder>;
  always: Set<number>;
  /** What each book (by its number) is entered with. */
  entered: Map<number, TriggerSummary>;
}

export class TriggerBoard<K> {
  private readonly symbols = new Map<string, SymbolBoard>();
  private readonly numbers = new Map<K, number>();
  private readonly keys: K[] = [];

  /** Enters (or replaces, or with undefined removes) `key`'s summary for `symbol`. */
  set(key: K, symbol: string, summary: TriggerSummary | undefined): void {
    let number = this.numbers.get(key);
    if (number === undefined) {
      if (summary === undefined) return;
      number = this.keys.length;
      this.keys.push(key);
      this.numbers.set(key, number);
    }
    let board = this.symbols.get(symbol);
    const before = board?.entered.get(number);
    if (before !== undefined && board !== undefined) {
      for (const side of SIDES) {
        const price = before[side];
        if (price !== undefined) board.ladders[side].remove(price, number);
      }
      board.always.delete(number);
      board.entered.delete(number);
    }
    if (summary === undefined) return;
    if (board === undefined) {
      board = {
        ladders: {
          buyLimit: new PriceLadder(),
          sellLimit: new PriceLadder(),
          buyStop: new PriceLadder(),
          sellStop: new PriceLadder(),
        },
        always: new Set(),
        entered: new Map(),
      };
      this.symbols.set(symbol, board);
    }
    for (const side of SIDES) {
      const price = summary[side];
      if (price !== undefined) board.ladders[side].insert(price, number);
    }
    if (summary.always) board.always.add(number);
    board.entered.set(number, { ...summary });
  }

  /** The books whose orders `quote` of `symbol` may reach; none outside a session. */
  candidates(symbol: string, quote: EngineQuote): K[] {
    const board = this.symbols.get(symbol);
    if (board === undefined || !quote.inSession) return [];
    const numbers: number[] = [...board.always];
    board.ladders.buyLimit.collectAtOrAbove(quote.ask, numbers);
    board.ladders.sellLimit.collectAtOrBelow(quote.bid, numbers);
    board.ladders.buyStop.collectAtOrBelow(quote.ask, numbers);
    board.ladders.sellStop.collectAtOrAbove(quote.bid, numbers);
    return [...new Set(numbers)].map((n) => this.keys[n]!);
  }
}
