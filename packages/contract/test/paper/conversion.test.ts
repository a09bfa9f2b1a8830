import { describe, expect, it } from 'vitest';
import { conversionRate, conversionRoute, noConversionReason } from '../../src/paper/conversion.js';

const LISTED = new Set(['EURUSD', 'GBPUSD', 'USDJPY', 'AAPL']);
const listed = (symbol: string) => LISTED.has(symbol);

describe('conversionRoute', () => {
  it('needs no pair for the account currency itself', () => {
    expect(conversionRoute('USD', 'USD', listed)).toEqual({ from: 'USD', to: 'USD', factor: 1 });
  });

  it('goes through the direct pair, or the inverse one', () => {
    expect(conversionRoute('EUR', 'USD', listed)?.pair).toEqual({
      symbol: 'EURUSD',
      inverted: false,
    });
    expect(conversionRoute('JPY', 'USD', listed)?.pair).toEqual({
      symbol: 'USDJPY',
      inverted: true,
    });
  });

  it('turns pence into pounds before converting them', () => {
    expect(conversionRoute('GBX', 'USD', listed)).toEqual({
      from: 'GBX',
      to: 'USD',
      factor: 0.01,
      pair: { symbol: 'GBPUSD', inverted: false },
    });
    expect(conversionRoute('GBX', 'GBP', listed)).toEqual({ from: 'GBX', to: 'GBP', factor: 0.01 });
  });

  it('finds nothing when the catalogue lists no pair of the two', () => {
    expect(conversionRoute('CHF', 'USD', listed)).toBeUndefined();
    expect(noConversionReason('CHF', 'USD')).toBe(
      'Prices in CHF cannot be converted to the account currency USD: no CHF/USD rate is listed',
    );
  });
});

describe('conversionRate', () => {
  const quote = (bid: number, ask: number) => ({ bid, ask });

  it('is the mid price of a direct pair, and its inverse for an inverted one', () => {
    expect(conversionRate(conversionRoute('EUR', 'USD', listed)!, quote(1.08, 1.1))).toBeCloseTo(
      1.09,
      12,
    );
    expect(conversionRate(conversionRoute('JPY', 'USD', listed)!, quote(149, 151))).toBeCloseTo(
      1 / 150,
      15,
    );
  });

  it('applies the minor unit: 100 pence at GBPUSD 1.25 are 1.25 USD', () => {
    const rate = conversionRate(conversionRoute('GBX', 'USD', listed)!, quote(1.24, 1.26))!;
    expect(100 * rate).toBeCloseTo(1.25, 12);
  });

  it('is 1 within one currency whatever the quote', () => {
    expect(conversionRate(conversionRoute('USD', 'USD', listed)!, undefined)).toBe(1);
  });

  it('is unknown without a usable quote of the pair', () => {
    const route = conversionRoute('EUR', 'USD', listed)!;
    expect(conversionRate(route, undefined)).toBeUndefined();
    expect(conversionRate(route, quote(0, 0))).toBeUndefined();
    expect(conversionRate(route, quote(Number.NaN, 1))).toBeUndefined();
  });
});
