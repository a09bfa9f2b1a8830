import { OrderStatus, OrderType, ParentType, Side } from '@trading-pro/contract';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import {
  fakeBroker,
  fakeDatafeed,
  fakeSessionFactory,
  testAccount,
  testEquity,
  testSymbolInfo,
} from '../testing/fakeServices';
import type { AccountSnapshot, Execution, Order, Position } from '../types/broker';
import type { QuoteData, QuoteValues } from '../types/market';
import { useAccountStore } from './account';
import { useConnectionStore } from './connection';
import { useExecutionsStore } from './executions';
import { useInstrumentsStore } from './instruments';
import { useMarketStore } from './market';
import { useOrdersStore } from './orders';
import { usePositionsStore } from './positions';
import { useQuotesStore } from './quotes';
import { useSessionStore } from './session';
import { useToastsStore } from './toasts';

const order = (
  id: string,
  symbol: string,
  status: OrderStatus,
  extra: Partial<Order> = {},
): Order => ({
  id,
  symbol,
  type: OrderType.Market,
  side: Side.Buy,
  qty: 2,
  status,
  filledQty: status === OrderStatus.Filled ? 2 : 0,
  avgPrice: status === OrderStatus.Filled ? 190.12 : 0,
  updateTime: Number(id) * 1000,
  ...extra,
});
const position = (symbol: string, qty = 1): Position => ({
  id: symbol,
  symbol,
  qty,
  side: Side.Buy,
  avgPrice: 100,
  unrealizedPl: 0,
});
const execution = (id: string, symbol: string): Execution => ({
  id,
  orderId: id,
  symbol,
  price: 100,
  qty: 1,
  side: Side.Buy,
  time: Number(id),
  commission: 0,
});
const quoteValues = (lp: number): QuoteValues => ({
  ch: 0,
  chp: 0,
  short_name: 'AAPL',
  exchange: 'NASDAQ',
  description: 'Apple',
  lp,
  ask: lp,
  bid: lp,
  spread: 0,
  open_price: lp,
  high_price: lp,
  low_price: lp,
  prev_close_price: lp,
  volume: 0,
});
const GUID = 'terminal-quotes';
const snapshot = (
  seq: number,
  content: Partial<Pick<AccountSnapshot, 'orders' | 'positions' | 'executions'>> = {},
  account = testAccount,
): AccountSnapshot => ({
  seq,
  account: { ...account },
  orders: [],
  positions: [],
  executions: [],
  equity: testEquity,
  ...content,
});

beforeEach(() => {
  localStorage.clear();
  // The chart shows TSLA; the watchlist holds AAPL and MSFT.
  localStorage.setItem('trading-pro.chart.v1', JSON.stringify({ symbol: 'TSLA', resolution: '1' }));
  localStorage.setItem('trading-pro.watchlist.v1', JSON.stringify(['MSFT', 'AAPL']));
  setActivePinia(createPinia());
});
// No retry of a failed read outlives its test.
afterEach(() => useSessionStore().stop());

async function started(setup: (broker: ReturnType<typeof fakeBroker>) => void = () => undefined) {
  const datafeed = fakeDatafeed();
  const broker = fakeBroker();
  setup(broker);
  const fake = fakeSessionFactory(datafeed, broker);
  const session = useSessionStore();
  await session.start(fake.factory);
  const host = () => fake.options().host;
  const events = () => fake.options().events;
  /** The symbols and fast symbols of the latest quote subscription. */
  const subscribed = () => {
    const call = datafeed.subscribeQuotes.mock.lastCall!;
    return { symbols: call[0], fast: call[1], guid: call[3] };
  };
  return { session, datafeed, broker, fake, host, events, subscribed };
}

