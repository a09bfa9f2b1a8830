import { describe, expect, it } from 'vitest';
import { OrderType, Side } from '../../src/index.js';
import { orderPreview, tickDecimals, type OrderPreviewInput } from '../../src/paper/preview.js';

const input = (over: Partial<OrderPreviewInput> = {}): OrderPreviewInput => ({
  order: { side: Side.Buy, type: OrderType.Market, qty: 10 },
  instrument: { symbol: 'EURUSD', currency: 'USD', tickSize: 0.00001, type: 'forex' },
  quote: { bid: 1.08451, ask: 1.08456 },
  equity: { marginAvailable: 100_000 },
  position: undefined,
  leverage: 10,
  commissionRate: 0.001,
  now: 1_700_000_000_000,
  ...over,
});
const rows = (result: ReturnType<typeof orderPreview>) =>
  Object.fromEntries(result.sections[0]!.rows.map((row) => [row.title, row.value]));

describe('orderPreview', () => {
  it('prices a market buy at the ask, with the instrument’s decimals', () => {
    const result = orderPreview(input());
    expect(result.sections[0]!.header).toBe('Buy 10 EURUSD');
    expect(rows(result)).toEqual({
      'Order type': 'Market',
      'Estimated price': '1.08456 USD',
      'Estimated value': '10.85 USD',
      Commission: '0.01 USD',
      'Margin (leverage 10)': '1.08 USD',
      'Margin available': '100,000.00 USD',
    });
    expect(result.errors).toEqual([]);
    expect(result.confirmId).toBe(`preview-EURUSD-${(1_700_000_000_000).toString(36)}`);
  });

  it('shows commission and margin in the account currency, with the rate, for a JPY pair', () => {
    const result = orderPreview(
      input({
        order: { side: Side.Buy, type: OrderType.Market, qty: 10_000 },
        instrument: { symbol: 'USDJPY', currency: 'JPY', tickSize: 0.001, type: 'forex' },
        quote: { bid: 149.99, ask: 150.01 },
        accountCurrency: 'USD',
        fx: 1 / 150,
      }),
    );
    expect(rows(result)).toEqual({
      'Order type': 'Market',
      'Estimated price': '150.010 JPY',
      'Estimated value': '1,500,100.00 JPY',
      Conversion: '1 JPY = 0.0066667 USD',
      Commission: '10.00 USD',
      'Margin (leverage 10)': '1,000.07 USD',
      'Margin available': '100,000.00 USD',
    });
    expect(result.errors).toEqual([]);
  });

  it('refuses an order whose currency has no rate into the account currency', () => {
    const result = orderPreview(
      input({
        instrument: { symbol: 'NESN', currency: 'CHF', tickSize: 0.01, type: 'stock' },
        quote: { bid: 100, ask: 100.1 },
        accountCurrency: 'USD',
      }),
    );
    expect(result.errors).toEqual([
      'Prices in CHF cannot be converted to the account currency USD: no CHF/USD rate is listed',
    ]);
    expect(result.confirmId).toBeUndefined();
    // No figure in the account currency can be given: none is shown.
    expect(Object.keys(rows(result))).toEqual([
      'Order type',
      'Estimated price',
      'Estimated value',
      'Margin available',
    ]);
  });

  it('prices a limit at its limit and warns when it is through the market', () => {
    const order = { side: Side.Buy, type: OrderType.Limit, qty: 1, limitPrice: 1.1 } as const;
    const result = orderPreview(input({ order }));
    expect(rows(result)['Estimated price']).toBe('1.10000 USD');
    expect(result.warnings).toEqual([
      'The limit is at or through the market (1.08456): the order fills at once',
    ]);
  });

  it('warns that an order larger than the opposite position reverses it', () => {
    const order = { side: Side.Sell, type: OrderType.Market, qty: 15 } as const;
    const result = orderPreview(input({ order, position: { qty: 10, avgPrice: 1.08 } }));
    expect(result.warnings).toEqual([
      'This order closes your long position of 10 EURUSD and opens the opposite one',
    ]);
  });

  it('reports what validation and the margin check find, and gives no confirmation id', () => {
    const order = { side: Side.Buy, type: OrderType.Market, qty: 10, takeProfit: 1.08 } as const;
    const result = orderPreview(
      input({ order, equity: { marginAvailable: 0.5 }, warnings: ['outside the session'] }),
    );
    expect(result.errors).toEqual([
      'takeProfit: 1.08 must be above 1.08456 (the ask) for a buy',
      'Insufficient margin: order needs 1.10 USD, 0.50 available',
    ]);
    expect(result.warnings).toEqual(['outside the session']);
    expect(result.confirmId).toBeUndefined();
  });
});

describe('tickDecimals', () => {
  it('counts the decimals of a tick size', () => {
    expect([0.01, 0.00001, 0.001, 1, 0.5].map(tickDecimals)).toEqual([2, 5, 3, 0, 1]);
  });
});
