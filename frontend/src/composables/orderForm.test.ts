// @vitest-environment node
import { OrderType, Side } from '@trading-pro/contract';
import { describe, expect, it } from 'vitest';
import {
  needsLimitPrice,
  needsStopPrice,
  referencePrice,
  toPreOrder,
  validateOrderForm,
  type OrderForm,
} from './orderForm';

const quote = { bid: 99, ask: 101 };

function form(overrides: Partial<OrderForm> = {}): OrderForm {
  return {
    symbol: 'AAPL',
    side: Side.Buy,
    type: 'market',
    qty: '1',
    limitPrice: '',
    stopPrice: '',
    takeProfit: '',
    stopLoss: '',
    duration: 'GTC',
    expiry: '',
    ...overrides,
  };
}

describe('which prices an order type needs', () => {
  it('limit and stop-limit need a limit price; stop and stop-limit a stop price', () => {
    expect(
      ['market', 'limit', 'stop', 'stop-limit'].map((t) => needsLimitPrice(t as OrderForm['type'])),
    ).toEqual([false, true, false, true]);
    expect(
      ['market', 'limit', 'stop', 'stop-limit'].map((t) => needsStopPrice(t as OrderForm['type'])),
    ).toEqual([false, false, true, true]);
  });
});

describe('validateOrderForm: fields', () => {
  it('accepts a plain market order', () => {
    expect(validateOrderForm(form(), quote)).toEqual({});
  });

  it('requires a quantity greater than zero that is a number', () => {
    expect(validateOrderForm(form({ qty: '' }), quote)).toEqual({ qty: 'Quantity is required' });
    expect(validateOrderForm(form({ qty: '   ' }), quote)).toEqual({ qty: 'Quantity is required' });
    expect(validateOrderForm(form({ qty: 'ten' }), quote)).toEqual({
      qty: 'Quantity must be a plain number, like 1234.5',
    });
    expect(validateOrderForm(form({ qty: '0' }), quote)).toEqual({
      qty: 'Quantity must be greater than 0',
    });
    // A negative number is a number, just not one a quantity can be.
    expect(validateOrderForm(form({ qty: '-1' }), quote)).toEqual({
      qty: 'Quantity must be greater than 0',
    });
  });

  it('refuses what is not a plain decimal: a comma, hex, an exponent, a plus sign', () => {
    for (const qty of ['1,000', '0,5', '0x10', '1e3', '+2', '1.2.3', '--2']) {
      expect(validateOrderForm(form({ qty }), quote).qty).toBe(
        'Quantity must be a plain number, like 1234.5',
      );
    }
    expect(validateOrderForm(form({ qty: ' 0.5 ' }), quote)).toEqual({});
    expect(validateOrderForm(form({ qty: '.5' }), quote)).toEqual({});
  });

  it('requires the limit price of a limit order, and only of a limit order', () => {
    expect(validateOrderForm(form({ type: 'limit' }), quote)).toEqual({
      limitPrice: 'Limit price is required',
    });
    expect(validateOrderForm(form({ type: 'limit', limitPrice: '100' }), quote)).toEqual({});
    expect(validateOrderForm(form({ type: 'market' }), quote).limitPrice).toBeUndefined();
  });

  it('requires the stop price of a stop order', () => {
    expect(validateOrderForm(form({ type: 'stop' }), quote)).toEqual({
      stopPrice: 'Stop price is required',
    });
  });

  it('requires both prices of a stop-limit order', () => {
    expect(validateOrderForm(form({ type: 'stop-limit' }), quote)).toEqual({
      limitPrice: 'Limit price is required',
      stopPrice: 'Stop price is required',
    });
  });

  it('checks the format of optional prices that are filled in', () => {
    expect(validateOrderForm(form({ takeProfit: 'x', stopLoss: '0' }), quote)).toEqual({
      takeProfit: 'Take profit must be a plain number, like 1234.5',
      stopLoss: 'Stop loss must be greater than 0',
    });
    expect(validateOrderForm(form({ type: 'limit', limitPrice: '-1' }), quote)).toEqual({
      limitPrice: 'Limit price must be greater than 0',
    });
  });
});

