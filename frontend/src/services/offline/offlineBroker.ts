// The paper broker the terminal uses while the backend is unreachable: the backend's semantics
// (SPEC §5, §7) on an account kept in the browser. Quotes come from the datafeed it is given;
// state lives in Web Storage so a reload loses nothing.
//
// Commands and quote ticks run one at a time through a queue, so a command that waits for a
// quote or a symbol never interleaves with a fill; each one mutates the state, then saves it and
// tells the host what changed, once.
import {
  ConnectionStatus,
  OrderStatus,
  OrderType,
  hasLimitPrice,
  hasStopPrice,
} from '@trading-pro/contract';
import { BrokerRequestError, type BrokerHost, type BrokerService } from '../broker.service';
import type { DatafeedService } from '../datafeed.service';
import type { AccountMetainfo, Brackets, PreOrder } from '../../types/broker';
import type { QuoteData } from '../../types/market';
import {
  expectedPrice,
  formatAmount,
  marginFor,
  markPrice,
  orderPreview,
  roundQuantity,
  type BidAsk,
} from '@trading-pro/contract/paper';
import { orderStatusLabel } from '../../formatting/orderLabels';
import {
  ChangeSet,
  accountEquity,
  checkMargin,
  createOrder,
  defined,
  evaluateOrder,
  isExit,
  leverageOf,
  reject,
  sideOf,
  syncExits,
  toOrder,
  toPosition,
  conversionError,
  conversionSymbol,
  fxRate,
  OFFLINE_CURRENCY,
  touch,
  watchedSymbols,
  workingOrders,
  type EngineContext,
} from './brokerEngine';
import {
  LEVERAGE_MIN,
  LEVERAGE_STEP,
  brokerInstrument,
  exitSide,
  leverageErrors,
  orderErrors,
  positionBracketErrors,
  preOrderShapeErrors,
  type BrokerInstrument,
} from './brokerRules';
import {
  emptyState,
  loadState,
  saveState,
  type BrokerState,
  type BrokerStorage,
  type StoredOrder,
} from './brokerState';

export interface OfflineBrokerOptions {
  /** Unix ms now. */
  clock?: () => number;
  /** Where the account is kept; null keeps it in memory only. Defaults to localStorage. */
  storage?: BrokerStorage | null;
  initialDeposit?: number;
  /** Commission as a fraction of traded value. */
  commissionRate?: number;
}

export const OFFLINE_ACCOUNT: Readonly<AccountMetainfo> = Object.freeze({
  id: 'offline-demo',
  name: 'Offline demo',
  currency: OFFLINE_CURRENCY,
});
export const DEFAULT_DEPOSIT = 100_000;
export const DEFAULT_COMMISSION_RATE = 0.0005;
/** Finished orders and executions kept: Web Storage holds a few MB, and a demo runs for days. */
export const MAX_FINISHED_ORDERS = 1000;
export const MAX_EXECUTIONS = 2000;
/** Above this leverage a preview warns. */
const HIGH_LEVERAGE = 10;

const badRequest = (errors: string[]) => new BrokerRequestError(errors.join('; '), 400);