describe('useSessionStore: start', () => {
  it('is not ready before start, and refuses to hand out services', () => {
    const session = useSessionStore();
    expect(session.ready).toBe(false);
    expect(() => session.broker()).toThrow('not started');
    expect(() => session.datafeed()).toThrow('not started');
  });

  it('starts the session once, records its mode and hands out its services', async () => {
    const { session, fake, datafeed, broker } = await started();
    expect(fake.factory).toHaveBeenCalledTimes(1);
    expect(useConnectionStore().mode).toBe('online');
    expect(session.ready).toBe(true);
    expect(session.broker()).toBe(broker);
    expect(session.datafeed()).toBe(datafeed);
    expect(session.generation).toBe(0);
    await session.start(fake.factory);
    expect(fake.factory).toHaveBeenCalledTimes(1);
  });

  it('reads the whole account in one snapshot, and the list of accounts', async () => {
    const { broker } = await started((broker) => {
      broker.snapshot.mockResolvedValue(
        snapshot(7, {
          orders: [
            order('1', 'AAPL', OrderStatus.Filled),
            order('2', 'AAPL', OrderStatus.Filled),
            order('3', 'NVDA', OrderStatus.Working),
            order('4', 'TSLA', OrderStatus.Canceled),
          ],
          positions: [position('AAPL', 4)],
          executions: [execution('1', 'AAPL'), execution('2', 'AAPL')],
        }),
      );
      broker.accountsMetainfo.mockResolvedValue([
        testAccount,
        { id: 'A2', name: 'Two', currency: 'USD' },
      ]);
    });
    expect(useAccountStore().info).toEqual(testAccount);
    expect(useAccountStore().accounts.map((a) => a.id)).toEqual([testAccount.id, 'A2']);
    expect(useAccountStore().equity).toEqual(testEquity);
    expect(useOrdersStore().working.map((o) => o.id)).toEqual(['3']);
    expect(useOrdersStore().history.map((o) => o.id)).toEqual(['4', '2', '1']);
    expect(usePositionsStore().open.map((p) => p.symbol)).toEqual(['AAPL']);
    expect(useExecutionsStore().list.map((e) => e.id)).toEqual(['2', '1']);
    // One read: no per-symbol requests.
    expect(broker.snapshot).toHaveBeenCalledTimes(1);
    expect(broker.executions).not.toHaveBeenCalled();
    expect(broker.orders).not.toHaveBeenCalled();
  });

  it('tells the trader when the account cannot be read', async () => {
    await started((broker) => broker.snapshot.mockRejectedValue(new Error('database is starting')));
    expect(useToastsStore().toasts).toMatchObject([
      { kind: 'error', title: 'Could not load the account', text: 'database is starting' },
    ]);
  });
});

