// The paper broker: orders filled against the quotes of the QuoteSource port. Every command of an
// account runs alone (a per-account queue), on a draft of its book, inside one transaction; the
// book is replaced and the events published only after the commit. A crash therefore loses
// nothing committed and leaves nothing half-applied.
import { OrderStatus, OrderType, Side, hasLimitPrice, hasStopPrice } from '@trading-pro/contract';
import type { EquityData } from '../../models/broker/account.js';
import type { Execution } from '../../models/broker/executions.js';
import type { PlacedOrder, PreOrder } from '../../models/broker/orders.js';
import type { Brackets, Position } from '../../models/broker/positions.js';
import {
  BadRequestError,
  ConflictError,
  DomainError,
  NotFoundError,
} from '../../shared/http/errors.js';
import type { InstrumentSpec, LiveQuote, QuoteSource } from '../../shared/ports/quote-source.js';
import {
  AccountBook,
  isExit,
  orderFromRow,
  orderToRow,
  toExecution,
  toPlacedOrder,
  type Order,
} from './broker.domain.js';
import { ChangeSet, fillOrder, saveOrder, syncExits, type FillContext } from './broker.fills.js';
import type { BrokerRepository } from './broker.repository.js';
import {
  equityData,
  marginCheck,
  unrealizedPL,
  trailingStopPrice,
  match,
  roundMoney,
  roundQuantity,
  orderErrors,
  pipSize,
  positionBracketErrors,
  expectedPrice,
  conversionRate,
  conversionRoute,
  noConversionReason,
  type ConversionRoute,
  marginFor,
  markPrice,
} from '@trading-pro/contract/paper';

export interface BrokerSettings {
  accountId: string;
  accountName: string;
  currency: string;
  deposit: number;
  commissionRate: number;
  defaultLeverage: number;
}

/** Where committed changes go: the WebSocket routes (through the event bus). */
export interface BrokerEvents {
  order(accountId: string, order: PlacedOrder): void;
  position(accountId: string, position: Position): void;
  execution(accountId: string, execution: Execution): void;
  /** The account's equity may have changed (the listener throttles). */
  equityChanged(accountId: string): void;
  /** The quote of an open position moved: its unrealised P&L may have (the listener throttles). */
  positionMarked(accountId: string, symbol: string): void;
}

export class ServiceUnavailableError extends DomainError {
  override name = 'ServiceUnavailableError';
  constructor(message: string) {
    super(503, message);
  }
}

/** A working order that cannot be filled now is Rejected with the reason. */
async function rejectAtFill(ctx: FillContext, order: Order, reason: string): Promise<void> {
  order.status = OrderStatus.Rejected;
  order.rejectReason = reason;
  await saveOrder(ctx, order);
}

export class BrokerService {
  private readonly books = new Map<string, AccountBook>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly quoteSubscriptions = new Map<string, () => void>();
  /** `FROM>TO` → how to convert; null when the catalogue lists no pair for it. */
  private readonly conversionRoutes = new Map<string, ConversionRoute | null>();
  private closed = false;

  constructor(
    private readonly repo: BrokerRepository,
    private readonly quoteSource: () => QuoteSource | undefined,
    private readonly events: BrokerEvents,
    readonly settings: BrokerSettings,
    private readonly clock: () => Date,
  ) {}

  /** Creates the default account on first start and loads every account's open state. */
  async start(): Promise<void> {
    const { accountId, accountName, currency, deposit } = this.settings;
    await this.repo.ensureAccount({
      id: accountId,
      name: accountName,
      currency,
      deposit,
      created_at: this.now(),
    });
    await this.load(accountId);
  }

