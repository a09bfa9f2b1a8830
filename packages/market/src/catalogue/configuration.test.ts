import { describe, expect, it } from 'vitest';
import type { Instrument } from './instrument.js';
import { INSTRUMENTS } from './instruments.data.js';
import { datafeedConfiguration } from './configuration.js';

describe('datafeedConfiguration', () => {
  it('offers every resolution of the SPEC and the capabilities the datafeed has', () => {
    const configuration = datafeedConfiguration(INSTRUMENTS);
    expect(configuration.supported_resolutions).toEqual([
      '1',
      '5',
      '15',
      '30',
      '60',
      '240',
      '1D',
      '1W',
    ]);
    expect(configuration).toMatchObject({
      supports_search: true,
      supports_group_request: false,
      supports_marks: false,
      supports_timescale_marks: false,
      supports_time: true,
    });
  });

  it('lists "All exchanges" then each exchange of the catalogue once, alphabetically', () => {
    expect(datafeedConfiguration(INSTRUMENTS).exchanges).toEqual([
      { value: '', name: 'All exchanges', desc: '' },
      ...['CRYPTO', 'FX', 'INDEX', 'LSE', 'NASDAQ', 'NYSE', 'XETRA'].map((exchange) => ({
        value: exchange,
        name: exchange,
        desc: exchange,
      })),
    ]);
  });

  it('lists "All types" then each type present in the catalogue', () => {
    expect(datafeedConfiguration(INSTRUMENTS).symbols_types).toEqual([
      { name: 'All types', value: '' },
      { name: 'Stock', value: 'stock' },
      { name: 'Crypto', value: 'crypto' },
      { name: 'Forex', value: 'forex' },
      { name: 'Index', value: 'index' },
    ]);
  });

  it('offers only the exchanges and types that can be found', () => {
    const cryptoOnly: Instrument[] = INSTRUMENTS.filter((i) => i.type === 'crypto');
    const configuration = datafeedConfiguration(cryptoOnly);
    expect(configuration.exchanges.map((e) => e.value)).toEqual(['', 'CRYPTO']);
    expect(configuration.symbols_types.map((t) => t.value)).toEqual(['', 'crypto']);
  });
});
