// Connects the terminal's stores to its trading session: the broker's pushes land in the
// order, position, execution and account stores (with a toast for each fill or rejection), a
// full re-read replaces them, and one quote subscription covers every symbol on screen.
import { errorMessage } from '../formatting/errorMessage';
import { OrderStatus } from '@trading-pro/contract';
import { defineStore } from 'pinia';
import { computed, markRaw, ref, shallowRef, watch } from 'vue';
import { formatPrice, formatQty } from '../formatting/numbers';
import { orderRoleLabel, sideLabel } from '../formatting/orderLabels';
import type { BrokerHost, BrokerService } from '../services/broker.service';
import type { DatafeedService } from '../services/datafeed.service';
import {
  createTradingSession,
  type TradingSession,
  type TradingSessionOptions,
} from '../services/tradingSession';
import type { Order } from '../types/broker';
import { useAccountStore } from './account';
import { useConnectionStore } from './connection';
import { useExecutionsStore } from './executions';
import { useInstrumentsStore } from './instruments';
import { useMarketStore } from './market';
import { useOrdersStore } from './orders';
import { usePositionsStore } from './positions';
import { useQuotesStore } from './quotes';
import { useToastsStore } from './toasts';

export type SessionFactory = (options: TradingSessionOptions) => TradingSession;

const QUOTES_GUID = 'terminal-quotes';
/** A failed account read is tried again after 1 s, then 2, 4 … up to 30 s. */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;