describe('useSessionStore: broker pushes', () => {
  it('land in the stores', async () => {
    const { host } = await started();
    host().positionUpdate(position('AAPL', 3), 1);
    host().executionUpdate(execution('5', 'AAPL'), 1);
    host().equityUpdate({ ...testEquity, equity: 1 }, 1);
    host().connectionStatusUpdate({ status: 1, timestamp: 5 });
    expect(usePositionsStore().open.map((p) => p.qty)).toEqual([3]);
    expect(useExecutionsStore().list.map((e) => e.id)).toEqual(['5']);
    expect(useAccountStore().equity?.equity).toBe(1);
    expect(useConnectionStore().brokerInfo).toEqual({ status: 1, timestamp: 5 });
  });

  it('toast a fill once, when the order becomes Filled', async () => {
    const { host } = await started();
    const toasts = useToastsStore();
    host().orderUpdate(order('1', 'AAPL', OrderStatus.Working), 1);
    expect(toasts.toasts).toEqual([]);
    host().orderUpdate(order('1', 'AAPL', OrderStatus.Filled, { updateTime: 2000 }), 2);
    expect(toasts.toasts).toMatchObject([
      { kind: 'success', title: 'Order filled', text: 'Buy 2 AAPL @ 190.12' },
    ]);
    host().orderUpdate(order('1', 'AAPL', OrderStatus.Filled, { updateTime: 3000 }), 3);
    expect(toasts.toasts).toHaveLength(1);
  });

  it('toast a rejection once, with its reason', async () => {
    const { host } = await started();
    const rejected = order('2', 'TSLA', OrderStatus.Rejected, {
      side: Side.Sell,
      qty: 1,
      rejectReason: 'Not enough margin',
    });
    host().orderUpdate(rejected, 1);
    host().orderUpdate({ ...rejected, updateTime: rejected.updateTime + 1 }, 2);
    expect(useToastsStore().toasts).toMatchObject([
      { kind: 'error', title: 'Order rejected', text: 'Sell 1 TSLA: Not enough margin' },
    ]);
  });

  it('name a bracket exit in its fill toast', async () => {
    const { host } = await started();
    host().orderUpdate(
      order('3', 'AAPL', OrderStatus.Filled, {
        type: OrderType.Limit,
        parentId: 'AAPL',
        parentType: ParentType.Position,
      }),
      1,
    );
    expect(useToastsStore().toasts[0]?.title).toBe('Take profit filled');
  });

  it('do not toast a fill the snapshot already held', async () => {
    const { host } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(4, { orders: [order('1', 'AAPL', OrderStatus.Filled)] }),
      ),
    );
    host().orderUpdate(order('1', 'AAPL', OrderStatus.Filled), 4);
    expect(useToastsStore().toasts).toEqual([]);
  });

  it('fullUpdate re-reads the account', async () => {
    const { host, broker } = await started();
    broker.snapshot.mockResolvedValue(snapshot(2, { positions: [position('NVDA')] }));
    host().fullUpdate();
    await flushPromises();
    expect(broker.snapshot).toHaveBeenCalledTimes(2);
    expect(usePositionsStore().open.map((p) => p.symbol)).toEqual(['NVDA']);
  });

  it('a re-read toasts a fill and a rejection the pushes missed, once', async () => {
    const { host, broker } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(2, {
          orders: [order('1', 'AAPL', OrderStatus.Working), order('2', 'AAPL', OrderStatus.Filled)],
        }),
      ),
    );
    // While the socket was down: order 1 filled, order 2 stayed filled, order 3 was placed
    // elsewhere and rejected.
    broker.snapshot.mockResolvedValue(
      snapshot(5, {
        orders: [
          order('1', 'AAPL', OrderStatus.Filled, { updateTime: 5000 }),
          order('2', 'AAPL', OrderStatus.Filled),
          order('3', 'TSLA', OrderStatus.Rejected, { rejectReason: 'Not enough margin' }),
        ],
      }),
    );
    host().fullUpdate();
    await flushPromises();
    expect(useToastsStore().toasts).toMatchObject([
      { kind: 'success', title: 'Order filled', text: 'Buy 2 AAPL @ 190.12' },
      { kind: 'error', title: 'Order rejected', text: 'Buy 2 TSLA: Not enough margin' },
    ]);
    host().fullUpdate();
    await flushPromises();
    expect(useToastsStore().toasts).toHaveLength(2);
  });

  it('a re-read after a switch of mode toasts nothing', async () => {
    const { host, broker, events } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(1, { orders: [order('1', 'AAPL', OrderStatus.Working)] }),
      ),
    );
    broker.snapshot.mockResolvedValue(
      snapshot(9, { orders: [order('1', 'AAPL', OrderStatus.Filled, { updateTime: 5000 })] }),
    );
    events().onMode('demo');
    host().fullUpdate();
    await flushPromises();
    expect(useToastsStore().toasts).toEqual([]);
  });

  it('only the latest of overlapping re-reads lands', async () => {
    const { host, broker } = await started();
    const slow = deferred<AccountSnapshot>();
    broker.snapshot.mockReturnValueOnce(slow.promise);
    host().fullUpdate();
    broker.snapshot.mockResolvedValueOnce(
      snapshot(3, { orders: [order('9', 'MSFT', OrderStatus.Working)] }),
    );
    host().fullUpdate();
    await flushPromises();
    slow.resolve(snapshot(2, { orders: [order('1', 'AAPL', OrderStatus.Working)] }));
    await flushPromises();
    expect([...useOrdersStore().byId.keys()]).toEqual(['9']);
  });
});

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('useSessionStore: the change sequence', () => {
  it('drops pushes the snapshot already holds and applies those after it, in order', async () => {
    const { host, broker } = await started((broker) =>
      broker.snapshot.mockResolvedValue(snapshot(1, { positions: [position('AAPL', 1)] })),
    );
    const read = deferred<AccountSnapshot>();
    broker.snapshot.mockReturnValueOnce(read.promise);
    host().fullUpdate();
    // Pushed while the read is in flight: change 4 (the snapshot holds it) and change 6 (after it).
    host().positionUpdate(position('AAPL', 0), 4);
    host().orderUpdate(order('7', 'AAPL', OrderStatus.Working), 6);
    expect(usePositionsStore().open).toHaveLength(1); // nothing lands before the snapshot
    read.resolve(snapshot(5, { positions: [position('AAPL', 2)] }));
    await flushPromises();
    expect(usePositionsStore().open.map((p) => p.qty)).toEqual([2]);
    expect(useOrdersStore().working.map((o) => o.id)).toEqual(['7']);
  });

  it('drops a push older than the last snapshot, whenever it arrives', async () => {
    const { host } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(5, { orders: [order('1', 'AAPL', OrderStatus.Canceled)] }),
      ),
    );
    host().orderUpdate(order('1', 'AAPL', OrderStatus.Filled, { updateTime: 9_000 }), 3);
    expect(useOrdersStore().byId.get('1')?.status).toBe(OrderStatus.Canceled);
    expect(useToastsStore().toasts).toEqual([]);
    // A push at the snapshot's own change (a later valuation of it) is taken.
    host().equityUpdate({ ...testEquity, equity: 42 }, 5);
    expect(useAccountStore().equity?.equity).toBe(42);
  });

  it('starts the sequence over for another account', async () => {
    const { host, broker, session } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(50, { orders: [order('1', 'AAPL', OrderStatus.Working)] }),
      ),
    );
    const other = { id: 'A2', name: 'Two', currency: 'USD' };
    broker.snapshot.mockResolvedValue(snapshot(2, {}, other));
    broker.currentAccount.mockReturnValue(testAccount.id);
    const switching = session.switchAccount('A2');
    // The screen empties at once.
    expect(useOrdersStore().all).toEqual([]);
    expect(useAccountStore().info).toBeNull();
    await switching;
    expect(broker.setCurrentAccount).toHaveBeenCalledWith('A2');
    host().fullUpdate(); // as the service asks after a switch
    await flushPromises();
    expect(useAccountStore().info).toEqual(other);
    // Its change 3 is news, though the first account was at 50.
    host().orderUpdate(order('1', 'BTCUSD', OrderStatus.Working), 3);
    expect(useOrdersStore().working.map((o) => o.symbol)).toEqual(['BTCUSD']);
  });
});