  private async load(accountId: string): Promise<AccountBook> {
    const row = await this.repo.account(accountId);
    if (row === undefined) throw new NotFoundError(`Unknown account "${accountId}"`);
    const working = await this.repo.ordersWithStatus(accountId, [OrderStatus.Working]);
    const positions = await this.repo.positions(accountId);
    const leverages = await this.repo.leverages(accountId);
    const book = new AccountBook(
      {
        id: row.id,
        name: row.name,
        currency: row.currency,
        deposit: row.deposit,
        realizedPL: row.realized_pl,
        commissions: row.commissions,
      },
      new Map(working.map((r) => [Number(r.id), orderFromRow(r)])),
      new Map(positions.map((p) => [p.symbol, { qty: p.qty, avgPrice: p.avg_price }])),
      new Map(leverages.map((l) => [l.symbol, l.leverage])),
    );
    this.books.set(accountId, book);
    this.watchQuotes();
    return book;
  }

  now(): number {
    return this.clock().getTime();
  }

  private book(accountId: string): AccountBook {
    const book = this.books.get(accountId);
    if (book === undefined) throw new NotFoundError(`Unknown account "${accountId}"`);
    return book;
  }

  /** Runs `command` after every earlier command of the account has finished. */
  private serial<T>(accountId: string, command: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(accountId) ?? Promise.resolve();
    const next = previous.then(command, command);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(accountId, settled);
    return next;
  }

  /**
   * One state change: `work` edits a draft of the book inside a transaction; after the commit the
   * draft becomes the book and the changes are announced.
   */
  private async change<T>(accountId: string, work: (ctx: FillContext) => Promise<T>): Promise<T> {
    const draft = this.book(accountId).draft();
    const changes = new ChangeSet();
    const result = await this.repo.transaction((tx) =>
      work({
        repo: this.repo,
        tx,
        book: draft,
        changes,
        commissionRate: this.settings.commissionRate,
        now: this.now(),
      }),
    );
    this.books.set(accountId, draft);
    this.announce(draft, changes);
    this.watchQuotes();
    return result;
  }

  /** Tells subscribers what a committed change did; everything needed was collected in `changes`. */
  private announce(book: AccountBook, changes: ChangeSet): void {
    const accountId = book.account.id;
    for (const order of changes.orders.values()) this.events.order(accountId, toPlacedOrder(order));
    for (const row of changes.executions) this.events.execution(accountId, toExecution(row));
    for (const symbol of changes.symbols)
      this.events.position(accountId, this.position(book, symbol));
    if (changes.orders.size > 0 || changes.symbols.size > 0) this.events.equityChanged(accountId);
  }

  quoteSourceOrThrow(): QuoteSource {
    return this.quotes();
  }

  private quotes(): QuoteSource {
    const source = this.quoteSource();
    if (source === undefined) {
      throw new ServiceUnavailableError(
        'Market data is unavailable: no quote source is loaded in this process',
      );
    }
    return source;
  }

  private market(symbol: string): { instrument: InstrumentSpec; quote: LiveQuote } {
    const source = this.quotes();
    const instrument = source.instrument(symbol);
    const quote = source.quote(symbol);
    if (instrument === undefined || quote === undefined)
      throw new BadRequestError(`symbol: unknown symbol "${symbol}"`);
    return { instrument, quote };
  }

  leverageOf(book: AccountBook, symbol: string): number {
    return book.leverage.get(symbol) ?? this.settings.defaultLeverage;
  }

  // ---- commands ----------------------------------------------------------------------------

