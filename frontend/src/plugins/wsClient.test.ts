import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket } from '../testing/fakeSocket';
import { WsClient, type ConnectionStatus } from './wsClient';

const QUOTES = { symbols: ['AAPL'], fast_symbols: [] };
const TOPIC = 'quotes:{"fast_symbols":[],"symbols":["AAPL"]}';

function setup(extra: Partial<ConstructorParameters<typeof WsClient>[0]> = {}) {
  const sockets: FakeSocket[] = [];
  const statuses: ConnectionStatus[] = [];
  const client = new WsClient({
    url: 'ws://backend.test/api/v1/datafeed/ws',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    random: () => 0.5,
    onStatus: (s) => statuses.push(s),
    ...extra,
  });
  return { client, sockets, statuses, last: () => sockets.at(-1)! };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WsClient', () => {
  it('connects on the first subscription and subscribes once the socket is open', () => {
    const { client, sockets, statuses, last } = setup();
    expect(sockets).toHaveLength(0);
    client.subscribe('quotes', QUOTES, { update: () => undefined });
    expect(sockets).toHaveLength(1);
    expect(last().sent).toEqual([]);
    last().open();
    expect(last().sent).toEqual([{ type: 'quotes.subscribe', payload: QUOTES }]);
    expect(statuses).toEqual(['connecting', 'open']);
  });

  it('routes updates only after the server confirmed the subscription', () => {
    const { client, last } = setup();
    const seen: unknown[] = [];
    client.subscribe('quotes', QUOTES, { update: (d) => seen.push(d) });
    last().open();
    last().receive('quotes.update', { topic: TOPIC, payload: { n: 'early' } });
    expect(seen).toEqual([]);
    last().receive('quotes.subscribe.response', {
      status: 'ok',
      message: 'Subscribed',
      topic: TOPIC,
    });
    last().receive('quotes.update', { topic: TOPIC, payload: { n: 'AAPL' } });
    last().receive('quotes.update', { topic: 'quotes:{"other":1}', payload: { n: 'other' } });
    expect(seen).toEqual([{ n: 'AAPL' }]);
  });

  it('keeps one server subscription for many listeners and unsubscribes with the last', () => {
    const { client, last } = setup();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const stopA = client.subscribe('quotes', QUOTES, { update: (d) => a.push(d) });
    last().open();
    // Same params in another key order: the same topic.
    const stopB = client.subscribe(
      'quotes',
      { fast_symbols: [], symbols: ['AAPL'] },
      {
        update: (d) => b.push(d),
      },
    );
    last().receive('quotes.subscribe.response', { status: 'ok', message: '', topic: TOPIC });
    last().receive('quotes.update', { topic: TOPIC, payload: 1 });
    expect([a, b]).toEqual([[1], [1]]);
    expect(last().types()).toEqual(['quotes.subscribe']);
    stopA();
    stopA(); // a second call changes nothing
    expect(last().types()).toEqual(['quotes.subscribe']);
    stopB();
    expect(last().types()).toEqual(['quotes.subscribe', 'quotes.unsubscribe']);
  });

  it('tells the listeners why the server refused, and forgets the topic', () => {
    const { client, last } = setup();
    const refused: string[] = [];
    client.subscribe('quotes', QUOTES, {
      update: () => undefined,
      refused: (m) => refused.push(m),
    });
    last().open();
    last().receive('quotes.subscribe.response', {
      status: 'error',
      message: 'Unknown symbol "AAPL"',
      topic: TOPIC,
    });
    expect(refused).toEqual(['Unknown symbol "AAPL"']);
  });

  it('reconnects with growing, jittered delays and subscribes every topic again', () => {
    const { client, sockets, last, statuses } = setup({
      initialBackoffMs: 1000,
      maxBackoffMs: 4000,
    });
    client.subscribe('quotes', QUOTES, { update: () => undefined });
    client.subscribe('bars', { symbol: 'AAPL', resolution: '1' }, { update: () => undefined });
    last().open();
    last().drop(1006);
    expect(statuses.at(-1)).toBe('reconnecting');
    // random() = 0.5: 3/4 of the base delay. Base 1 s, then 2 s, then 4 s (the cap), then 4 s.
    for (const wait of [750, 1500, 3000, 3000]) {
      const before = sockets.length;
      vi.advanceTimersByTime(wait - 1);
      expect(sockets).toHaveLength(before);
      vi.advanceTimersByTime(1);
      expect(sockets).toHaveLength(before + 1);
      last().drop(1006);
    }
    vi.advanceTimersByTime(3000);
    last().open();
    expect(last().types().sort()).toEqual(['bars.subscribe', 'quotes.subscribe']);
    expect(statuses.at(-1)).toBe('open');
    // A connection dropped at once does not reset the backoff: still 3 s…
    last().drop(1006);
    vi.advanceTimersByTime(2999);
    expect(sockets).toHaveLength(6);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(7);
    // …but one that lasted (10 s) does: back to 750 ms.
    last().open();
    vi.advanceTimersByTime(10_000);
    last().drop(1006);
    vi.advanceTimersByTime(750);
    expect(sockets).toHaveLength(8);
  });

  it('reconnectNow() skips the backoff wait, and does nothing while connected or closed', () => {
    const { client, sockets, last } = setup({ initialBackoffMs: 8000, maxBackoffMs: 8000 });
    client.subscribe('quotes', QUOTES, { update: () => undefined });
    client.reconnectNow(); // connecting: nothing waits
    expect(sockets).toHaveLength(1);
    last().open();
    last().drop(1006);
    client.reconnectNow();
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(8000); // the cancelled wait opens no third socket
    expect(sockets).toHaveLength(2);
    client.close();
    client.reconnectNow();
    expect(sockets).toHaveLength(2);
  });

  const confirm = (socket: FakeSocket, topic = TOPIC, status: 'ok' | 'error' = 'ok') =>
    socket.receive('quotes.subscribe.response', { status, message: status, topic });

  const OTHER = { symbols: ['MSFT'], fast_symbols: [] };
  const OTHER_TOPIC = 'quotes:{"fast_symbols":[],"symbols":["MSFT"]}';
  /** Two topics, a drop, and back: the AAPL quotes confirmed, MSFT's not yet. */
  function reconnectedWithTwoTopics() {
    const onResync = vi.fn();
    const { client, last } = setup({ initialBackoffMs: 100, onResync });
    client.subscribe('quotes', QUOTES, { update: () => undefined });
    const leave = client.subscribe('quotes', OTHER, { update: () => undefined });
    last().open();
    last().drop(1006);
    vi.advanceTimersByTime(100);
    last().open();
    confirm(last());
    return { onResync, last, leave };
  }

  it('asks for a re-read after any drop, once back and live again, and never on the first open', () => {
    const onResync = vi.fn();
    const { client, last } = setup({ initialBackoffMs: 100, onResync });
    client.subscribe('quotes', QUOTES, { update: () => undefined });
    last().open();
    confirm(last());
    expect(onResync).not.toHaveBeenCalled();
    last().drop(1006);
    vi.advanceTimersByTime(100);
    last().open();
    // Not before the server streams again: a read taken earlier could miss a change in between.
    expect(onResync).not.toHaveBeenCalled();
    confirm(last());
    expect(onResync).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a topic whose last listener left during the wait', () => {
    const { onResync, leave } = reconnectedWithTwoTopics();
    expect(onResync).not.toHaveBeenCalled();
    leave(); // the watchlist changed while reconnecting
    expect(onResync).toHaveBeenCalledTimes(1);
  });

  it('asks for a re-read over REST after the server dropped it for lagging (1013)', () => {
    const onResync = vi.fn();
    const { client, last } = setup({ initialBackoffMs: 100, onResync });
    client.subscribe('quotes', QUOTES, { update: () => undefined });
    last().open();
    last().drop(1013);
    expect(onResync).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    last().open();
    confirm(last());
    expect(onResync).toHaveBeenCalledTimes(1);
  });

  it('waits for every topic, a refused one counting as settled, and forgets a wait the next drop ends', () => {
    const { onResync, last } = reconnectedWithTwoTopics();
    last().drop(1006); // dropped again before the second topic was live
    vi.advanceTimersByTime(200);
    last().open();
    confirm(last());
    expect(onResync).not.toHaveBeenCalled();
    confirm(last(), OTHER_TOPIC, 'error');
    expect(onResync).toHaveBeenCalledTimes(1);
  });

  it('pings while open and reconnects when nothing comes back', () => {
    const { client, sockets, last } = setup({ pingIntervalMs: 1000, initialBackoffMs: 100 });
    client.subscribe('quotes', QUOTES, { update: () => undefined });
    last().open();
    vi.advanceTimersByTime(1000);
    expect(last().types()).toContain('ping');
    last().receive('pong', {});
    vi.advanceTimersByTime(2000);
    expect(last().closedWith).toBeUndefined();
    vi.advanceTimersByTime(1000); // 3 s since the pong: more than two intervals of silence
    expect(last().closedWith).toBe(4001);
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(2);
  });

  it('ignores frames that are not JSON or not frames', () => {
    const { client, last } = setup();
    const seen: unknown[] = [];
    client.subscribe('quotes', QUOTES, { update: (d) => seen.push(d) });
    last().open();
    last().onmessage?.({ data: 'not json' });
    last().onmessage?.({ data: '[1,2]' });
    last().onmessage?.({ data: 'null' });
    expect(seen).toEqual([]);
  });

  it('stays closed after close(), and while nobody listens', () => {
    const { client, sockets, last, statuses } = setup({ initialBackoffMs: 100 });
    const stop = client.subscribe('quotes', QUOTES, { update: () => undefined });
    last().open();
    stop();
    last().drop(1006);
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(1);
    expect(statuses.at(-1)).toBe('closed');

    client.subscribe('quotes', QUOTES, { update: () => undefined });
    expect(sockets).toHaveLength(2);
    client.close();
    expect(last().closedWith).toBe(1000);
    last().drop(1000);
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(2);
  });
});
