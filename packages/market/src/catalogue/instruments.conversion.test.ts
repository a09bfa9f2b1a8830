// Every listed instrument can be traded on the paper account: the catalogue itself lists the FX
// pair that converts its quote currency into the account's dollars.
import { conversionRoute } from '@trading-pro/contract/paper';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './instruments.data.js';

const listed = (symbol: string) => INSTRUMENTS.some((instrument) => instrument.ticker === symbol);

describe('catalogue currencies', () => {
  it.each(INSTRUMENTS.map((instrument) => [instrument.ticker, instrument.currency]))(
    '%s (%s) converts into USD through a listed pair',
    (_ticker, currency) => {
      expect(conversionRoute(currency, 'USD', listed)).toBeDefined();
    },
  );

  it('covers the non-dollar quote currencies it lists', () => {
    const foreign = [...new Set(INSTRUMENTS.map((i) => i.currency))].filter((c) => c !== 'USD');
    expect(foreign.sort()).toEqual(['CHF', 'EUR', 'GBX', 'JPY']);
  });
});
