// Where each working order of one symbol waits (ARCHITECTURE §3, "resting orders cost nothing
// until the market reaches them"): limits and stops on price ladders by the price that fires
// them, market orders (placed while the market was closed) and trailing stops — which move with
// every favourable quote — in plain sets. A quote visits only the orders it can trigger.
import { OrderType, ParentType, Side } from '../../enums.js';
import type { EngineQuote } from './types.js';
import { PriceLadder } from './price-ladder.js';

/** What the index needs of an order; it must be given the same values to remove as to add. */
export interface IndexedOrder {
  id: number;
  type: OrderType;
  side: Side;
  limitPrice?: number;
  stopPrice?: number;
  triggered: boolean;
  trailingStopPips?: number;
  parentType?: ParentType;
}

type LadderName = 'buyLimits' | 'sellLimits' | 'buyStops' | 'sellStops';

/** The ladder and price an order waits on, or 'market' for a working market order. */
function slotOf(order: IndexedOrder): { ladder: LadderName; price: number } | 'market' {
  const buy = order.side === Side.Buy;
  const limit = { ladder: buy ? 'buyLimits' : 'sellLimits', price: order.limitPrice! } as const;
  const stop = { ladder: buy ? 'buyStops' : 'sellStops', price: order.stopPrice! } as const;
  switch (order.type) {
    case OrderType.Market:
      return 'market';
    case OrderType.Limit:
      return limit;
    case OrderType.Stop:
      return stop;
    case OrderType.StopLimit:
      return order.triggered ? limit : stop;
  }
}

const isTrailing = (order: IndexedOrder) =>
  order.trailingStopPips !== undefined && order.parentType === ParentType.Position;

/**
 * Where a quote starts to reach a book's orders in one symbol: an ask at or below its highest
 * buy limit, a bid at or above its lowest sell limit, an ask at or above its lowest buy stop, a
 * bid at or below its highest sell stop — or any quote at all (`always`: a market order waiting
 * for the session, a trailing stop to move).
 */
export interface TriggerSummary {
  buyLimit: number | undefined;
  sellLimit: number | undefined;
  buyStop: number | undefined;
  sellStop: number | undefined;
  always: boolean;
}

export class SymbolTriggers {
  // A buy limit fills when the ask falls to it, a sell limit when the bid rises to it; a buy stop
  // fires when the ask rises to it, a sell stop when the bid falls to it. Each is made when first
  // needed: a book holds one of these per symbol, most with a few orders on one ladder.
  private readonly ladders: Partial<Record<LadderName, PriceLadder>> = {};
  private market: Set<number> | undefined;
  private trailing: Set<number> | undefined;
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(order: IndexedOrder): void {
    const slot = slotOf(order);
    if (slot === 'market') (this.market ??= new Set()).add(order.id);
    else (this.ladders[slot.ladder] ??= new PriceLadder()).insert(slot.price, order.id);
    if (isTrailing(order)) (this.trailing ??= new Set()).add(order.id);
    this.count++;
  }

  remove(order: IndexedOrder): void {
    const slot = slotOf(order);
    let removed: boolean;
    if (slot === 'market') {
      removed = this.market?.delete(order.id) ?? false;
      if (this.market?.size === 0) this.market = undefined;
    } else {
      const ladder = this.ladders[slot.ladder];
      removed = ladder?.remove(slot.price, order.id) ?? false;
      if (ladder?.size === 0) delete this.ladders[slot.ladder];
    }
    this.trailing?.delete(order.id);
    if (this.trailing?.size === 0) this.trailing = undefined;
    if (removed) this.count--;
  }

  /** The prices at which a quote starts to reach these orders, for an index over many books. */
  summary(): TriggerSummary {
    const { buyLimits, sellLimits, buyStops, sellStops } = this.ladders;
    return {
      buyLimit: buyLimits?.highest,
      sellLimit: sellLimits?.lowest,
      buyStop: buyStops?.lowest,
      sellStop: sellStops?.highest,
      always: (this.market?.size ?? 0) > 0 || (this.trailing?.size ?? 0) > 0,
    };
  }

  /** Whether `quote` could fill, trigger or move any order here; nothing happens outside a session. */
  mayAct(quote: EngineQuote): boolean {
    if (!quote.inSession) return false;
    if (this.market !== undefined || this.trailing !== undefined) return true;
    const { buyLimits, sellLimits, buyStops, sellStops } = this.ladders;
    return (
      (buyLimits?.highest ?? -Infinity) >= quote.ask ||
      (sellLimits?.lowest ?? Infinity) <= quote.bid ||
      (buyStops?.lowest ?? Infinity) <= quote.ask ||
      (sellStops?.highest ?? -Infinity) >= quote.bid
    );
  }

  /** The ids of the orders `quote` may act on, in placement order. */
  candidates(quote: EngineQuote): number[] {
    if (!quote.inSession) return [];
    const ids: number[] = [...(this.market ?? []), ...(this.trailing ?? [])];
    const { buyLimits, sellLimits, buyStops, sellStops } = this.ladders;
    buyLimits?.collectAtOrAbove(quote.ask, ids);
    sellLimits?.collectAtOrBelow(quote.bid, ids);
    buyStops?.collectAtOrBelow(quote.ask, ids);
    sellStops?.collectAtOrAbove(quote.bid, ids);
    // A trailing stop can sit on a stop ladder too: each id once.
    return [...new Set(ids)].sort((a, b) => a - b);
  }
}
