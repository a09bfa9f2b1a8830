// @vitest-environment node
// Every instrument of the offline demo can be traded on its dollar account: the offline catalogue
// lists the FX pair that converts each quote currency.
import { conversionRoute } from '@trading-pro/contract/paper';
import { describe, expect, it } from 'vitest';
import { findInstrument, OFFLINE_INSTRUMENTS } from './offlineCatalogue';

describe('offline catalogue currencies', () => {
  it.each(OFFLINE_INSTRUMENTS.map((instrument) => [instrument.ticker, instrument.currency]))(
    '%s (%s) converts into USD through a listed pair',
    (_ticker, currency) => {
      expect(
        conversionRoute(currency, 'USD', (s) => findInstrument(s) !== undefined),
      ).toBeDefined();
    },
  );
});