describe('useSessionStore: a read that fails', () => {
  afterEach(() => vi.useRealTimers());

  it('is tried again later and later until one lands', async () => {
    vi.useFakeTimers();
    const { broker } = await started();
    broker.snapshot.mockRejectedValue(new Error('The broker is starting'));
    await useSessionStore().refreshAll();
    expect(broker.snapshot).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(broker.snapshot).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(broker.snapshot).toHaveBeenCalledTimes(3); // the second wait is 2 s
    broker.snapshot.mockResolvedValue(
      snapshot(4, { orders: [order('4', 'MSFT', OrderStatus.Working)] }),
    );
    await vi.advanceTimersByTimeAsync(1);
    expect(broker.snapshot).toHaveBeenCalledTimes(4);
    expect(useOrdersStore().working.map((o) => o.id)).toEqual(['4']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(broker.snapshot).toHaveBeenCalledTimes(4); // landed: no more tries
  });

  it('after a switch leaves nothing of the other account on screen', async () => {
    const { broker, events, host } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(9, {
          orders: [order('1', 'AAPL', OrderStatus.Working, { updateTime: 9_000 })],
          positions: [position('AAPL', 3)],
        }),
      ),
    );
    broker.snapshot.mockRejectedValue(new Error('The broker is starting'));
    events().onMode('demo');
    await flushPromises();
    expect(useOrdersStore().all).toEqual([]);
    expect(usePositionsStore().open).toEqual([]);
    expect(useAccountStore().info).toBeNull();
    // The new account's order "1" is its own, not the old one's: its fill is taken and told.
    host().orderUpdate(order('1', 'AAPL', OrderStatus.Filled, { updateTime: 8_000 }), 1);
    expect(useOrdersStore().byId.get('1')?.status).toBe(OrderStatus.Filled);
    expect(useToastsStore().toasts.map((t) => t.title)).toContain('Order filled');
    useSessionStore().stop();
  });
});