export const useSessionStore = defineStore('session', () => {
  const connection = useConnectionStore();
  const orders = useOrdersStore();
  const positions = usePositionsStore();
  const executions = useExecutionsStore();
  const account = useAccountStore();
  const market = useMarketStore();
  const quotes = useQuotesStore();
  const toasts = useToastsStore();
  const instruments = useInstrumentsStore();

  const session = shallowRef<TradingSession | null>(null);
  /**
   * Bumped on every switch between the server and the offline demo account (not when the
   * server drops and returns: that is the same account); views reload on change.
   */
  const generation = ref(0);
  /** Fills made on the demo account since the trader entered it, told when leaving it. */
  const demoTrades = new Set<string>();
  const ready = computed(() => session.value !== null && connection.mode !== 'checking');

  const datafeed = (): DatafeedService => required().datafeed;
  const broker = (): BrokerService => required().broker;
  function required(): TradingSession {
    if (session.value === null) throw new Error('The trading session is not started');
    return session.value;
  }

  function announce(order: Order, previous: Order | undefined): void {
    if (previous?.status === order.status) return;
    const what = `${sideLabel(order.side)} ${formatQty(order.qty)} ${order.symbol}`;
    const role = orderRoleLabel(order);
    if (order.status === OrderStatus.Filled) {
      toasts.show(
        'success',
        `${role || 'Order'} filled`,
        `${what} @ ${formatPrice(order.avgPrice, instruments.priceDecimals(order.symbol))}`,
      );
    } else if (order.status === OrderStatus.Rejected) {
      toasts.show('error', 'Order rejected', `${what}: ${order.rejectReason ?? 'refused'}`);
    }
  }

  /**
   * The account's change sequence (docs/broker.md#change-sequence): every push carries the change it reflects, a
   * re-read answers the account as of one change. Pushes older than the last snapshot are
   * stale and dropped; while a re-read is in flight pushes wait, and those its snapshot already
   * holds are dropped when it lands.
   */
  let floor = -1;
  let waiting: { seq: number; apply: () => void }[] | null = null;
  const push = (seq: number, apply: () => void) => {
    connection.markUpdate();
    if (seq < floor) return;
    if (waiting === null) apply();
    else waiting.push({ seq, apply });
  };

  const host: BrokerHost = {
    orderUpdate: (order, seq) =>
      push(seq, () => {
        const { applied, previous } = orders.apply(order);
        if (applied) announce(order, previous);
      }),
    positionUpdate: (position, seq) => push(seq, () => positions.apply(position)),
    executionUpdate: (execution, seq) => {
      if (connection.mode === 'demo') demoTrades.add(execution.id);
      push(seq, () => executions.apply(execution));
    },
    equityUpdate: (equity, seq) => push(seq, () => account.setEquity(equity)),
    connectionStatusUpdate: (info) => connection.setBrokerInfo(info),
    fullUpdate: () => void refreshAll(),
  };

  let refreshes = 0;
  /** The account whose state the stores hold, in which mode; another one starts over. */
  let stored: { generation: number; accountId: string } | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = RETRY_FIRST_MS;

  /** Empties the stores: nothing of one account may stay on screen for another. */
  function forgetAccount(): void {
    orders.replaceAll([]);
    positions.replaceAll([]);
    executions.replaceAll([]);
    account.clear();
    floor = -1;
    stored = undefined;
  }

  /**
   * Re-reads the account in one snapshot (after a start, a reconnect, a switch). A read that
   * fails is tried again, later and later, until one lands or another read starts.
   */
  async function refreshAll(): Promise<void> {
    clearTimeout(retryTimer);
    const service = broker();
    // Only the latest re-read may land: an older one finishing last (a slow server read after a
    // switch to the offline demo) would put another account's data on screen.
    const mine = ++refreshes;
    const forGeneration = generation.value;
    waiting ??= [];
    try {
      const [snapshot, accounts] = await Promise.all([
        service.snapshot(),
        service.accountsMetainfo(),
      ]);
      if (mine !== refreshes) return;
      const sameAccount =
        stored?.generation === forGeneration && stored.accountId === snapshot.account.id;
      if (!sameAccount) forgetAccount();
      account.setAccounts(accounts);
      account.setInfo(snapshot.account);
      const changes = orders.replaceAll(snapshot.orders);
      // Within one account, a fill or rejection the pushes missed (the socket was down) is told
      // now; another account is new as a whole and nothing of it is announced.
      if (sameAccount) for (const { order, previous } of changes) announce(order, previous);
      positions.replaceAll(snapshot.positions);
      executions.replaceAll(snapshot.executions);
      account.setEquity(snapshot.equity);
      learnInstruments(snapshot.orders.map((o) => o.symbol));
      stored = { generation: forGeneration, accountId: snapshot.account.id };
      floor = snapshot.seq;
      const pending = waiting ?? [];
      waiting = null;
      // What the snapshot holds is dropped; what happened since is applied, in order.
      for (const { seq, apply } of pending) if (seq > floor) apply();
      retryDelay = RETRY_FIRST_MS;
      connection.markUpdate();
    } catch (cause) {
      if (mine !== refreshes) return;
      const pending = waiting ?? [];
      waiting = null;
      for (const { seq, apply } of pending) if (seq >= floor) apply();
      // An unreachable server has its banner; anything else is what the trader sees now.
      if (connection.mode !== 'disconnected')
        toasts.show('error', 'Could not load the account', errorMessage(cause));
      retryTimer = setTimeout(() => {
        if (mine === refreshes && session.value !== null) void refreshAll();
      }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
    }
  }

  /** Trades on another account: the screen empties at once, then its snapshot fills it. */
  async function switchAccount(accountId: string): Promise<void> {
    if (accountId === broker().currentAccount()) return;
    refreshes++; // a read of the previous account lands nowhere
    waiting = null;
    forgetAccount();
    await broker().setCurrentAccount(accountId);
  }

  /** Every symbol the terminal shows a price for. */
  const quotedSymbols = computed(() =>
    [
      ...new Set([
        market.symbol,
        ...market.watchlist,
        ...positions.open.map((p) => p.symbol),
        ...orders.working.map((o) => o.symbol),
      ]),
    ].sort(),
  );

  /** Symbols whose instrument was asked for in this mode (answered or not: asked once). */
  let resolving = new Set<string>();

  /** Resolves the instruments not known yet, for their price precision. */
  function learnInstruments(symbols: Iterable<string>): void {
    const feed = datafeed();
    for (const symbol of new Set(symbols)) {
      if (instruments.knows(symbol) || resolving.has(symbol)) continue;
      resolving.add(symbol);
      // A symbol that fails to resolve keeps showing the digits its prices carry.
      feed.resolveSymbol(symbol, instruments.learn, () => undefined);
    }
  }

  function subscribeQuotes(): void {
    const feed = datafeed();
    feed.unsubscribeQuotes(QUOTES_GUID);
    const symbols = quotedSymbols.value;
    if (symbols.length === 0) return;
    learnInstruments(symbols);
    const received: typeof quotes.apply = (data) => {
      connection.markUpdate();
      quotes.apply(data);
    };
    feed.getQuotes(symbols, received, () => undefined);
    feed.subscribeQuotes(symbols, [market.symbol], received, QUOTES_GUID);
  }

  let starting: Promise<void> | null = null;
  /** What the installed objects trade on; undefined until the first install. */
  let source: 'server' | 'demo' | undefined;
  /** Created and deciding its mode; a stop() in that time must reach it. */
  let pending: TradingSession | null = null;
  let stopQuoteWatch: (() => void) | undefined;

  /** Starts the session once; concurrent calls share the same start. */
  function start(factory: SessionFactory = createTradingSession): Promise<void> {
    starting ??= begin(factory).finally(() => (starting = null));
    return starting;
  }

  async function begin(factory: SessionFactory): Promise<void> {
    if (session.value !== null) return;
    const created = markRaw(
      factory({
        host,
        events: {
          onMode(mode) {
            connection.setMode(mode);
            if (mode === 'checking') return;
            // The server, reachable or not, is one source; the demo account is the other.
            const previous = source;
            source = mode === 'demo' ? 'demo' : 'server';
            if (source === 'demo' && previous !== 'demo') demoTrades.clear();
            if (previous === source) return; // the server dropped or returned: same account
            if (session.value !== created) return; // the first install: begin() goes on below
            generation.value++;
            quotes.clear();
            resolving = new Set();
            // Nothing of the other account stays on screen, even if its first read fails.
            forgetAccount();
            retryDelay = RETRY_FIRST_MS;
            subscribeQuotes();
            // The switch itself asked for a re-read before this bump, so that read took the new
            // account for the old one (merging its fills, announcing its history). This read
            // supersedes it: only the latest lands.
            void refreshAll();
          },
          onReachability: (reachability) => connection.setReachability(reachability),
          onEndpointStatus: (endpoint, status) => connection.setEndpoint(endpoint, status),
        },
      }),
    );
    pending = created;
    await created.start();
    if (pending !== created) return; // stopped while deciding
    pending = null;
    session.value = created;
    await refreshAll();
    if (session.value !== created) return; // stopped while reading the account
    subscribeQuotes();
    // A string key: the set of symbols and the fast (charted) one, compared by value, so order
    // updates that leave both alone do not resubscribe.
    stopQuoteWatch = watch(() => `${quotedSymbols.value.join()}|${market.symbol}`, subscribeQuotes);
  }

  /** The trader chose the offline demo account (also from the first screen, before a start). */
  function enterDemo(): void {
    (session.value ?? pending)?.enterDemo();
  }

  /** Back to the server; says what stays behind on the demo account. */
  function leaveDemo(): void {
    if (session.value === null || connection.mode !== 'demo') return;
    const trades = demoTrades.size;
    session.value.leaveDemo();
    toasts.show(
      'info',
      'Left the offline demo account',
      trades === 0
        ? 'No demo trades were made.'
        : `${trades} demo ${trades === 1 ? 'trade is' : 'trades are'} not on your paper account.`,
    );
  }

  function stop(): void {
    clearTimeout(retryTimer);
    refreshes++; // a read still in flight lands nowhere and retries nothing
    waiting = null;
    pending?.stop();
    pending = null;
    starting = null;
    stopQuoteWatch?.();
    stopQuoteWatch = undefined;
    session.value?.stop();
    session.value = null;
    source = undefined;
    // The next start may trade on another source (the server after the demo): nothing of this
    // one stays on screen, even if the next first read fails.
    forgetAccount();
    quotes.clear();
    resolving = new Set();
    connection.setMode('checking');
  }

  return {
    ready,
    generation,
    datafeed,
    broker,
    start,
    stop,
    refreshAll,
    switchAccount,
    enterDemo,
    leaveDemo,
  };
});
