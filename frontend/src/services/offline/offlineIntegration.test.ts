// The offline broker and the offline datafeed as the terminal wires them: the broker fills at
// the very quotes the datafeed shows (one simulated market), and revalues on every tick, all on
// fake time.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { QuoteData } from '../../types/market';
import { createOfflineBroker } from './offlineBroker';
import { createOfflineDatafeed } from './offlineDatafeed';
import { recordingHost } from './offlineTestKit';

const NOW = Date.UTC(2024, 4, 15, 13, 47, 23);

beforeEach(() => {
  vi.useFakeTimers({
    now: NOW,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => vi.useRealTimers());

it('trades at the datafeed’s quotes and revalues the account every tick', async () => {
  const clock = () => Date.now();
  const feed = createOfflineDatafeed({ clock });
  const host = recordingHost();
  const broker = createOfflineBroker(host, { clock, storage: null });
  const quote = () =>
    new Promise<QuoteData>((resolve) =>
      feed.getQuotes(
        ['BTCUSD'],
        (d) => resolve(d[0]!),
        () => undefined,
      ),
    );

  const expected = await quote();
  if (expected.s !== 'ok') throw new Error('no quote');
  const placing = broker.placeOrder({
    symbol: 'BTCUSD',
    type: OrderType.Market,
    side: Side.Buy,
    qty: 0.5,
  });
  await vi.advanceTimersByTimeAsync(0);
  const { orderId } = await placing;
  const [order] = await broker.orders();
  expect(order).toMatchObject({
    id: orderId,
    status: OrderStatus.Filled,
    avgPrice: expected.v.ask,
  });

  const pushes = host.equities.length;
  await vi.advanceTimersByTimeAsync(5000);
  expect(host.equities.length).toBeGreaterThanOrEqual(pushes + 5);
  const now = await quote();
  if (now.s !== 'ok') throw new Error('no quote');
  const equity = await broker.equity();
  expect(equity.unrealizedPL).toBeCloseTo((now.v.bid - expected.v.ask) * 0.5, 6);
  expect(host.equities.at(-1)).toEqual(equity);

  broker.destroy();
  feed.destroy();
  expect(vi.getTimerCount()).toBe(0);
});