  placeOrder(
    accountId: string,
    pre: PreOrder,
    idempotencyKey?: string,
  ): Promise<{ orderId: string }> {
    return this.serial(accountId, async () => {
      if (idempotencyKey !== undefined) {
        const existing = await this.repo.idempotentOrder(accountId, idempotencyKey);
        if (existing !== undefined) return { orderId: String(existing) };
      }
      const { instrument, quote } = this.market(pre.symbol);
      const errors = orderErrors(pre, instrument, quote);
      if (errors.length > 0) throw new BadRequestError(errors.join('; '));
      const currency = this.book(accountId).account.currency;
      const fx = this.fxRate(instrument.currency, currency);
      if (fx === undefined) {
        throw new BadRequestError(noConversionReason(instrument.currency, currency));
      }
      const symbol = instrument.symbol;
      return this.change(accountId, async (ctx) => {
        const [id] = await this.repo.nextIds(ctx.tx, 'orders');
        const order: Order = {
          id: id!,
          accountId,
          symbol,
          type: pre.type,
          side: pre.side,
          qty: roundQuantity(pre.qty),
          ...(hasLimitPrice(pre.type) ? { limitPrice: pre.limitPrice } : {}),
          ...(hasStopPrice(pre.type) ? { stopPrice: pre.stopPrice } : {}),
          takeProfit: pre.takeProfit,
          stopLoss: pre.stopLoss,
          guaranteedStop: pre.guaranteedStop,
          trailingStopPips: pre.trailingStopPips,
          stopType: pre.stopType,
          status: OrderStatus.Working,
          filledQty: 0,
          avgPrice: 0,
          triggered: false,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        };
        const margin = this.checkMargin(ctx.book, order, expectedPrice(order, quote), fx);
        if (!margin.ok) {
          order.status = OrderStatus.Rejected;
          order.rejectReason = margin.reason;
        }
        await this.repo.insertOrder(ctx.tx, orderToRow(order));
        if (idempotencyKey !== undefined) {
          await this.repo.rememberIdempotencyKey(
            ctx.tx,
            accountId,
            idempotencyKey,
            order.id,
            ctx.now,
          );
        }
        ctx.changes.order(order);
        if (order.status === OrderStatus.Working) {
          ctx.book.working.set(order.id, order);
          await this.evaluate(ctx, order, instrument, quote);
        }
        return { orderId: String(order.id) };
      });
    });
  }

  modifyOrder(accountId: string, id: number, pre: PreOrder): Promise<void> {
    return this.serial(accountId, async () => {
      const order = await this.workingOrder(accountId, id);
      if (pre.symbol !== order.symbol)
        throw new BadRequestError(`symbol: an order's symbol cannot change (${order.symbol})`);
      if (pre.side !== order.side) throw new BadRequestError("side: an order's side cannot change");
      if (pre.type !== order.type)
        throw new BadRequestError(
          "type: an order's type cannot change; cancel and place a new one",
        );
      const { instrument, quote } = this.market(order.symbol);
      const errors = isExit(order) ? [] : orderErrors(pre, instrument, quote);
      if (errors.length > 0) throw new BadRequestError(errors.join('; '));
      await this.change(accountId, async (ctx) => {
        const draft = ctx.book.working.get(id)!;
        if (!isExit(draft)) draft.qty = roundQuantity(pre.qty);
        if (pre.limitPrice !== undefined) draft.limitPrice = pre.limitPrice;
        if (pre.stopPrice !== undefined) draft.stopPrice = pre.stopPrice;
        if (!isExit(draft)) {
          draft.takeProfit = pre.takeProfit;
          draft.stopLoss = pre.stopLoss;
          draft.trailingStopPips = pre.trailingStopPips;
        }
        await saveOrder(ctx, draft);
        await this.evaluate(ctx, draft, instrument, quote);
      });
    });
  }

  cancelOrder(accountId: string, id: number): Promise<void> {
    return this.serial(accountId, async () => {
      await this.workingOrder(accountId, id);
      await this.change(accountId, async (ctx) => {
        const order = ctx.book.working.get(id)!;
        order.status = OrderStatus.Canceled;
        await saveOrder(ctx, order);
      });
    });
  }

