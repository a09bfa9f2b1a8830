// The broker's accounts in this process: one book each, and one queue each, so an account's
// commands, quote evaluations and expiries run one at a time — decided by the engine on the
// book, written in one transaction when they changed something, applied to the book after the
// commit, announced after that. A quote that reaches nothing never enters a queue.
import { OrderStatus } from '@trading-pro/contract';
import {
  Book,
  EngineError,
  TriggerBoard,
  expireOrders,
  mergeChanges,
  onQuote,
  type BookChanges,
  type EngineEnv,
  type EngineQuote,
  type Outcome,
  unchanged,
} from '@trading-pro/contract/paper';
import { conversionPair } from '@trading-pro/contract/paper';
import { DomainError, NotFoundError } from '../../shared/http/errors.js';
import { domainError } from './broker.errors.js';
import { StaleBookError, type BrokerRepository, type BrokerTx } from './broker.repository.js';

export interface DeskDependencies {
  repo: BrokerRepository;
  /** The market, the policy and the time of a decision. */
  env: () => EngineEnv;
  /** A change was committed and applied: tell the world. */
  committed: (changes: BookChanges, book: Book) => void;
  /** The symbols whose quotes the desk needs may have changed. */
  symbolsChanged: () => void;
  onError: (error: unknown, what: string) => void;
}

/** Extra work of a command around the engine's decision. */
export interface TransactionHooks<T> {
  /** Runs first, in the command's transaction (a check that reads storage); may refuse. */
  prepare?: (book: Book, tx: BrokerTx) => Promise<void>;
  /** Runs first inside the transaction; an answer ends the command there, deciding nothing. */
  before?: (tx: BrokerTx) => Promise<T | undefined>;
  /** Runs after the change is decided, in the same transaction. */
  after?: (tx: BrokerTx, result: T, env: EngineEnv) => Promise<void>;
  /** Committed in a transaction of its own, never with other commands (a reset). */
  alone?: boolean;
}

interface Job {
  decide: (book: Book, env: EngineEnv) => Outcome<unknown>;
  hooks: TransactionHooks<unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** Commands committed together at most (one transaction, one write of their merged changes). */
const MAX_BATCH = 100;

/** Accounts a quote's fills are committed for in one transaction. */
const QUOTE_GROUP = 100;

/** Orders expired in one round (one transaction; about 10 ms of work). */
const EXPIRY_ROUND = 300;

/** A refusal is a command's answer; anything else fails the whole batch. */
const isRefusal = (error: unknown) =>
  error instanceof EngineError || (error instanceof DomainError && error.statusCode < 500);

interface Desk {
  book: Book;
  queue: Promise<unknown>;
  /** Commands waiting to be committed, and whether a turn to commit them is queued. */
  jobs: Job[];
  draining: boolean;
  /** Symbols with a quote evaluation queued and not started (one is enough: it reads the latest). */
  pendingQuotes: Set<string>;
}

/** Adds `value` to the set at `key`; whether the map gained a key (the symbols needed changed). */
const addToSet = (map: Map<string, Set<string>>, key: string, value: string): boolean => {
  const set = map.get(key);
  if (set !== undefined) {
    set.add(value);
    return false;
  }
  map.set(key, new Set([value]));
  return true;
};

/** Removes `value` from the set at `key`; whether the map lost the key. */
const removeFromSet = (map: Map<string, Set<string>>, key: string, value: string): boolean => {
  const set = map.get(key);
  if (set === undefined) return false;
  set.delete(value);
  if (set.size > 0) return false;
  map.delete(key);
  return true;
};

export class AccountDesk {
  private readonly desks = new Map<string, Desk>();
  /** Symbol → accounts with working orders in it (what a quote may fill). */
  private readonly ordersIn = new Map<string, Set<string>>();
  /** Symbol → accounts whose open positions it values (the symbol, or the FX pair converting it). */
  private readonly valuesIn = new Map<string, Set<string>>();
  private readonly symbolsOf = new Map<string, { orders: Set<string>; values: Set<string> }>();
  /** Which accounts a quote may act on, found without visiting the others. */
  private readonly board = new TriggerBoard<string>();
  /** How to read the latest quote of each symbol the desk was told of (requote). */
  private readonly latestQuotes = new Map<string, () => EngineQuote | undefined>();
  /** Accounts with orders due to expire, waiting for the expiry worker, and whether it runs. */
  private readonly dueAccounts = new Set<string>();
  private expiring = false;
  /** The symbols the books need changed, and symbolsChanged is queued. */
  private symbolsDirty = false;
  /** Currency → symbol → the symbols whose quotes value a position in it (see valuing). */
  private readonly valuingCache = new Map<string, Map<string, readonly string[]>>();
  private closed = false;
  /** Changes committed so far. */
  commits = 0;

