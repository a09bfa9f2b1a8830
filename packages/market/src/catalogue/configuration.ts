// The datafeed's configuration (docs/contract.md#rest `/config`, UDF `/config`). Exchanges and types come from
// the catalogue, so the chart's search filters offer exactly what can be found.
import { RESOLUTIONS, type Resolution } from '@trading-pro/contract';
import type { Instrument, InstrumentType } from './instrument.js';

export interface DatafeedConfiguration {
  supported_resolutions: Resolution[];
  exchanges: { value: string; name: string; desc: string }[];
  symbols_types: { name: string; value: string }[];
  supports_search: boolean;
  supports_group_request: boolean;
  supports_marks: boolean;
  supports_timescale_marks: boolean;
  supports_time: boolean;
}

/** Display order and labels of the types in the search filter. */
const TYPES: readonly { value: InstrumentType; name: string }[] = [
  { value: 'stock', name: 'Stock' },
  { value: 'crypto', name: 'Crypto' },
  { value: 'forex', name: 'Forex' },
  { value: 'index', name: 'Index' },
];

export function datafeedConfiguration(instruments: readonly Instrument[]): DatafeedConfiguration {
  const exchanges = [...new Set(instruments.map((i) => i.exchange))].sort();
  const types = new Set(instruments.map((i) => i.type));
  return {
    supported_resolutions: [...RESOLUTIONS],
    // '' is TradingView's "no filter" value.
    exchanges: [
      { value: '', name: 'All exchanges', desc: '' },
      ...exchanges.map((exchange) => ({ value: exchange, name: exchange, desc: exchange })),
    ],
    symbols_types: [
      { name: 'All types', value: '' },
      ...TYPES.filter(({ value }) => types.has(value)).map(({ value, name }) => ({ name, value })),
    ],
    supports_search: true,
    supports_group_request: false,
    supports_marks: false,
    supports_timescale_marks: false,
    supports_time: true,
  };
}
