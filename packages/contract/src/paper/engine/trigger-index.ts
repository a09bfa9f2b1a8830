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

export class SymbolTriggers {
  // A buy limit fills when the ask falls to it, a sell limit when the bid rises to it; a buy stop
  // fires when the ask rises to it, a sell stop when the bid falls to it.
  private readonly ladders: Record<LadderName, PriceLadder> = {
    buyLimits: new PriceLadder(),
    sellLimits: new PriceLadder(),
    buyStops: new PriceLadder(),
    sellStops: new PriceLadder(),
  };
  private readonly market = new Set<number>();
  private readonly trailing = new Set<number>();

  get size(): number {
    const { buyLimits, sellLimits, buyStops, sellStops } = this.ladders;
    return buyLimits.size + sellLimits.size + buyStops.size + sellStops.size + this.market.size;
  }

  add(order: IndexedOrder): void {
    const slot = slotOf(order);
    if (slot === 'market') this.market.add(order.id);
    else this.ladders[slot.ladder].insert(slot.price, order.id);
    if (isTrailing(order)) this.trailing.add(order.id);
  }

  remove(order: IndexedOrder): void {
    const slot = slotOf(order);
    if (slot === 'market') this.market.delete(order.id);
    else this.ladders[slot.ladder].remove(slot.price, order.id);
    this.trailing.delete(order.id);
  }

  /** Whether `quote` could fill, trigger or move any order here; nothing happens outside a session. */
  mayAct(quote: EngineQuote): boolean {
    if (!quote.inSession) return false;
    if (this.market.size > 0 || this.trailing.size > 0) return true;
    const { buyLimits, sellLimits, buyStops, sellStops } = this.ladders;
    return (
      (buyLimits.highest ?? -Infinity) >= quote.ask ||
      (sellLimits.lowest ?? Infinity) <= quote.bid ||
      (buyStops.lowest ?? Infinity) <= quote.ask ||
      (sellStops.highest ?? -Infinity) >= quote.bid
    );
  }

  /** The ids of the orders `quote` may act on, in placement order. */
  candidates(quote: EngineQuote): number[] {
    if (!quote.inSession) return [];
    const ids: number[] = [...this.market, ...this.trailing];
    const { buyLimits, sellLimits, buyStops, sellStops } = this.ladders;
    buyLimits.collectAtOrAbove(quote.ask, ids);
    sellLimits.collectAtOrBelow(quote.bid, ids);
    buyStops.collectAtOrBelow(quote.ask, ids);
    sellStops.collectAtOrAbove(quote.bid, ids);
    // A trailing stop can sit on a stop ladder too: each id once.
    return [...new Set(ids)].sort((a, b) => a - b);
  }
}