describe('useSessionStore: quotes', () => {
  it('subscribes one listener to the chart, watchlist, position and working-order symbols', async () => {
    const { datafeed, subscribed } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(2, {
          positions: [position('NVDA')],
          orders: [order('1', 'AMD', OrderStatus.Working), order('2', 'IBM', OrderStatus.Filled)],
        }),
      ),
    );
    const symbols = ['AAPL', 'AMD', 'MSFT', 'NVDA', 'TSLA'];
    expect(datafeed.getQuotes).toHaveBeenCalledTimes(1);
    expect(datafeed.getQuotes.mock.calls[0]![0]).toEqual(symbols);
    expect(subscribed()).toEqual({ symbols, fast: ['TSLA'], guid: GUID });
    expect(datafeed.subscribeQuotes).toHaveBeenCalledTimes(1);
  });

  it('puts snapshot and streamed quotes into the quotes store', async () => {
    const { datafeed } = await started();
    const quote = (lp: number): QuoteData[] => [{ s: 'ok', n: 'AAPL', v: quoteValues(lp) }];
    datafeed.getQuotes.mock.calls[0]![1](quote(100));
    datafeed.subscribeQuotes.mock.calls[0]![2](quote(101));
    expect(useQuotesStore().bySymbol.get('AAPL')).toMatchObject({
      direction: 'up',
      values: { lp: 101 },
    });
  });

  it('subscribes again when the set of symbols changes', async () => {
    const { datafeed, host, subscribed } = await started();
    datafeed.unsubscribeQuotes.mockClear();
    useMarketStore().addToWatchlist('GOOG');
    await nextTick();
    expect(datafeed.unsubscribeQuotes).toHaveBeenCalledWith(GUID);
    expect(subscribed().symbols).toEqual(['AAPL', 'GOOG', 'MSFT', 'TSLA']);

    host().positionUpdate(position('NVDA'), 1);
    await nextTick();
    expect(subscribed().symbols).toEqual(['AAPL', 'GOOG', 'MSFT', 'NVDA', 'TSLA']);

    host().positionUpdate(position('NVDA', 0), 2);
    await nextTick();
    expect(subscribed().symbols).toEqual(['AAPL', 'GOOG', 'MSFT', 'TSLA']);
    expect(datafeed.subscribeQuotes).toHaveBeenCalledTimes(4);
  });

  it('does not subscribe again when the set stays the same', async () => {
    const { datafeed, host } = await started();
    host().positionUpdate(position('AAPL'), 1);
    useMarketStore().addToWatchlist('MSFT');
    await nextTick();
    expect(datafeed.subscribeQuotes).toHaveBeenCalledTimes(1);
    expect(datafeed.unsubscribeQuotes).toHaveBeenCalledTimes(1); // only the one before the first subscribe
  });

  it('charting a new symbol makes it the fast symbol', async () => {
    const { subscribed } = await started();
    useMarketStore().selectSymbol('NVDA');
    await nextTick();
    expect(subscribed()).toMatchObject({ symbols: ['AAPL', 'MSFT', 'NVDA'], fast: ['NVDA'] });
  });

  it('charting a symbol already quoted for another reason makes it the fast symbol', async () => {
    useMarketStore().addToWatchlist('TSLA');
    const { subscribed } = await started();
    useMarketStore().selectSymbol('AAPL');
    await nextTick();
    expect(subscribed()).toMatchObject({ symbols: ['AAPL', 'MSFT', 'TSLA'], fast: ['AAPL'] });
  });

  it('charting a watchlist symbol makes it the fast symbol', async () => {
    const { subscribed } = await started();
    useMarketStore().selectSymbol('AAPL');
    await nextTick();
    expect(subscribed()).toMatchObject({ symbols: ['AAPL', 'MSFT'], fast: ['AAPL'] });
  });
});

describe('useSessionStore: instruments', () => {
  it('resolves each quoted or traded symbol once, for its price precision', async () => {
    const { datafeed, broker, host } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(1, { orders: [order('1', 'EURUSD', OrderStatus.Filled)] }),
      ),
    );
    // The stand-in answers when asked, as the services do (possibly later).
    const asked = datafeed.resolveSymbol.mock.calls.map(([symbol]) => symbol).sort();
    expect(asked).toEqual(['AAPL', 'EURUSD', 'MSFT', 'TSLA']);
    for (const [symbol, onResolve] of datafeed.resolveSymbol.mock.calls)
      onResolve(testSymbolInfo(symbol, symbol === 'EURUSD' ? 100000 : 100));
    expect(useInstrumentsStore().priceDecimals('EURUSD')).toBe(5);

    // Asked once: a re-read or a new quote subscription does not ask again.
    broker.snapshot.mockResolvedValue(
      snapshot(2, { orders: [order('1', 'EURUSD', OrderStatus.Filled)] }),
    );
    host().fullUpdate();
    await flushPromises();
    useMarketStore().selectSymbol('AAPL');
    await nextTick();
    expect(datafeed.resolveSymbol).toHaveBeenCalledTimes(4);

    // A fill toast shows the instrument's digits: 1.0841 is shown as 1.08410.
    host().orderUpdate(order('7', 'EURUSD', OrderStatus.Filled, { avgPrice: 1.0841 }), 3);
    expect(useToastsStore().toasts.at(-1)?.text).toBe('Buy 2 EURUSD @ 1.08410');
  });

  it('asks again, after a switch, for a symbol that never resolved', async () => {
    const { datafeed, events } = await started();
    const answer = datafeed.resolveSymbol.mock.calls.find(([symbol]) => symbol === 'AAPL')!;
    answer[1](testSymbolInfo('AAPL', 100));
    datafeed.resolveSymbol.mockClear();
    events().onMode('demo');
    expect(datafeed.resolveSymbol.mock.calls.map(([symbol]) => symbol).sort()).toEqual([
      'MSFT',
      'TSLA',
    ]);
  });
});