  constructor(private readonly deps: DeskDependencies) {}

  /** Loads every stored account's book. */
  async load(accountIds: readonly string[]): Promise<void> {
    for (const id of accountIds) await this.reload(id);
  }

  /** (Re)reads an account's book from storage, e.g. after another writer moved it on. */
  async reload(accountId: string): Promise<Book | undefined> {
    const snapshot = await this.deps.repo.book(accountId);
    if (snapshot === undefined) {
      this.forget(accountId);
      return undefined;
    }
    const book = new Book(snapshot);
    const desk = this.desks.get(accountId);
    if (desk === undefined) {
      this.desks.set(accountId, {
        book,
        queue: Promise.resolve(),
        jobs: [],
        draining: false,
        pendingQuotes: new Set(),
      });
    } else {
      desk.book = book;
    }
    this.index(accountId, book);
    return book;
  }

  forget(accountId: string): void {
    this.desks.delete(accountId);
    this.index(accountId, undefined);
  }

  has(accountId: string): boolean {
    return this.desks.has(accountId);
  }

  /** The account's book as last committed; 404 for an account this desk does not hold. */
  book(accountId: string): Book {
    const desk = this.desks.get(accountId);
    if (desk === undefined) throw new NotFoundError(`account ${accountId} not found`);
    return desk.book;
  }

  accountIds(): string[] {
    return [...this.desks.keys()];
  }

  /** Symbols whose quotes the books need: to fill orders, and to value positions. */
  symbols(): Set<string> {
    return new Set([...this.ordersIn.keys(), ...this.valuesIn.keys()]);
  }

  /** Accounts whose positions a quote of `symbol` revalues. */
  valuedBy(symbol: string): ReadonlySet<string> {
    return this.valuesIn.get(symbol) ?? new Set();
  }

  get totalWorking(): number {
    let count = 0;
    for (const desk of this.desks.values()) count += desk.book.workingCount;
    return count;
  }

