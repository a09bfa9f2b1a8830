import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../catalogue/catalogue.js';
import { DatafeedService } from '../datafeed.service.js';
import { barsJson, decimalText } from './bars-json.js';
import { MarketSimulator } from './market-simulator.js';

describe('decimalText', () => {
  it('prints exactly what JSON.stringify prints for the same number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        (units, decimals) => {
          expect(decimalText(units, decimals)).toBe(JSON.stringify(units / 10 ** decimals));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('barsJson', () => {
  const NOW = Date.UTC(2026, 10, 18, 15, 0, 30, 500);
  const catalogue = new Catalogue();
  const service = new DatafeedService(
    catalogue,
    new MarketSimulator(20240101),
    () => new Date(NOW),
  );

  it.each(catalogue.instruments.map((i) => [i.ticker]))(
    'is the JSON of the bars of %s, to the byte',
    (ticker) => {
      for (const resolution of ['1', '60', '1D'] as const) {
        const query = {
          symbol: ticker,
          resolution,
          from_time: NOW / 1000 - 5 * 86_400,
          to_time: NOW / 1000,
        };
        expect(service.getBarsJson(query)).toBe(JSON.stringify(service.getBars(query)));
      }
    },
  );

  it('writes an empty answer', () => {
    expect(barsJson(catalogue.find('AAPL')!, [], true)).toBe('{"bars":[],"no_data":true}');
  });
});