describe('useSessionStore: mode and endpoints', () => {
  it('a switch of mode bumps the generation, drops old quotes and subscribes again', async () => {
    const { events, datafeed, subscribed } = await started();
    useQuotesStore().apply([{ s: 'error', n: 'AAPL', v: { error: 'x' } }]);
    events().onMode('demo');
    expect(useConnectionStore().mode).toBe('demo');
    expect(useSessionStore().generation).toBe(1);
    expect(useQuotesStore().errors.size).toBe(0);
    expect(datafeed.getQuotes).toHaveBeenCalledTimes(2);
    expect(datafeed.subscribeQuotes).toHaveBeenCalledTimes(2);
    expect(subscribed().symbols).toEqual(['AAPL', 'MSFT', 'TSLA']);
    events().onMode('online');
    expect(useSessionStore().generation).toBe(2);
  });

  it('a switch replaces the account whole, though the service asks for the re-read first', async () => {
    const { host, events, broker } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(3, {
          orders: [order('1', 'AAPL', OrderStatus.Filled)],
          executions: [execution('1', 'AAPL')],
        }),
      ),
    );
    expect(useExecutionsStore().list.map((e) => e.id)).toEqual(['1']);
    // The other account: one filled order of its own, no fills of the first.
    broker.snapshot.mockResolvedValue(
      snapshot(1, {
        orders: [order('2', 'MSFT', OrderStatus.Filled)],
        executions: [execution('2', 'MSFT')],
      }),
    );
    // As the switching broker does: the re-read is requested, then the mode is announced.
    host().fullUpdate();
    events().onMode('demo');
    await flushPromises();
    expect(useExecutionsStore().list.map((e) => e.id)).toEqual(['2']);
    expect([...useOrdersStore().byId.keys()]).toEqual(['2']);
    // Its history is not news.
    expect(useToastsStore().toasts).toEqual([]);
  });

  it('records each endpoint status', async () => {
    const { events } = await started();
    events().onEndpointStatus('broker', 'reconnecting');
    expect(useConnectionStore().endpoints).toEqual({
      datafeed: 'connected',
      broker: 'reconnecting',
    });
  });

  it('stop() while the first probe is pending stops that session and never starts it', async () => {
    const fake = fakeSessionFactory();
    const session = useSessionStore();
    const starting = session.start(fake.factory);
    session.stop();
    await starting;
    expect(fake.stop).toHaveBeenCalledTimes(1);
    expect(session.ready).toBe(false);
    expect(() => session.broker()).toThrow();
  });

  it('concurrent start() calls create one session', async () => {
    const fake = fakeSessionFactory();
    const session = useSessionStore();
    await Promise.all([session.start(fake.factory), session.start(fake.factory)]);
    expect(fake.factory).toHaveBeenCalledTimes(1);
    expect(session.ready).toBe(true);
  });

  it('can start again after a stop, without doubling the quote subscription', async () => {
    const { session, fake, datafeed } = await started();
    session.stop();
    await session.start(fake.factory);
    const before = datafeed.subscribeQuotes.mock.calls.length;
    useMarketStore().selectSymbol('NVDA');
    await nextTick();
    expect(datafeed.subscribeQuotes.mock.calls.length).toBe(before + 1);
  });

  it('stop() stops the session and releases the services', async () => {
    const { session, fake } = await started();
    session.stop();
    expect(fake.stop).toHaveBeenCalledTimes(1);
    expect(session.ready).toBe(false);
    expect(() => session.broker()).toThrow();
  });
});

