// Exit orders (docs/broker.md#brackets): brackets become one-cancels-other exits of the position, follow its
// quantity, are cancelled when it closes or reverses; a trailing stop only moves in its favour.
import { describe, expect, it } from 'vitest';
import { OrderStatus, OrderType, ParentType, Side, StopType } from '../../../src/enums.js';
import { Ledger } from './kit.js';

const buy = (qty: number, extra: object = {}) =>
  ({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty, ...extra }) as const;
const sell = (qty: number) =>
  ({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Sell, qty }) as const;

describe('brackets', () => {
  it('become a stop-loss Stop and a take-profit Limit of the position, sized to it', () => {
    const t = new Ledger();
    t.place(buy(2, { stopLoss: 95, takeProfit: 110 }));
    const exits = t.working();
    expect(exits).toEqual([
      expect.objectContaining({
        type: OrderType.Limit,
        side: Side.Sell,
        qty: 2,
        limitPrice: 110,
        parentId: 'BTCUSD',
        parentType: ParentType.Position,
      }),
      expect.objectContaining({
        type: OrderType.Stop,
        side: Side.Sell,
        qty: 2,
        stopPrice: 95,
        stopType: StopType.StopLoss,
      }),
    ]);
    expect(t.position('BTCUSD')).toMatchObject({ stopLoss: 95, takeProfit: 110 });
    t.place(buy(1));
    expect(t.working().map((o) => o.qty)).toEqual([3, 3]);
    t.place(sell(2));
    expect(t.working().map((o) => o.qty)).toEqual([1, 1]);
  });

  it('a stop-loss exit closes the position and cancels the take-profit', () => {
    const t = new Ledger();
    t.place(buy(1, { stopLoss: 95, takeProfit: 110 }));
    const [target, stop] = t.working();
    t.tick('BTCUSD', 94, 94.1);
    expect(t.status(Number(stop!.id))).toBe(OrderStatus.Filled);
    expect(t.status(Number(target!.id))).toBe(OrderStatus.Canceled);
    expect(t.positions()).toEqual([]);
    expect(t.working()).toEqual([]);
  });

  it('are cancelled when the position reverses', () => {
    const t = new Ledger();
    t.place(buy(1, { stopLoss: 95 }));
    t.place(sell(3));
    expect(t.working()).toEqual([]);
    expect(t.position('BTCUSD')).toMatchObject({ qty: 2, side: Side.Sell });
  });

  it('are refused on the wrong side of the price, placing nothing', () => {
    const t = new Ledger();
    expect(t.refusal(() => t.place(buy(1, { stopLoss: 101 })))).toBe(
      'invalid: stopLoss: 101 must be below 100.1 (the ask) for a buy',
    );
    expect(t.committed).toEqual([]);
    expect(t.book.account.nextOrderId).toBe(1);
  });

  it('can be replaced on the position; a field left out removes that exit', () => {
    const t = new Ledger();
    t.place(buy(1, { stopLoss: 95, takeProfit: 110 }));
    t.brackets('BTCUSD', { takeProfit: 120 });
    expect(t.working()).toEqual([
      expect.objectContaining({ type: OrderType.Limit, limitPrice: 120 }),
    ]);
    expect(t.position('BTCUSD')).toEqual(
      expect.not.objectContaining({ stopLoss: expect.anything() }),
    );
    expect(t.refusal(() => t.brackets('BTCUSD', { stopLoss: 100.5 }))).toBe(
      'invalid: stopLoss: 100.5 must be below 100 (the bid) to close a long position',
    );
    expect(t.refusal(() => t.brackets('AAPL', {}))).toBe('not-found: No open position in "AAPL"');
  });

  it('a trailing stop follows the price up, never down, and fills when the bid falls to it', () => {
    const t = new Ledger();
    t.place(buy(1, { trailingStopPips: 200 }));
    expect(t.working()).toEqual([
      expect.objectContaining({ stopType: StopType.TrailingStop, stopPrice: 98 }),
    ]);
    t.tick('BTCUSD', 105, 105.1);
    expect(t.working()[0]).toMatchObject({ stopPrice: 103 });
    t.tick('BTCUSD', 104, 104.1);
    expect(t.working()[0]).toMatchObject({ stopPrice: 103 });
    expect(t.position('BTCUSD')).toMatchObject({ trailingStopPips: 200 });
    t.tick('BTCUSD', 102.9, 103);
    expect(t.positions()).toEqual([]);
    expect(t.fills('BTCUSD').at(-1)).toMatchObject({ side: Side.Sell, price: 102.9 });
  });

  it('a forex trailing stop counts pips of ten ticks', () => {
    const t = new Ledger();
    t.place({
      symbol: 'EURUSD',
      type: OrderType.Market,
      side: Side.Buy,
      qty: 1000,
      trailingStopPips: 20,
    });
    expect(t.working()[0]).toMatchObject({ stopPrice: 1.098 });
  });
});