  /** Closes all, or `amount` of, a position at market; never reverses it. */
  closePosition(
    accountId: string,
    symbol: string,
    amount: number | undefined,
  ): Promise<{ filled: boolean }> {
    return this.serial(accountId, async () => {
      const position = this.book(accountId).positions.get(symbol);
      if (position === undefined || position.qty === 0)
        throw new NotFoundError(`No open position in "${symbol}"`);
      const size = Math.abs(position.qty);
      if (amount !== undefined && amount > size) {
        throw new BadRequestError(`amount: ${amount} exceeds the position's quantity ${size}`);
      }
      const { instrument, quote } = this.market(symbol);
      return this.change(accountId, async (ctx) => {
        const [id] = await this.repo.nextIds(ctx.tx, 'orders');
        const order: Order = {
          id: id!,
          accountId,
          symbol,
          type: OrderType.Market,
          side: position.qty > 0 ? Side.Sell : Side.Buy,
          qty: roundQuantity(amount ?? size),
          status: OrderStatus.Working,
          filledQty: 0,
          avgPrice: 0,
          triggered: false,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        };
        await this.repo.insertOrder(ctx.tx, orderToRow(order));
        ctx.book.working.set(order.id, order);
        ctx.changes.order(order);
        await this.evaluate(ctx, order, instrument, quote);
        return { filled: order.status === OrderStatus.Filled };
      });
    });
  }

  /** Replaces the position's exit orders (a field left out removes that exit). */
  setBrackets(accountId: string, symbol: string, brackets: Brackets): Promise<void> {
    return this.serial(accountId, async () => {
      const position = this.book(accountId).positions.get(symbol);
      if (position === undefined || position.qty === 0)
        throw new NotFoundError(`No open position in "${symbol}"`);
      const { instrument, quote } = this.market(symbol);
      const errors = positionBracketErrors(
        AccountBook.sideOf(position),
        brackets,
        instrument,
        quote,
      );
      if (errors.length > 0) throw new BadRequestError(errors.join('; '));
      await this.change(accountId, async (ctx) => {
        await syncExits(ctx, symbol, instrument, quote, { brackets: { ...brackets }, reset: true });
        ctx.changes.symbols.add(symbol);
      });
    });
  }

  setLeverage(accountId: string, symbol: string, leverage: number): Promise<number> {
    return this.serial(accountId, async () => {
      this.market(symbol);
      await this.repo.setLeverage(accountId, symbol, leverage);
      this.book(accountId).leverage.set(symbol, leverage);
      this.events.equityChanged(accountId);
      return leverage;
    });
  }

  private async workingOrder(accountId: string, id: number): Promise<Order> {
    const working = this.book(accountId).working.get(id);
    if (working !== undefined) return working;
    const row = await this.repo.order(accountId, id);
    if (row === undefined) throw new NotFoundError(`Unknown order ${id}`);
    const status = Object.entries(OrderStatus).find(([, value]) => value === row.status)?.[0];
    throw new ConflictError(`Order ${id} is ${status ?? `in status ${row.status}`}, not Working`);
  }

  // ---- matching ----------------------------------------------------------------------------

  private checkMargin(book: AccountBook, order: Order, price: number, fx: number) {
    if (isExit(order)) return { ok: true as const };
    return marginCheck({
      fx,
      equity: this.equityOf(book),
      position: book.positions.get(order.symbol),
      side: order.side,
      qty: order.qty - order.filledQty,
      price,
      leverage: this.leverageOf(book, order.symbol),
      commissionRate: this.settings.commissionRate,
      currency: book.account.currency,
    });
  }

  /** Fills, triggers or trails one working order against the quote (inside a change). */
  private async evaluate(
    ctx: FillContext,
    order: Order,
    instrument: InstrumentSpec,
    quote: LiveQuote,
  ): Promise<void> {
    if (!quote.inSession) return;
    if (order.trailingStopPips !== undefined && isExit(order)) {
      const position = ctx.book.positions.get(order.symbol);
      if (position !== undefined && position.qty !== 0) {
        const stop = trailingStopPrice({
          positionSide: AccountBook.sideOf(position),
          quote,
          pips: order.trailingStopPips,
          pipSize: pipSize(instrument),
          current: order.stopPrice,
        });
        if (stop !== order.stopPrice) {
          order.stopPrice = stop;
          await saveOrder(ctx, order);
        }
      }
    }
    let result = match(order, quote);
    if (result.kind === 'trigger') {
      order.triggered = true;
      await saveOrder(ctx, order);
      result = match(order, quote);
    }
    if (result.kind !== 'fill') return;
    const currency = ctx.book.account.currency;
    const fx = this.fxRate(instrument.currency, currency);
    if (fx === undefined) {
      return rejectAtFill(ctx, order, noConversionReason(instrument.currency, currency));
    }
    const margin = this.checkMargin(ctx.book, order, result.price, fx);
    if (!margin.ok) return rejectAtFill(ctx, order, margin.reason);
    await fillOrder(ctx, order, result.price, instrument, quote, fx);
  }

