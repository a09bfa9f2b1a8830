// The QuoteSource port read from datafeed processes (docs/cluster.md#quotes-across-processes): the
// instrument from `GET /resolve/{symbol}`, its trading hours from `GET /sessions`, its prices from
// the `quotes` stream — all through the clients generated from the datafeed's own documents. The
// port answers synchronously, so what it answers is what has arrived; `prepare` fetches what an
// order needs before the engine asks. Prices older than STALE_QUOTE_MS are not offered: an order
// is refused (503, "no quote reaches the broker") rather than filled at an old price.
import type {
  InstrumentSpec,
  LiveQuote,
  QuoteLink,
  QuoteSource,
} from '../../shared/ports/quote-source.js';
import { DatafeedRest, type TradingSession } from './datafeed-rest.js';
import { QuoteStream, type QuoteStreamLog, type QuoteValuesOk } from './quote-stream.js';
import { waitWithin, wakeAll } from './wait-within.js';

export interface RemoteQuoteSourceOptions {
  urls: readonly string[];
  secret: string | undefined;
  log: QuoteStreamLog & { error(details: object, message: string): void };
  now: () => number;
  /** An instrument became known after it was first asked for: its quotes can be followed now. */
  onResolved?: () => void;
  /** How long `prepare` waits for a symbol's first quote. */
  firstQuoteTimeoutMs?: number;
  minRetryMs?: number;
  maxRetryMs?: number;
  silenceMs?: number;
}

/** Four quotes a second arrive while the link is up; this old, a price is no longer live. */
export const STALE_QUOTE_MS = 2_000;
/** A symbol `prepare` followed stays followed this long without a subscriber, for the next order. */
const PREPARED_HOLD_MS = 60_000;
/** Sessions fetched at a time, and how few left ahead of now call for the next ones. */
const SESSIONS_FETCHED = 10;
const SESSIONS_LOW = 3;

interface Followed {
  listeners: Set<(quote: LiveQuote) => void>;
  /** Until when `prepare` keeps the symbol followed with no listener. */
  heldUntil: number;
  latest?: LiveQuote;
  waiters: Set<() => void>;
}

export class RemoteQuoteSource implements QuoteSource {
  private readonly rest: DatafeedRest;
  private readonly stream: QuoteStream;
  /** By the symbol as asked for; null: the datafeed does not know it. */
  private readonly specs = new Map<string, InstrumentSpec | null>();
  private readonly resolving = new Map<string, Promise<InstrumentSpec | null>>();
  private readonly sessions = new Map<string, TradingSession[]>();
  private readonly refreshing = new Set<string>();
  /** Symbols whose resolution failed (no datafeed answered), to try again when one does. */
  private readonly unresolved = new Set<string>();
  /** By ticker. */
  private readonly followed = new Map<string, Followed>();
  private readonly sweep: NodeJS.Timeout;

  constructor(private readonly options: RemoteQuoteSourceOptions) {
    this.rest = new DatafeedRest(options.urls, options.secret, () => this.stream.connectedTo);
    this.stream = new QuoteStream({
      urls: options.urls,
      secret: options.secret,
      log: options.log,
      onQuote: (ticker, values) => this.onQuote(ticker, values),
      // What could not be resolved while no datafeed answered is resolved once one does, so a
      // broker started before its datafeeds follows its books' symbols without being asked.
      onLink: (link) => {
        if (link.up) for (const symbol of this.unresolved) this.resolveLater(symbol);
      },
      ...(options.minRetryMs === undefined ? {} : { minRetryMs: options.minRetryMs }),
      ...(options.maxRetryMs === undefined ? {} : { maxRetryMs: options.maxRetryMs }),
      ...(options.silenceMs === undefined ? {} : { silenceMs: options.silenceMs }),
    });
    this.sweep = setInterval(() => this.dropIdle(), 10_000);
    this.sweep.unref();
  }

  link(): QuoteLink {
    return this.stream.link;
  }

  instrument(symbol: string): InstrumentSpec | undefined {
    const known = this.specs.get(symbol);
    if (known === undefined) this.resolveLater(symbol);
    return known ?? undefined;
  }

  quote(symbol: string): LiveQuote | undefined {
    const spec = this.specs.get(symbol);
    if (spec === undefined || spec === null || !this.stream.link.up) return undefined;
    const latest = this.followed.get(spec.symbol)?.latest;
    if (latest === undefined || this.options.now() - latest.time > STALE_QUOTE_MS) return undefined;
    return latest;
  }

  sessionClose(symbol: string, t: number): number | undefined {
    const spec = this.specs.get(symbol);
    if (spec === undefined || spec === null) return undefined;
    return this.sessionAt(spec.symbol, t)?.close;
  }

