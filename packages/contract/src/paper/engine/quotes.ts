// What the passing of time and prices does to a book: a quote fills, triggers and trails the
// orders it reaches (and only those: the book's trigger index says which), and the clock expires
// DAY and GTD orders, earliest first.
import { OrderStatus } from '../../enums.js';
import type { Book, BookChanges } from './book.js';
import { Draft } from './draft.js';
import { evaluate } from './fills.js';
import type { EngineEnv, EngineQuote, MarketView } from './types.js';

/** The market as it was when `quote` of `symbol` arrived. */
function withQuote(market: MarketView, symbol: string, quote: EngineQuote): MarketView {
  return {
    instrument: (s) => market.instrument(s),
    quote: (s) => (s === symbol ? quote : market.quote(s)),
    sessionClose: (s, t) => market.sessionClose(s, t),
  };
}

/** The changes `quote` of `symbol` makes to the book; empty when it reaches nothing. */
export function onQuote(
  book: Book,
  env: EngineEnv,
  symbol: string,
  quote: EngineQuote,
): BookChanges {
  const quoted = { ...env, market: withQuote(env.market, symbol, quote) };
  const draft = new Draft(book, quoted);
  if (!book.mayAct(symbol, quote)) return draft.changes();
  const instrument = env.market.instrument(symbol);
  if (instrument === undefined) return draft.changes();
  // Orders change in the draft as they go: one that an earlier fill cancelled (one-cancels-
  // other) is no longer Working, and evaluate leaves it alone.
  for (const id of book.candidates(symbol, quote)) evaluate(draft, id, instrument, quote);
  return draft.changes();
}

/** Expires at most `limit` of the orders due at `env.now`, earliest first (docs/broker.md#durations). */
export function expireOrders(book: Book, env: EngineEnv, limit = 500): BookChanges {
  const draft = new Draft(book, env);
  for (const id of book.dueExpiries(env.now, limit)) {
    if (draft.order(id)?.status !== OrderStatus.Working) continue;
    const order = draft.edit(id);
    order.status = OrderStatus.Canceled;
    order.cancelReason = 'expired';
  }
  return draft.changes();
}