  /** A price update: every working order of the symbol, in the order they were placed. */
  private onQuote(symbol: string, quote: LiveQuote): void {
    for (const book of this.books.values()) {
      const accountId = book.account.id;
      if (book.positions.get(symbol)?.qty) {
        this.events.equityChanged(accountId);
        this.events.positionMarked(accountId, symbol);
      }
      if (![...book.working.values()].some((o) => o.symbol === symbol)) continue;
      void this.serial(accountId, async () => {
        if (this.closed) return;
        const ids = [...this.book(accountId).working.values()]
          .filter((o) => o.symbol === symbol)
          .map((o) => o.id);
        const instrument = this.quotes().instrument(symbol)!;
        for (const id of ids) {
          const order = this.book(accountId).working.get(id);
          if (order === undefined) continue; // filled or cancelled by an earlier one (OCO)
          await this.change(accountId, async (ctx) => {
            const draft = ctx.book.working.get(id);
            if (draft !== undefined) await this.evaluate(ctx, draft, instrument, quote);
          });
        }
      }).catch((error: unknown) => this.onError(error, symbol));
    }
  }

  onError: (error: unknown, symbol: string) => void = () => undefined;

  /** Subscribes to the quotes of symbols with working orders or open positions, and only those. */
  private watchQuotes(): void {
    const source = this.quoteSource();
    if (source === undefined || this.closed) return;
    const wanted = new Set<string>();
    for (const book of this.books.values())
      for (const symbol of book.watchedSymbols()) wanted.add(symbol);
    for (const [symbol, stop] of this.quoteSubscriptions) {
      if (!wanted.has(symbol)) {
        stop();
        this.quoteSubscriptions.delete(symbol);
      }
    }
    for (const symbol of wanted) {
      if (this.quoteSubscriptions.has(symbol) || source.instrument(symbol) === undefined) continue;
      this.quoteSubscriptions.set(
        symbol,
        source.subscribe(symbol, (quote) => this.onQuote(symbol, quote)),
      );
    }
  }