  subscribe(symbol: string, listener: (quote: LiveQuote) => void): () => void {
    const spec = this.specs.get(symbol);
    if (spec === null) throw new Error(`Unknown symbol "${symbol}"`);
    const ticker = spec?.symbol ?? symbol.toUpperCase();
    const entry = this.follow(ticker);
    entry.listeners.add(listener);
    if (spec === undefined) this.resolveLater(symbol);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0 && entry.heldUntil <= this.options.now())
        this.unfollow(ticker);
    };
  }

  async prepare(symbol: string): Promise<void> {
    const timeoutMs = this.options.firstQuoteTimeoutMs ?? 2_000;
    const deadline = Date.now() + timeoutMs;
    // A link that is being (re)established gets the same time as a first quote.
    if (!this.stream.link.up) await this.stream.waitUp(timeoutMs);
    const spec = await this.resolve(symbol);
    if (spec === null) return; // the engine answers "unknown symbol"
    const entry = this.follow(spec.symbol);
    entry.heldUntil = this.options.now() + PREPARED_HOLD_MS;
    if (this.quote(symbol) !== undefined) return;
    await waitWithin(entry.waiters, Math.max(0, deadline - Date.now()), () => {
      const link = this.stream.link;
      return link.up
        ? `no quote for ${spec.symbol} arrived from the datafeed within ${timeoutMs} ms`
        : link.reason;
    });
  }

  close(): void {
    clearInterval(this.sweep);
    this.stream.close();
    for (const entry of this.followed.values()) entry.waiters.clear();
  }

  private onQuote(ticker: string, values: QuoteValuesOk['v']): void {
    const entry = this.followed.get(ticker);
    if (entry === undefined) return;
    const time = this.options.now();
    this.refreshSessionsIfLow(ticker, time);
    const session = this.sessionAt(ticker, time);
    const quote: LiveQuote = {
      symbol: ticker,
      bid: values.bid,
      ask: values.ask,
      last: values.lp,
      time,
      inSession: session !== undefined && session.open <= time,
    };
    entry.latest = quote;
    wakeAll(entry.waiters);
    for (const listener of [...entry.listeners]) {
      try {
        listener(quote);
      } catch (error) {
        this.options.log.error({ err: error, symbol: ticker }, 'a quote listener failed');
      }
    }
  }

  /** The session in progress at `t`, or the next one: the first that closes after `t`. */
  private sessionAt(ticker: string, t: number): TradingSession | undefined {
    return this.sessions.get(ticker)?.find((s) => s.close > t);
  }

  private follow(ticker: string): Followed {
    let entry = this.followed.get(ticker);
    if (entry === undefined) {
      entry = { listeners: new Set(), heldUntil: 0, waiters: new Set() };
      this.followed.set(ticker, entry);
      this.stream.follow(ticker);
    }
    return entry;
  }

  private unfollow(ticker: string): void {
    this.followed.delete(ticker);
    this.stream.unfollow(ticker);
  }

  private dropIdle(): void {
    const now = this.options.now();
    for (const [ticker, entry] of this.followed) {
      if (entry.listeners.size === 0 && entry.heldUntil <= now) this.unfollow(ticker);
    }
  }

  /** The instrument and its sessions, fetched once per symbol (concurrent askers share one fetch). */
  private resolve(symbol: string): Promise<InstrumentSpec | null> {
    const known = this.specs.get(symbol);
    if (known !== undefined) return Promise.resolve(known);
    let pending = this.resolving.get(symbol);
    if (pending === undefined) {
      pending = this.fetchInstrument(symbol).finally(() => this.resolving.delete(symbol));
      this.resolving.set(symbol, pending);
    }
    return pending;
  }

  private async fetchInstrument(symbol: string): Promise<InstrumentSpec | null> {
    const spec = await this.rest.instrument(symbol);
    if (spec !== null && !this.sessions.has(spec.symbol)) {
      this.sessions.set(
        spec.symbol,
        await this.rest.sessions(spec.symbol, this.options.now(), SESSIONS_FETCHED),
      );
    }
    this.specs.set(symbol, spec);
    return spec;
  }

  private resolveLater(symbol: string): void {
    // One that failed while no datafeed answered is asked again when one does (onLink), not
    // at every use meanwhile.
    if (this.resolving.has(symbol) || (this.unresolved.has(symbol) && !this.stream.link.up)) return;
    this.resolve(symbol).then(
      (spec) => {
        this.unresolved.delete(symbol);
        if (spec !== null) this.options.onResolved?.();
      },
      (error: unknown) => {
        this.unresolved.add(symbol);
        this.options.log.warn(
          { symbol, reason: error instanceof Error ? error.message : String(error) },
          'quotes: could not resolve a symbol at the datafeed; asked again when one answers',
        );
      },
    );
  }

  private refreshSessionsIfLow(ticker: string, now: number): void {
    const known = this.sessions.get(ticker);
    if (known === undefined || this.refreshing.has(ticker)) return;
    // In time order: enough are left while the SESSIONS_LOW-th from the end is still ahead.
    if ((known.at(-SESSIONS_LOW)?.close ?? 0) > now) return;
    this.refreshing.add(ticker);
    this.rest
      .sessions(ticker, now, SESSIONS_FETCHED)
      .then((sessions) => this.sessions.set(ticker, sessions))
      .catch((error: unknown) =>
        this.options.log.warn(
          { symbol: ticker, reason: error instanceof Error ? error.message : String(error) },
          'quotes: could not refresh the trading sessions; trying again on the next quote',
        ),
      )
      .finally(() => this.refreshing.delete(ticker));
  }
}