  /** Runs `task` after every earlier task of the account has finished. */
  serial<T>(accountId: string, task: (book: Book) => Promise<T>): Promise<T> {
    const desk = this.desks.get(accountId);
    if (desk === undefined)
      return Promise.reject(new NotFoundError(`account ${accountId} not found`));
    const run = () => {
      const current = this.desks.get(accountId);
      if (current === undefined) throw new NotFoundError(`account ${accountId} not found`);
      return task(current.book);
    };
    const next = desk.queue.then(run, run);
    desk.queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  /**
   * One command: the engine decides on the book; its change is written in one transaction (with
   * the hooks), then applied and announced. A refusal writes nothing. Commands that wait while a
   * transaction of the account is in flight are committed together in the next one (group
   * commit: each decided on the previous one's result, one write, one sync to disk).
   */
  execute<T>(
    accountId: string,
    decide: (book: Book, env: EngineEnv) => Outcome<T>,
    hooks: TransactionHooks<T> = {},
  ): Promise<T> {
    const desk = this.desks.get(accountId);
    if (desk === undefined)
      return Promise.reject(new NotFoundError(`account ${accountId} not found`));
    return new Promise<T>((resolve, reject) => {
      desk.jobs.push({
        decide,
        hooks: hooks as TransactionHooks<unknown>,
        resolve: resolve as (result: unknown) => void,
        reject,
      });
      if (!desk.draining) this.drain(accountId, desk);
    });
  }

  /** Queues one turn that commits the waiting commands (and another after it, if more wait). */
  private drain(accountId: string, desk: Desk): void {
    desk.draining = true;
    void this.serial(accountId, async () => {
      const batch = takeBatch(desk.jobs);
      try {
        if (this.desks.get(accountId) !== desk) {
          for (const job of batch) job.reject(new NotFoundError(`account ${accountId} not found`));
        } else if (batch.length > 0) {
          await this.commitBatch(accountId, desk, batch);
        }
      } finally {
        // One batch per turn: quote evaluations queued meanwhile run before the next one.
        if (desk.jobs.length > 0 && this.desks.get(accountId) === desk) this.drain(accountId, desk);
        else desk.draining = false;
      }
    }).catch((error: unknown) => this.deps.onError(error, `committing for ${accountId}`));
  }

  private async commitBatch(accountId: string, desk: Desk, batch: Job[]): Promise<void> {
    const { repo } = this.deps;
    const { book } = desk;
    const env = this.deps.env();
    const settled: { job: Job; changes?: BookChanges; result?: unknown; error?: unknown }[] = [];
    try {
      await repo.transaction(async (tx) => {
        for (const job of batch) {
          try {
            await job.hooks.prepare?.(book, tx);
            const early = await job.hooks.before?.(tx);
            if (early !== undefined) {
              settled.push({ job, result: early });
              continue;
            }
            const outcome = job.decide(book, env);
            // Provisional: the next command of the batch is decided on this one's result.
            if (!outcome.changes.empty) book.apply(outcome.changes);
            await job.hooks.after?.(tx, outcome.result, env);
            settled.push({ job, changes: outcome.changes, result: outcome.result });
          } catch (error) {
            if (!isRefusal(error)) throw error;
            settled.push({ job, error });
          }
        }
        const changes = settled.flatMap((s) => (s.changes && !s.changes.empty ? [s.changes] : []));
        if (changes.length > 0) await repo.write(tx, mergeChanges(changes), env.now);
      });
    } catch (error) {
      // Nothing was written, and the book holds decisions that never were: read it again.
      await this.reload(accountId);
      for (const job of batch) job.reject(domainError(error));
      return;
    }
    for (const { job, changes, result, error } of settled) {
      if (changes !== undefined && !changes.empty) this.announce(accountId, book, changes);
      if (error === undefined) job.resolve(result);
      else job.reject(domainError(error));
    }
  }

  private async commit<T>(
    accountId: string,
    book: Book,
    decide: (book: Book, env: EngineEnv) => Outcome<T>,
    hooks: TransactionHooks<T>,
  ): Promise<T> {
    const { repo } = this.deps;
    let outcome: Outcome<T> | undefined;
    try {
      if (hooks.prepare === undefined && hooks.before === undefined && hooks.after === undefined) {
        const env = this.deps.env();
        outcome = decide(book, env);
        if (outcome.changes.empty) return outcome.result;
        const decided = outcome;
        await repo.transaction((tx) => repo.write(tx, decided.changes, env.now));
      } else {
        const early = await repo.transaction(async (tx) => {
          await hooks.prepare?.(book, tx);
          const answer = await hooks.before?.(tx);
          if (answer !== undefined) return { answer };
          const env = this.deps.env();
          outcome = decide(book, env);
          await repo.write(tx, outcome.changes, env.now);
          await hooks.after?.(tx, outcome.result, env);
          return undefined;
        });
        if (early !== undefined) return early.answer;
      }
    } catch (error) {
      if (error instanceof StaleBookError) await this.reload(accountId);
      throw domainError(error);
    }
    this.applied(accountId, book, outcome!.changes);
    return outcome!.result;
  }

  private applied(accountId: string, book: Book, changes: BookChanges): void {
    if (changes.empty) return;
    book.apply(changes);
    this.announce(accountId, book, changes);
  }

  /** A change is committed and in the book: index it, tell the world. */
  private announce(accountId: string, book: Book, changes: BookChanges): void {
    this.commits++;
    this.index(accountId, book);
    this.deps.committed(changes, book);
    this.requote(accountId, book, changes);
  }

  /**
   * An order decided while its transaction was in flight was not in the trigger board when the
   * quotes of that time arrived: it is evaluated now against the latest one, so a quote that
   * crossed it meanwhile fills it instead of leaving it to a later quote at another price.
   */
  private requote(accountId: string, book: Book, changes: BookChanges): void {
    const symbols = new Set<string>();
    for (const order of changes.orders)
      if (order.status === OrderStatus.Working) symbols.add(order.symbol);
    for (const symbol of symbols) {
      const latest = this.latestQuotes.get(symbol);
      if (latest === undefined) continue;
      // Undefined once the symbol is no longer followed: no live price to act on.
      const quote = latest();
      if (quote === undefined || book.candidates(symbol, quote).length === 0) continue;
      this.evaluate(symbol, quote, latest, [accountId]);
    }
  }

  /**
   * A quote of `symbol` arrived: the accounts whose orders it may reach are evaluated together —
   * each in its turn, all decided on their books, all written in one transaction (one commit
   * for a move of the market that fills orders of a thousand accounts). Should that fail (an
   * account moved on elsewhere), each is committed on its own. An account with an evaluation of
   * the symbol already waiting is left to it: it reads the latest quote when it runs.
   */
  quoted(symbol: string, quote: EngineQuote, latest: () => EngineQuote | undefined): void {
    this.latestQuotes.set(symbol, latest);
    this.evaluate(symbol, quote, latest, this.board.candidates(symbol, quote));
  }

  private evaluate(
    symbol: string,
    quote: EngineQuote,
    latest: () => EngineQuote | undefined,
    accountIds: Iterable<string>,
  ): void {
    if (this.closed) return;
    const due: string[] = [];
    for (const accountId of accountIds) {
      const desk = this.desks.get(accountId);
      if (desk === undefined || desk.pendingQuotes.has(symbol)) continue;
      if (!desk.book.mayAct(symbol, quote)) continue;
      desk.pendingQuotes.add(symbol);
      due.push(accountId);
    }
    if (due.length === 0) return;
    this.together(due, async (books) => {
      for (const accountId of books.keys()) {
        if (this.desks.get(accountId)?.pendingQuotes.delete(symbol) !== true)
          books.delete(accountId);
      }
      // In groups, the event loop turning between them: the first fills are on their way to
      // clients while the next are decided.
      const entries = [...books];
      for (let start = 0; start < entries.length; start += QUOTE_GROUP) {
        if (start > 0) await new Promise((resolve) => setImmediate(resolve));
        await this.commitTogether(
          new Map(entries.slice(start, start + QUOTE_GROUP)),
          (_, book, env) => onQuote(book, env, symbol, latest() ?? quote),
          `evaluating ${symbol}`,
        );
      }
    }).catch((error: unknown) => this.deps.onError(error, `evaluating ${symbol}`));
  }

  /**
   * Decides a change on each of `books` in turn, writes them all in one transaction, then
   * applies and announces them. Should the transaction fail (an account moved on elsewhere),
   * each is decided again and committed on its own.
   */
  private async commitTogether(
    books: ReadonlyMap<string, Book>,
    decide: (accountId: string, book: Book, env: EngineEnv) => BookChanges | undefined,
    what: string,
  ): Promise<void> {
    if (this.closed) return;
    const env = this.deps.env();
    const decided: { accountId: string; book: Book; changes: BookChanges }[] = [];
    for (const [accountId, book] of books) {
      const changes = decide(accountId, book, env);
      if (changes !== undefined && !changes.empty) decided.push({ accountId, book, changes });
    }
    if (decided.length === 0) return;
    const { repo } = this.deps;
    try {
      await repo.transaction((tx) =>
        repo.writeAll(
          tx,
          decided.map((d) => d.changes),
          env.now,
        ),
      );
    } catch (error) {
      if (decided.length === 1 && !(error instanceof StaleBookError)) throw error;
      for (const { accountId, book } of decided) {
        await this.commit(
          accountId,
          book,
          (b, e) => ({ changes: decide(accountId, b, e) ?? unchanged(b), result: undefined }),
          {},
        ).catch((failure: unknown) => this.deps.onError(failure, `${what} for ${accountId}`));
      }
      return;
    }
    for (const { accountId, book, changes } of decided) this.applied(accountId, book, changes);
  }

  /**
   * Runs `task` once every account of `accountIds` has reached its turn, holding all their
   * queues until it ends. Joining the queues in one synchronous step keeps every such group in
   * the same order in every queue, so two groups can never wait for each other.
   */
  private together(
    accountIds: readonly string[],
    task: (books: Map<string, Book>) => Promise<void>,
  ): Promise<void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const arrivals = accountIds.map(
      (accountId) =>
        new Promise<[string, Book] | undefined>((arrived) => {
          this.serial(accountId, async (book) => {
            arrived([accountId, book]);
            await released;
          }).catch(() => arrived(undefined));
        }),
    );
    return Promise.all(arrivals)
      .then((books) => task(new Map(books.filter((b) => b !== undefined))))
      .finally(release);
  }