export function createOfflineBroker(
  host: BrokerHost,
  datafeed: DatafeedService,
  options: OfflineBrokerOptions = {},
): BrokerService {
  const clock = options.clock ?? (() => Date.now());
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const commissionRate = options.commissionRate ?? DEFAULT_COMMISSION_RATE;
  const state: BrokerState =
    (storage === null ? undefined : loadState(storage)) ??
    emptyState(options.initialDeposit ?? DEFAULT_DEPOSIT);

  /** Latest quote of each watched symbol; dropped when the symbol stops being watched. */
  const quotes = new Map<string, BidAsk>();
  const instruments = new Map<string, Promise<BrokerInstrument>>();
  /** The unrealised P&L last pushed per position, to push positions only when it moves. */
  const shownPl = new Map<string, number>();
  /** The quote subscription and the symbols it covers (those syncQuotes found watched). */
  let subscription: { guid: string; key: string; symbols: ReadonlySet<string> } | undefined;
  let subscriptionCount = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let destroyed = false;
  let storageWarned = false;

  // ---- plumbing ----------------------------------------------------------------------------

  const serial = <T>(command: () => Promise<T> | T): Promise<T> => {
    const run = () => {
      if (destroyed) throw new BrokerRequestError('The offline demo broker has been closed', 409);
      return command();
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const context = (changes: ChangeSet, commandQuotes = quotes): EngineContext => ({
    state,
    changes,
    now: clock(),
    commissionRate,
    currency: OFFLINE_ACCOUNT.currency,
    quotes: commandQuotes,
  });

  const instrumentOf = (symbol: string): Promise<BrokerInstrument> => {
    let instrument = instruments.get(symbol);
    if (instrument === undefined) {
      instrument = new Promise<BrokerInstrument>((resolve, fail) =>
        datafeed.resolveSymbol(
          symbol,
          (info) => resolve(brokerInstrument(info)),
          () => fail(badRequest([`symbol: unknown symbol "${symbol}"`])),
        ),
      );
      instruments.set(symbol, instrument);
      // A failure is not remembered: the symbol may resolve once the catalogue is reachable.
      instrument.catch(() => instruments.delete(symbol));
    }
    return instrument;
  };

  /** The watched symbol's latest quote, or a fresh one for a symbol not watched yet. */
  const quoteOf = (symbol: string): Promise<BidAsk> => {
    const cached = quotes.get(symbol);
    if (cached !== undefined) return Promise.resolve(cached);
    return new Promise<BidAsk>((resolve, fail) =>
      datafeed.getQuotes(
        [symbol],
        (data) => {
          const quote = data[0];
          if (quote?.s === 'ok') resolve({ bid: quote.v.bid, ask: quote.v.ask });
          else fail(badRequest([`symbol: no quote for "${symbol}"`]));
        },
        (reason) => fail(badRequest([`symbol: no quote for "${symbol}": ${reason}`])),
      ),
    );
  };

  /**
   * The quotes a command on `symbol` is valued with: the watched ones, the symbol's own and the
   * FX pair converting its prices (fetched when not watched yet).
   */
  const quotesFor = async (symbol: string, quote: BidAsk): Promise<Map<string, BidAsk>> => {
    const all = new Map(quotes).set(symbol, quote);
    const pair = conversionSymbol(symbol);
    if (pair !== undefined && !all.has(pair)) all.set(pair, await quoteOf(pair));
    return all;
  };

  const equity = () => accountEquity(state, quotes);

  const persist = () => {
    if (storage === null) return;
    try {
      saveState(storage, state);
    } catch (error) {
      // Full or forbidden storage must not stop trading; say so once, not on every change.
      if (!storageWarned) console.warn('Offline broker: the demo account cannot be saved', error);
      storageWarned = true;
    }
  };

  /** Forgets the oldest finished orders and executions beyond what storage should hold. */
  const trim = () => {
    const finished = state.orders.filter((o) => o.status !== OrderStatus.Working).length;
    let excess = finished - MAX_FINISHED_ORDERS;
    if (excess > 0) {
      state.orders = state.orders.filter((o) => o.status === OrderStatus.Working || excess-- <= 0);
    }
    if (state.executions.length > MAX_EXECUTIONS) {
      state.executions = state.executions.slice(-MAX_EXECUTIONS);
    }
  };

  /** Follows the quotes of exactly the symbols with working orders or open positions. */
  const syncQuotes = (seeds: readonly (readonly [string, BidAsk])[] = []) => {
    const wanted = destroyed ? [] : watchedSymbols(state);
    for (const symbol of [...quotes.keys()]) if (!wanted.includes(symbol)) quotes.delete(symbol);
    // A quote fetched for this command stands in until the subscription's first push.
    for (const [symbol, quote] of seeds) {
      if (wanted.includes(symbol) && !quotes.has(symbol)) quotes.set(symbol, quote);
    }
    const key = wanted.join(',');
    if (subscription?.key === key) return;
    if (subscription !== undefined) datafeed.unsubscribeQuotes(subscription.guid);
    subscription = undefined;
    if (wanted.length === 0) return;
    const guid = `offline-broker-quotes-${++subscriptionCount}`;
    subscription = { guid, key, symbols: new Set(wanted) };
    datafeed.subscribeQuotes(
      wanted,
      [],
      (data) => {
        if (subscription?.guid !== guid) return;
        serial(() => onQuotes(guid, data)).catch((error: unknown) => {
          if (!destroyed) console.error('Offline broker: a quote tick failed', error);
        });
      },
      guid,
    );
  };

  const pushPosition = (symbol: string, position = toPosition(state, symbol, quotes)) => {
    if (position.qty === 0) shownPl.delete(symbol);
    else shownPl.set(symbol, position.unrealizedPl);
    host.positionUpdate(position);
  };

  /** Saves and announces a finished command or tick. */
  const commit = (changes: ChangeSet, seeds: readonly (readonly [string, BidAsk])[] = []) => {
    if (changes.empty) return;
    trim();
    persist();
    syncQuotes(seeds);
    if (destroyed) return;
    for (const order of changes.orders.values()) host.orderUpdate(toOrder(order));
    for (const execution of changes.executions) host.executionUpdate({ ...execution });
    for (const symbol of changes.symbols) pushPosition(symbol);
    host.equityUpdate(equity());
  };

  const onQuotes = async (guid: string, data: QuoteData[]) => {
    if (subscription?.guid !== guid) return;
    // Every change of state ends in syncQuotes, so the subscription's symbols are the watched ones.
    const wanted = subscription.symbols;
    const fresh: [string, BidAsk][] = [];
    for (const quote of data) {
      if (quote.s !== 'ok' || !wanted.has(quote.n)) continue;
      const bidAsk = { bid: quote.v.bid, ask: quote.v.ask };
      quotes.set(quote.n, bidAsk);
      fresh.push([quote.n, bidAsk]);
    }
    const changes = new ChangeSet();
    for (const [symbol, quote] of fresh) {
      const working = workingOrders(state, symbol);
      if (working.length === 0) continue;
      const instrument = await instrumentOf(symbol);
      const ctx = context(changes);
      // Orders change in place: one an earlier fill cancelled (one-cancels-other) is no longer
      // Working, and evaluateOrder leaves it alone.
      for (const order of working) evaluateOrder(ctx, order, instrument, quote);
    }
    commit(changes);
    if (destroyed || Object.keys(state.positions).length === 0) return;
    for (const symbol of Object.keys(state.positions)) {
      if (changes.symbols.has(symbol)) continue;
      // The P&L moves with the symbol's quote and with its FX pair's.
      const position = toPosition(state, symbol, quotes);
      if (shownPl.get(symbol) !== position.unrealizedPl) pushPosition(symbol, position);
    }
    // Open positions are revalued on every tick, whether or not an order moved.
    if (changes.empty) host.equityUpdate(equity());
  };

  const workingOrder = (orderId: string): StoredOrder => {
    const order = state.orders.find((o) => o.id === orderId);
    if (order === undefined) throw new BrokerRequestError(`Unknown order ${orderId}`, 404);
    if (order.status !== OrderStatus.Working) {
      throw new BrokerRequestError(
        `Order ${orderId} is ${orderStatusLabel(order.status)}, not Working`,
        409,
      );
    }
    return order;
  };

  const openPosition = (positionId: string) => {
    const position = state.positions[positionId];
    if (position === undefined) {
      throw new BrokerRequestError(`No open position in "${positionId}"`, 404);
    }
    return position;
  };

  // ---- start -------------------------------------------------------------------------------

  host.connectionStatusUpdate({
    status: ConnectionStatus.Connected,
    message: 'Offline demo account',
    timestamp: clock(),
  });
  // A restored account has working orders and positions to follow straight away.
  syncQuotes();

  // ---- the service -------------------------------------------------------------------------

  return {
    connectionStatus: () => ConnectionStatus.Connected,
    accountsMetainfo: async () => [{ ...OFFLINE_ACCOUNT }],
    currentAccount: () => OFFLINE_ACCOUNT.id,
    orders: async () => state.orders.map(toOrder),
    positions: async () =>
      Object.keys(state.positions).map((symbol) => toPosition(state, symbol, quotes)),
    executions: async (symbol) =>
      state.executions.filter((e) => e.symbol === symbol).map((e) => ({ ...e })),
    equity: async () => equity(),

    placeOrder: (pre) =>
      serial(async () => {
        const shape = preOrderShapeErrors(pre);
        if (shape.length > 0) throw badRequest(shape);
        const instrument = await instrumentOf(pre.symbol);
        const quote = await quoteOf(instrument.symbol);
        const errors = orderErrors(pre, instrument, quote);
        const unconvertible = conversionError(instrument.symbol);
        if (unconvertible !== undefined) errors.push(unconvertible);
        if (errors.length > 0) throw badRequest(errors);
        const commandQuotes = await quotesFor(instrument.symbol, quote);
        const changes = new ChangeSet();
        const ctx = context(changes, commandQuotes);
        const order = createOrder(ctx, {
          ...entryFields(pre),
          symbol: instrument.symbol,
          type: pre.type,
          side: pre.side,
          qty: roundQuantity(pre.qty),
        });
        const margin = checkMargin(ctx, order, expectedPrice(order, quote));
        // Refused for money, not for form: the order exists, Rejected with the reason, as the
        // backend does, so the trader sees it in the orders list.
        if (!margin.ok) reject(ctx, order, margin.reason);
        else evaluateOrder(ctx, order, instrument, quote);
        commit(changes, [...commandQuotes]);
        return { orderId: order.id };
      }),

    previewOrder: async (pre) => {
      const shape = preOrderShapeErrors(pre);
      if (shape.length > 0) return { sections: [], warnings: [], errors: shape };
      let instrument: BrokerInstrument;
      let quote: BidAsk;
      try {
        instrument = await instrumentOf(pre.symbol);
        quote = await quoteOf(instrument.symbol);
      } catch (error) {
        return { sections: [], warnings: [], errors: [(error as Error).message] };
      }
      // Unknown for a currency no pair converts: the preview then refuses it and says why.
      const fx = await quotesFor(instrument.symbol, quote).then(
        (all) => fxRate(instrument.symbol, all),
        () => undefined,
      );
      return orderPreview({
        order: pre,
        instrument,
        quote,
        equity: equity(),
        position: state.positions[instrument.symbol],
        leverage: leverageOf(state, instrument.symbol),
        commissionRate,
        accountCurrency: OFFLINE_ACCOUNT.currency,
        fx,
        now: clock(),
      });
    },

    modifyOrder: (orderId, pre) =>
      serial(async () => {
        const order = workingOrder(orderId);
        const shape = preOrderShapeErrors(pre);
        if (shape.length > 0) throw badRequest(shape);
        const instrument = await instrumentOf(order.symbol);
        if ((await instrumentOf(pre.symbol)).symbol !== order.symbol) {
          throw badRequest([`symbol: an order's symbol cannot change (${order.symbol})`]);
        }
        if (pre.side !== order.side) throw badRequest(["side: an order's side cannot change"]);
        if (pre.type !== order.type) {
          throw badRequest(["type: an order's type cannot change; cancel and place a new one"]);
        }
        const quote = await quoteOf(order.symbol);
        const exit = isExit(order);
        // An exit's quantity and brackets belong to its position; only its price may move.
        const errors = exit
          ? orderErrors(
              { ...pre, takeProfit: undefined, stopLoss: undefined, guaranteedStop: undefined },
              instrument,
              quote,
            )
          : orderErrors(pre, instrument, quote);
        if (errors.length > 0) throw badRequest(errors);
        const changes = new ChangeSet();
        const ctx = context(changes);
        const fields = entryFields(pre);
        if (fields.limitPrice !== undefined) order.limitPrice = fields.limitPrice;
        if (fields.stopPrice !== undefined) order.stopPrice = fields.stopPrice;
        if (!exit) {
          order.qty = roundQuantity(pre.qty);
          for (const key of [
            'takeProfit',
            'stopLoss',
            'guaranteedStop',
            'trailingStopPips',
          ] as const) {
            if (fields[key] === undefined) delete order[key];
            else order[key] = fields[key];
          }
        }
        touch(ctx, order);
        evaluateOrder(ctx, order, instrument, quote);
        commit(changes);
      }),

    cancelOrder: (orderId) =>
      serial(() => {
        const order = workingOrder(orderId);
        const changes = new ChangeSet();
        order.status = OrderStatus.Canceled;
        touch(context(changes), order);
        commit(changes);
      }),

    closePosition: (positionId, amount) =>
      serial(async () => {
        const position = openPosition(positionId);
        const size = Math.abs(position.qty);
        if (amount !== undefined) {
          if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
            throw badRequest([`amount: must be a number above 0, got ${String(amount)}`]);
          }
          if (amount > size) {
            throw badRequest([`amount: ${amount} exceeds the position's quantity ${size}`]);
          }
        }
        const instrument = await instrumentOf(positionId);
        const quote = await quoteOf(positionId);
        const changes = new ChangeSet();
        const ctx = context(changes);
        const order = createOrder(ctx, {
          symbol: positionId,
          type: OrderType.Market,
          side: exitSide(sideOf(position)),
          qty: roundQuantity(amount ?? size),
        });
        // Reduce-only, so the margin check inside always passes: closing is never refused.
        evaluateOrder(ctx, order, instrument, quote);
        commit(changes);
      }),

    editPositionBrackets: (positionId, brackets) =>
      serial(async () => {
        const position = openPosition(positionId);
        const instrument = await instrumentOf(positionId);
        const quote = await quoteOf(positionId);
        const errors = positionBracketErrors(sideOf(position), brackets, instrument, quote);
        if (errors.length > 0) throw badRequest(errors);
        const changes = new ChangeSet();
        const ctx = context(changes);
        // The whole set is replaced: a field left out removes that exit (SPEC §7).
        syncExits(ctx, positionId, instrument, quote, {
          brackets: defined<Brackets>({
            stopLoss: brackets.stopLoss,
            takeProfit: brackets.takeProfit,
            trailingStopPips: brackets.trailingStopPips,
            guaranteedStop: brackets.guaranteedStop,
          }),
        });
        ctx.changes.symbols.add(positionId);
        commit(changes);
      }),

    leverageInfo: async ({ symbol }) => {
      const instrument = await instrumentOf(symbol);
      return {
        title: `Leverage for ${instrument.symbol}`,
        leverage: leverageOf(state, instrument.symbol),
        min: LEVERAGE_MIN,
        max: instrument.maxLeverage,
        step: LEVERAGE_STEP,
      };
    },

    setLeverage: (params) =>
      serial(async () => {
        const instrument = await instrumentOf(params.symbol);
        const errors = [
          ...leverageErrors(params.leverage, instrument),
          ...leverageMarginErrors(instrument.symbol, params.leverage),
        ];
        if (errors.length > 0) throw badRequest(errors);
        state.leverage[instrument.symbol] = params.leverage;
        persist();
        if (!destroyed) host.equityUpdate(equity());
        return { leverage: params.leverage };
      }),

    previewLeverage: async (params) => {
      let instrument: BrokerInstrument;
      try {
        instrument = await instrumentOf(params.symbol);
      } catch (error) {
        return { errors: [(error as Error).message] };
      }
      const invalid = leverageErrors(params.leverage, instrument);
      if (invalid.length > 0) return { errors: invalid };
      const symbol = instrument.symbol;
      const current = leverageOf(state, symbol);
      const infos = [`Leverage of ${symbol}: ${current} → ${params.leverage}`];
      const position = state.positions[symbol];
      if (position !== undefined) {
        // As the account's own figures count it: marked to the quote, in the account currency.
        const fx = fxRate(symbol, quotes) ?? 1;
        const mark = markPrice(position, quotes.get(symbol));
        const margin = (leverage: number) =>
          `${formatAmount(marginFor(position.qty, mark, leverage, fx))} ${OFFLINE_CURRENCY}`;
        infos.push(`Margin of the open position: ${margin(current)} → ${margin(params.leverage)}`);
      }
      const warnings =
        params.leverage > HIGH_LEVERAGE
          ? [`Leverage above ${HIGH_LEVERAGE} magnifies losses as much as gains`]
          : [];
      return { infos, warnings, errors: leverageMarginErrors(symbol, params.leverage) };
    },

    destroy() {
      destroyed = true;
      syncQuotes();
      quotes.clear();
    },
  };

  /**
   * Lowering the leverage of an open position raises its margin; refused when that would leave
   * negative margin available, as an order doing so would be (SPEC §5).
   */
  function leverageMarginErrors(symbol: string, leverage: number): string[] {
    // Raising the leverage frees margin: always allowed, a way out of a shortfall.
    if (state.positions[symbol] === undefined || leverage >= leverageOf(state, symbol)) return [];
    const after = accountEquity(state, quotes, { [symbol]: leverage });
    if (after.marginAvailable >= 0) return [];
    return [
      `leverage: ${leverage} would need ${formatAmount(after.marginUsed)} ` +
        `${OFFLINE_ACCOUNT.currency} of margin, more than the equity of ${formatAmount(after.equity)}`,
    ];
  }
}

/** The PreOrder's prices and brackets that its type uses; the rest is dropped. */
function entryFields(pre: PreOrder): Partial<StoredOrder> {
  const needsLimit = hasLimitPrice(pre.type);
  const needsStop = hasStopPrice(pre.type);
  return defined({
    limitPrice: needsLimit ? pre.limitPrice : undefined,
    stopPrice: needsStop ? pre.stopPrice : undefined,
    takeProfit: pre.takeProfit,
    stopLoss: pre.stopLoss,
    guaranteedStop: pre.guaranteedStop,
    trailingStopPips: pre.trailingStopPips,
    stopType: pre.stopType,
  });
}

/** localStorage when the page may use it (it throws in some privacy modes). */
function browserStorage(): BrokerStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