describe('useSessionStore: disconnected and the offline demo account', () => {
  it('keeps the account on screen and the generation while the server drops and returns', async () => {
    const { events, broker } = await started((broker) =>
      broker.snapshot.mockResolvedValue(
        snapshot(3, { positions: [position('AAPL', 3)], executions: [execution('1', 'AAPL')] }),
      ),
    );
    const before = useConnectionStore().lastUpdateAt;
    expect(before).not.toBeNull();
    events().onMode('disconnected');
    await flushPromises();
    expect(useConnectionStore().tradingPaused).toBe(true);
    expect(useSessionStore().generation).toBe(0);
    expect(usePositionsStore().open.map((p) => p.symbol)).toEqual(['AAPL']);
    expect(useExecutionsStore().list.map((e) => e.id)).toEqual(['1']);
    events().onMode('online');
    await flushPromises();
    expect(useSessionStore().generation).toBe(0);
    expect(broker.snapshot).toHaveBeenCalledTimes(1); // the sockets' resync asks, not the mode
    expect(useConnectionStore().tradingPaused).toBe(false);
  });

  it('pauses trading online until the broker link is open, and while it is down', async () => {
    await started();
    const connection = useConnectionStore();
    expect(connection.tradingPaused).toBe(false);
    for (const status of ['connecting', 'reconnecting', 'disconnected'] as const) {
      connection.setEndpoint('broker', status);
      expect(connection.tradingPaused, status).toBe(true);
    }
    connection.setEndpoint('broker', 'connected');
    expect(connection.tradingPaused).toBe(false);
    connection.setMode('demo');
    connection.setEndpoint('broker', 'disconnected');
    expect(connection.tradingPaused).toBe(false); // the demo trades in this browser
  });

  it('forgets the account on stop: a later start on another source shows nothing of it', async () => {
    const { session } = await started((broker) =>
      broker.snapshot.mockResolvedValue(snapshot(3, { positions: [position('AAPL', 3)] })),
    );
    useQuotesStore().apply([{ s: 'error', n: 'AAPL', v: { error: 'x' } }]);
    session.stop();
    expect(usePositionsStore().open).toEqual([]);
    expect(useAccountStore().info).toBeNull();
    expect(useQuotesStore().errors.size).toBe(0);
    expect(useConnectionStore().mode).toBe('checking');
  });

  it('says nothing of failed account reads while disconnected: the banner says it', async () => {
    const { events, broker, host } = await started();
    events().onMode('disconnected');
    broker.snapshot.mockRejectedValue(new Error('fetch failed'));
    host().fullUpdate();
    await flushPromises();
    expect(useToastsStore().toasts).toEqual([]);
  });

  it('enters the demo account only when asked, and leaving it tells how many demo trades stay there', async () => {
    const { session, fake, host } = await started();
    expect(useConnectionStore().mode).toBe('online');
    session.leaveDemo(); // not in the demo: nothing to leave
    expect(fake.factory.mock.results[0]!.value.leaveDemo).not.toHaveBeenCalled();
    session.enterDemo();
    expect(useConnectionStore().mode).toBe('demo');
    expect(session.generation).toBe(1);
    host().executionUpdate(execution('7', 'AAPL'), 1);
    host().executionUpdate(execution('8', 'MSFT'), 2);
    host().executionUpdate(execution('8', 'MSFT'), 2); // the same fill twice counts once
    session.leaveDemo();
    expect(useConnectionStore().mode).toBe('online');
    expect(session.generation).toBe(2);
    expect(useToastsStore().toasts.at(-1)).toMatchObject({
      kind: 'info',
      title: 'Left the offline demo account',
      text: '2 demo trades are not on your paper account.',
    });
    // A new visit counts from zero.
    session.enterDemo();
    host().executionUpdate(execution('9', 'AAPL'), 3);
    session.leaveDemo();
    expect(useToastsStore().toasts.at(-1)?.text).toBe('1 demo trade is not on your paper account.');
    session.enterDemo();
    session.leaveDemo();
    expect(useToastsStore().toasts.at(-1)?.text).toBe('No demo trades were made.');
  });
});