  /**
   * Expires the due orders of `accountIds` (docs/broker.md#durations). One worker takes them in rounds of at
   * most EXPIRY_ROUND orders over as many accounts, each round one transaction, with a turn of
   * the event loop between rounds: ten thousand orders due at one instant are all Canceled
   * within a second and nothing else waits long behind them.
   */
  expire(accountIds: Iterable<string>): void {
    if (this.closed) return;
    for (const accountId of accountIds)
      if (this.desks.has(accountId)) this.dueAccounts.add(accountId);
    if (!this.expiring && this.dueAccounts.size > 0) void this.expireRounds();
  }

  private async expireRounds(): Promise<void> {
    this.expiring = true;
    try {
      while (!this.closed && this.dueAccounts.size > 0) {
        const round = [...this.dueAccounts].slice(0, EXPIRY_ROUND);
        for (const accountId of round) this.dueAccounts.delete(accountId);
        let budget = EXPIRY_ROUND;
        await this.together(round, (books) =>
          this.commitTogether(
            books,
            (accountId, book, env) => {
              // Past the round's budget, or with more due than it took: the next round.
              if (budget <= 0) {
                this.dueAccounts.add(accountId);
                return undefined;
              }
              const changes = expireOrders(book, env, budget);
              budget -= changes.orders.length;
              if (budget <= 0) this.dueAccounts.add(accountId);
              return changes;
            },
            'expiring orders',
          ),
        ).catch((error: unknown) => this.deps.onError(error, 'expiring orders'));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.expiring = false;
    }
  }

  /** When each account's next order expires. */
  nextExpiries(): { accountId: string; at: number }[] {
    const due: { accountId: string; at: number }[] = [];
    for (const [accountId, desk] of this.desks) {
      const at = desk.book.nextExpiry();
      if (at !== undefined) due.push({ accountId, at });
    }
    return due;
  }

  /** Waits for every queued task (tests' idle barrier; shutdown). */
  async idle(): Promise<void> {
    for (;;) {
      const queues = [...this.desks.values()].map((d) => d.queue);
      await Promise.all(queues);
      const again = this.expiring || [...this.desks.values()].some((d, i) => d.queue !== queues[i]);
      if (!again) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }

  /** Keeps the symbol maps and the trigger board in step with the account's book. */
  private index(accountId: string, book: Book | undefined): void {
    const before = this.symbolsOf.get(accountId);
    const orders = new Set<string>();
    const values = new Set<string>();
    if (book !== undefined) {
      for (const symbol of book.workingSymbols()) {
        orders.add(symbol);
        this.board.set(accountId, symbol, book.triggerSummary(symbol));
      }
      for (const [symbol] of book.positionEntries()) {
        for (const valued of this.valuing(symbol, book.account.currency)) values.add(valued);
      }
    }
    let changed = false;
    if (before !== undefined) {
      for (const symbol of before.orders) {
        if (orders.has(symbol)) continue;
        this.board.set(accountId, symbol, undefined);
        changed = removeFromSet(this.ordersIn, symbol, accountId) || changed;
      }
      for (const symbol of before.values) {
        if (!values.has(symbol))
          changed = removeFromSet(this.valuesIn, symbol, accountId) || changed;
      }
    }
    for (const symbol of orders) {
      if (before?.orders.has(symbol) !== true)
        changed = addToSet(this.ordersIn, symbol, accountId) || changed;
    }
    for (const symbol of values) {
      if (before?.values.has(symbol) !== true)
        changed = addToSet(this.valuesIn, symbol, accountId) || changed;
    }
    if (book === undefined) this.symbolsOf.delete(accountId);
    else this.symbolsOf.set(accountId, { orders, values });
    // Once for all the accounts a batch changed, not once for each.
    if (changed && !this.symbolsDirty) {
      this.symbolsDirty = true;
      queueMicrotask(() => {
        this.symbolsDirty = false;
        this.deps.symbolsChanged();
      });
    }
  }

  /** The symbols whose quotes value a position in `symbol` for an account in `currency`. */
  private valuing(symbol: string, currency: string): readonly string[] {
    let byCurrency = this.valuingCache.get(currency);
    if (byCurrency === undefined) this.valuingCache.set(currency, (byCurrency = new Map()));
    let symbols = byCurrency.get(symbol);
    if (symbols === undefined) {
      const pair = conversionPair(this.deps.env().market, symbol, currency);
      symbols = pair === undefined ? [symbol] : [symbol, pair];
      byCurrency.set(symbol, symbols);
    }
    return symbols;
  }
}

/** The waiting commands of one batch: up to MAX_BATCH, a command that must be alone by itself. */
function takeBatch(jobs: Job[]): Job[] {
  if (jobs[0]?.hooks.alone === true) return jobs.splice(0, 1);
  let count = 0;
  while (count < jobs.length && count < MAX_BATCH && jobs[count]!.hooks.alone !== true) count++;
  return jobs.splice(0, count);
}
