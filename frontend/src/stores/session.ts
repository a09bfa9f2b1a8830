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
  /** Bumped on every switch between backend and offline demo; views reload on change. */
  const generation = ref(0);
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
   * While a re-read is in flight, each push is applied at once and also kept here, to be applied
   * again on top of what the read returns: the read may predate the push (a position closed
   * meanwhile would come back) or miss what it created (an order placed meanwhile would vanish).
   * Pushes carry whole objects, so the replay ends at the newest state.
   */
  let replay: (() => void)[] | null = null;
  const live = (apply: () => void) => {
    apply();
    replay?.push(apply);
  };

  const host: BrokerHost = {
    orderUpdate(order) {
      const { applied, previous } = orders.apply(order);
      if (applied) announce(order, previous);
      replay?.push(() => orders.apply(order));
    },
    positionUpdate: (position) => live(() => positions.apply(position)),
    executionUpdate: (execution) => live(() => executions.apply(execution)),
    equityUpdate: (equity) => live(() => account.setEquity(equity)),
    connectionStatusUpdate: (info) => connection.setBrokerInfo(info),
    fullUpdate: () => void refreshAll(),
  };

  let refreshes = 0;
  /** The generation whose account the stores hold; a switch starts the account over. */
  let storedGeneration = -1;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = RETRY_FIRST_MS;

  /**
   * Re-reads the whole account (after a start, a reconnect or a switch). A read that fails is
   * tried again, later and later, until one lands or another read starts.
   */
  async function refreshAll(): Promise<void> {
    clearTimeout(retryTimer);
    const service = broker();
    // Only the latest re-read may land: an older one finishing last (a slow server read after a
    // switch to the offline demo) would put another account's data on screen.
    const mine = ++refreshes;
    const forGeneration = generation.value;
    const pushed: (() => void)[] = [];
    replay = pushed;
    // Replayed after each step that replaces stores, always from the start of the read: a fill
    // pushed early must survive the executions step too.
    const replayPushed = () => {
      for (const apply of [...pushed]) apply();
    };
    try {
      const [infos, orderList, positionList, equity] = await Promise.all([
        service.accountsMetainfo(),
        service.orders(),
        service.positions(),
        service.equity(),
      ]);
      if (mine !== refreshes) return;
      // After a switch the stores hold another account: nothing of it may survive the merge.
      const sameAccount = storedGeneration === forGeneration;
      account.setInfo(infos[0] ?? null);
      const changes = orders.replaceAll(orderList, sameAccount);
      // Within one account, a fill or rejection the pushes missed (the socket was down) is told
      // now; after a switch the whole account is new and nothing is announced.
      if (sameAccount) for (const { order, previous } of changes) announce(order, previous);
      positions.replaceAll(positionList);
      account.setEquity(equity);
      storedGeneration = forGeneration;
      replayPushed();
      const traded = [...new Set(orderList.filter((o) => o.filledQty > 0).map((o) => o.symbol))];
      learnInstruments(orderList.map((o) => o.symbol));
      const fills = await Promise.all(traded.map((symbol) => service.executions(symbol)));
      if (mine !== refreshes) return;
      executions.replaceAll(fills.flat(), sameAccount);
      replayPushed();
      replay = null;
      retryDelay = RETRY_FIRST_MS;
    } catch (cause) {
      if (mine !== refreshes) return;
      replayPushed();
      replay = null;
      // The mode monitor handles an unreachable backend; this is only what the trader sees now.
      toasts.show('error', 'Could not load the account', errorMessage(cause));
      retryTimer = setTimeout(() => {
        if (mine === refreshes && session.value !== null) void refreshAll();
      }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
    }
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
    feed.getQuotes(symbols, quotes.apply, () => undefined);
    feed.subscribeQuotes(symbols, [market.symbol], quotes.apply, QUOTES_GUID);
  }

  let starting: Promise<void> | null = null;
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
            if (session.value !== created) return; // the first decision: begin() goes on below
            generation.value++;
            quotes.clear();
            resolving = new Set();
            // Nothing of the other account stays on screen, even if its first read fails.
            orders.replaceAll([], false);
            positions.replaceAll([]);
            executions.replaceAll([], false);
            account.clear();
            retryDelay = RETRY_FIRST_MS;
            subscribeQuotes();
            // The switch itself asked for a re-read before this bump, so that read took the new
            // account for the old one (merging its fills, announcing its history). This read
            // supersedes it: only the latest lands.
            void refreshAll();
          },
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

  function stop(): void {
    clearTimeout(retryTimer);
    refreshes++; // a read still in flight lands nowhere and retries nothing
    replay = null;
    pending?.stop();
    pending = null;
    starting = null;
    stopQuoteWatch?.();
    stopQuoteWatch = undefined;
    session.value?.stop();
    session.value = null;
  }

  return { ready, generation, datafeed, broker, start, stop, refreshAll };
});
