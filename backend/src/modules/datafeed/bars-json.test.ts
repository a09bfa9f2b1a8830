import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalogue, MarketSimulator } from '@trading-pro/market';
import { barsJson, decimalText } from './bars-json.js';
import { DatafeedService } from './datafeed.service.js';

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
        const first = service.getBarsJson(query).toString('utf8');
        expect(first).toBe(JSON.stringify(service.getBars(query)));
        // The second answer is written from the texts kept for closed bars.
        expect(service.getBarsJson(query).toString('utf8')).toBe(first);
      }
    },
  );

  it('stays exact when answers reuse kept bytes across overlapping windows', () => {
    // One service for every run: windows overlap, so answers mix kept and new bytes.
    const shared = new DatafeedService(
      catalogue,
      new MarketSimulator(20240101),
      () => new Date(NOW),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('BTCUSD', 'AAPL', 'EURUSD'),
        fc.constantFrom('1', '5', '60', '1D'),
        fc.integer({ min: 0, max: 3 * 86_400 }),
        fc.integer({ min: 60, max: 2 * 86_400 }),
        (symbol, resolution, endBack, span) => {
          const to_time = NOW / 1000 - endBack;
          const query = { symbol, resolution, from_time: to_time - span, to_time } as const;
          const json = shared.getBarsJson(query).toString('utf8');
          expect(json).toBe(JSON.stringify(service.getBars(query)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes an empty answer', () => {
    expect(barsJson(catalogue.find('AAPL')!, [], true).toString()).toBe(
      '{"bars":[],"no_data":true}',
    );
  });
});