  /** Symbols whose quotes the broker follows now. */
  get watched(): string[] {
    return [...this.quoteSubscriptions.keys()];
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const stop of this.quoteSubscriptions.values()) stop();
    this.quoteSubscriptions.clear();
    await Promise.all(this.queues.values());
  }

  // ---- queries -----------------------------------------------------------------------------

  async orders(accountId: string): Promise<PlacedOrder[]> {
    this.book(accountId);
    return (await this.repo.allOrders(accountId)).map((row) => toPlacedOrder(orderFromRow(row)));
  }

  async executions(accountId: string, symbol: string): Promise<Execution[]> {
    this.book(accountId);
    return (await this.repo.executions(accountId, symbol)).map(toExecution);
  }

  /** The account's position in `symbol` now (qty 0 when there is none). */
  positionOf(accountId: string, symbol: string): Position {
    return this.position(this.book(accountId), symbol);
  }

  positions(accountId: string): Position[] {
    const book = this.book(accountId);
    return [...book.positions.entries()]
      .filter(([, position]) => position.qty !== 0)
      .map(([symbol]) => this.position(book, symbol));
  }

  position(book: AccountBook, symbol: string): Position {
    const net = book.positions.get(symbol) ?? { qty: 0, avgPrice: 0 };
    const quote = this.quoteSource()?.quote(symbol);
    const fx = this.markingRate(book, symbol);
    const exits = book.exitsOf(symbol);
    const stop = exits.find((o) => o.type === OrderType.Stop);
    const target = exits.find((o) => o.type === OrderType.Limit);
    const position: Position = {
      id: symbol,
      symbol,
      qty: Math.abs(net.qty),
      side: AccountBook.sideOf(net),
      // Shown on the 1e-8 grid (101.1, not 101.10000000000001); kept exact for the P&L.
      avgPrice: roundMoney(net.avgPrice),
      unrealizedPl: quote === undefined || net.qty === 0 ? 0 : unrealizedPL(net, quote, fx),
    };
    if (stop?.trailingStopPips !== undefined) position.trailingStopPips = stop.trailingStopPips;
    else if (stop?.stopPrice !== undefined) position.stopLoss = stop.stopPrice;
    if (target?.limitPrice !== undefined) position.takeProfit = target.limitPrice;
    return position;
  }

  account(accountId: string) {
    const { id, name, currency } = this.book(accountId).account;
    return { id, name, currency };
  }

  /** The account's figures; `leverage` overrides symbols' leverage, to value a change first. */
  equity(accountId: string, leverage: Readonly<Record<string, number>> = {}): EquityData {
    return this.equityOf(this.book(accountId), leverage);
  }

  private equityOf(book: AccountBook, leverage: Readonly<Record<string, number>> = {}): EquityData {
    const source = this.quoteSource();
    return equityData(
      {
        deposit: book.account.deposit,
        realizedPL: book.account.realizedPL,
        commissions: book.account.commissions,
      },
      [...book.positions.entries()].map(([symbol, position]) => ({
        symbol,
        position,
        quote: source?.quote(symbol),
        leverage: leverage[symbol] ?? this.leverageOf(book, symbol),
        fx: this.markingRate(book, symbol),
      })),
    );
  }

  /** The margin the account's position in `symbol` takes at `leverage`, as the equity counts it. */
  positionMargin(accountId: string, symbol: string, leverage: number): number {
    const book = this.book(accountId);
    const position = book.positions.get(symbol);
    if (position === undefined || position.qty === 0) return 0;
    const quote = this.quoteSource()?.quote(symbol);
    return marginFor(
      position.qty,
      markPrice(position, quote),
      leverage,
      this.markingRate(book, symbol),
    );
  }

  /**
   * The value in `to` of one unit of `from` now (1 within one currency), or undefined when no
   * listed FX pair connects them or its quote is missing.
   */
  fxRate(from: string, to: string): number | undefined {
    if (from === to) return 1;
    const source = this.quoteSource();
    if (source === undefined) return undefined;
    const key = `${from}>${to}`;
    let route = this.conversionRoutes.get(key);
    if (route === undefined) {
      route =
        conversionRoute(from, to, (symbol) => source.instrument(symbol) !== undefined) ?? null;
      this.conversionRoutes.set(key, route);
    }
    if (route === null) return undefined;
    return conversionRate(route, route.pair && source.quote(route.pair.symbol));
  }

  /**
   * The rate an open position is marked at. A position exists only if its order found a rate;
   * should the pair's quote be missing now, the figures stay defined (at 1) rather than NaN, as
   * a position without a quote of its own is kept at its average price.
   */
  private markingRate(book: AccountBook, symbol: string): number {
    const currency = this.quoteSource()?.instrument(symbol)?.currency;
    if (currency === undefined) return 1;
    return this.fxRate(currency, book.account.currency) ?? 1;
  }

  leverage(accountId: string, symbol: string): number {
    this.market(symbol);
    return this.leverageOf(this.book(accountId), symbol);
  }

  /** Whether quotes can reach the broker in this process. */
  get connected(): boolean {
    return this.quoteSource() !== undefined;
  }
}
