// The broker's link to prices: it follows the quotes of exactly the symbols its books need (to
// fill working orders, to value open positions), hands each quote to the desk — which queues an
// evaluation only for accounts whose orders the quote may reach — and to the valuation.
import type { EngineQuote } from '@trading-pro/contract/paper';
import type { QuoteSource } from '../../shared/ports/quote-source.js';
import type { AccountDesk } from './broker.desk.js';
import { engineQuote } from './broker.market.js';

export interface QuoteListener {
  moved(symbol: string): void;
}

export class QuoteLoop {
  private readonly subscriptions = new Map<string, () => void>();
  private readonly latest = new Map<string, EngineQuote>();
  /** When the last quote arrived (Unix ms), to tell stale prices from live ones. */
  lastQuoteAt: number | undefined;
  /** Quotes received so far. */
  received = 0;
  private closed = false;

  constructor(
    private readonly source: () => QuoteSource | undefined,
    private readonly desk: AccountDesk,
    private readonly listener: QuoteListener,
    private readonly now: () => number,
    private readonly onError: (error: unknown, symbol: string) => void,
  ) {}

  /** Symbols followed now. */
  get watched(): string[] {
    return [...this.subscriptions.keys()];
  }

  /** Follows the symbols the books need now, and only those. */
  sync(): void {
    const source = this.source();
    if (source === undefined || this.closed) return;
    const wanted = this.desk.symbols();
    for (const [symbol, stop] of this.subscriptions) {
      if (wanted.has(symbol)) continue;
      stop();
      this.subscriptions.delete(symbol);
      this.latest.delete(symbol);
    }
    for (const symbol of wanted) {
      if (this.subscriptions.has(symbol) || source.instrument(symbol) === undefined) continue;
      this.subscriptions.set(
        symbol,
        source.subscribe(symbol, (live) => {
          try {
            this.onQuote(symbol, engineQuote(live));
          } catch (error) {
            this.onError(error, symbol);
          }
        }),
      );
    }
  }

  private onQuote(symbol: string, quote: EngineQuote): void {
    if (this.closed) return;
    this.received++;
    this.latest.set(symbol, quote);
    this.lastQuoteAt = this.now();
    this.desk.quoted(symbol, quote, () => this.latest.get(symbol));
    this.listener.moved(symbol);
  }

  close(): void {
    this.closed = true;
    for (const stop of this.subscriptions.values()) stop();
    this.subscriptions.clear();
  }
}