describe('validateOrderForm: bracket sides (docs/broker.md#brackets)', () => {
  it('buy market: stop loss below and take profit above the ask', () => {
    expect(validateOrderForm(form({ stopLoss: '100', takeProfit: '102' }), quote)).toEqual({});
    expect(validateOrderForm(form({ stopLoss: '101', takeProfit: '101' }), quote)).toEqual({
      stopLoss: 'Stop loss must be below 101.00',
      takeProfit: 'Take profit must be above 101.00',
    });
    // Between bid and ask: fine for the stop loss of a buy (measured from the ask).
    expect(validateOrderForm(form({ stopLoss: '100.5' }), quote)).toEqual({});
  });

  it('sell market: stop loss above and take profit below the bid', () => {
    const sell = { side: Side.Sell };
    expect(validateOrderForm(form({ ...sell, stopLoss: '100', takeProfit: '98' }), quote)).toEqual(
      {},
    );
    expect(validateOrderForm(form({ ...sell, stopLoss: '99', takeProfit: '99' }), quote)).toEqual({
      stopLoss: 'Stop loss must be above 99.00',
      takeProfit: 'Take profit must be below 99.00',
    });
  });

  it('limit orders measure from the limit price, not the quote', () => {
    const buyLimit = { type: 'limit' as const, limitPrice: '90' };
    expect(
      validateOrderForm(form({ ...buyLimit, stopLoss: '89', takeProfit: '95' }), quote),
    ).toEqual({});
    expect(validateOrderForm(form({ ...buyLimit, stopLoss: '95' }), quote)).toEqual({
      stopLoss: 'Stop loss must be below 90.00',
    });
    const sellLimit = { side: Side.Sell, type: 'limit' as const, limitPrice: '110' };
    expect(
      validateOrderForm(form({ ...sellLimit, takeProfit: '105', stopLoss: '111' }), quote),
    ).toEqual({});
    expect(validateOrderForm(form({ ...sellLimit, takeProfit: '111' }), quote)).toEqual({
      takeProfit: 'Take profit must be below 110.00',
    });
  });

  it('stop orders measure from the stop price, stop-limit orders from the limit price', () => {
    const buyStop = { type: 'stop' as const, stopPrice: '110' };
    expect(
      validateOrderForm(form({ ...buyStop, stopLoss: '105', takeProfit: '115' }), quote),
    ).toEqual({});
    expect(validateOrderForm(form({ ...buyStop, takeProfit: '108' }), quote)).toEqual({
      takeProfit: 'Take profit must be above 110.00',
    });
    const stopLimit = { type: 'stop-limit' as const, stopPrice: '110', limitPrice: '112' };
    expect(validateOrderForm(form({ ...stopLimit, stopLoss: '111' }), quote)).toEqual({});
    expect(validateOrderForm(form({ ...stopLimit, stopLoss: '112' }), quote)).toEqual({
      stopLoss: 'Stop loss must be below 112.00',
    });
  });

  it('skips the side check of a market order while no quote is known', () => {
    expect(validateOrderForm(form({ stopLoss: '1000', takeProfit: '1' }), undefined)).toEqual({});
    expect(referencePrice(form(), undefined)).toBeUndefined();
  });

  it('does not stack a side error on a malformed bracket', () => {
    expect(validateOrderForm(form({ stopLoss: '0' }), quote)).toEqual({
      stopLoss: 'Stop loss must be greater than 0',
    });
    expect(validateOrderForm(form({ stopLoss: '-5' }), quote)).toEqual({
      stopLoss: 'Stop loss must be greater than 0',
    });
  });
});

describe('validateOrderForm: the instrument grid and the stop side', () => {
  const grid = { tick: 0.01, qty: { min: 0.001, max: 100, step: 0.001 } };
  const at = (overrides: Partial<OrderForm>) => validateOrderForm(form(overrides), quote, 0, grid);

  it('checks the quantity against the minimum, the maximum and the step', () => {
    expect(at({ qty: '0.0005' })).toEqual({ qty: 'Quantity must be at least 0.001' });
    expect(at({ qty: '101' })).toEqual({ qty: 'Quantity must be at most 100' });
    expect(at({ qty: '0.0015' })).toEqual({ qty: 'Quantity must be in steps of 0.001' });
    expect(at({ qty: '0.002' })).toEqual({});
  });

  it('names the two nearest prices on the tick for a price off it', () => {
    expect(at({ type: 'limit', limitPrice: '100.123' })).toEqual({
      limitPrice: 'Limit price must be in steps of 0.01: 100.12 or 100.13',
    });
    expect(at({ takeProfit: '120.555' })).toEqual({
      takeProfit: 'Take profit must be in steps of 0.01: 120.55 or 120.56',
    });
    // A price the order type does not use is not checked.
    expect(at({ type: 'market', limitPrice: '100.123' })).toEqual({});
  });

  it('wants a stop away from the market, where it would not fire at once', () => {
    expect(at({ type: 'stop', stopPrice: '100' })).toEqual({
      stopPrice: 'Stop price must be above the ask 101.00, or the order fills at once',
    });
    expect(at({ type: 'stop', side: Side.Sell, stopPrice: '99.5' })).toEqual({
      stopPrice: 'Stop price must be below the bid 99.00, or the order fills at once',
    });
    expect(at({ type: 'stop', stopPrice: '101.01' })).toEqual({});
  });
});

describe('toPreOrder', () => {
  it('builds a market order with the quote it was seen at', () => {
    expect(toPreOrder(form({ qty: '2.5' }), quote)).toStrictEqual({
      symbol: 'AAPL',
      side: Side.Buy,
      type: OrderType.Market,
      qty: 2.5,
      currentQuotes: { ask: 101, bid: 99 },
      seenPrice: 101,
    });
    expect(toPreOrder(form({ side: Side.Sell }), quote).seenPrice).toBe(99);
  });

  it('leaves out the quote fields when no quote is known', () => {
    expect(toPreOrder(form(), undefined)).toStrictEqual({
      symbol: 'AAPL',
      side: Side.Buy,
      type: OrderType.Market,
      qty: 1,
    });
  });

  it('sends only the prices the type uses, and brackets only when filled in', () => {
    const stale = { limitPrice: '90', stopPrice: '110' };
    expect(toPreOrder(form({ ...stale, type: 'market' }), undefined)).toStrictEqual({
      symbol: 'AAPL',
      side: Side.Buy,
      type: OrderType.Market,
      qty: 1,
    });
    expect(
      toPreOrder(form({ ...stale, type: 'limit', takeProfit: '95' }), undefined),
    ).toStrictEqual({
      symbol: 'AAPL',
      side: Side.Buy,
      type: OrderType.Limit,
      qty: 1,
      limitPrice: 90,
      takeProfit: 95,
    });
    expect(toPreOrder(form({ ...stale, type: 'stop', stopLoss: '100' }), undefined)).toStrictEqual({
      symbol: 'AAPL',
      side: Side.Buy,
      type: OrderType.Stop,
      qty: 1,
      stopPrice: 110,
      stopLoss: 100,
    });
    const stopLimit = toPreOrder(form({ ...stale, type: 'stop-limit' }), undefined);
    expect(stopLimit.type).toBe(OrderType.StopLimit);
    expect([stopLimit.limitPrice, stopLimit.stopPrice]).toEqual([90, 110]);
  });
});
