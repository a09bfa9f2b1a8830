// The instruments the offline demo knows: a subset of the backend's catalogue under the same
// tickers, so a chart keeps its symbol when the terminal falls back to (or returns from) offline
// mode. Offline every instrument trades around the clock: there is no exchange calendar to get
// wrong, and the demo is alive whenever someone opens it.
import { RESOLUTIONS } from '@trading-pro/contract';
import type { DatafeedConfiguration, SymbolInfo, SymbolType } from '../../types/market';

export interface OfflineInstrument {
  ticker: string;
  name: string;
  description: string;
  type: SymbolType;
  exchange: string;
  /** Prices are multiples of minmov / pricescale. */
  pricescale: number;
  minmov: number;
  /** The currency prices are quoted in. */
  currency: string;
  /** The level the simulated price wanders around. */
  basePrice: number;
  /** Annualised volatility, e.g. 0.3 for 30 %. */
  volatility: number;
  /** Bid/ask spread as a fraction of the price; never less than one tick. */
  spread: number;
  /** Typical volume of one day. */
  dailyVolume: number;
  volumePrecision: number;
}

type Listing = Pick<
  OfflineInstrument,
  'ticker' | 'description' | 'basePrice' | 'volatility' | 'spread' | 'dailyVolume'
> &
  Partial<Pick<OfflineInstrument, 'pricescale' | 'currency'>>;

type Defaults = Omit<OfflineInstrument, keyof Listing | 'name'> &
  Pick<OfflineInstrument, 'pricescale' | 'currency'>;

const make =
  (defaults: Defaults) =>
  (listing: Listing): OfflineInstrument => ({
    ...defaults,
    ...listing,
    name: listing.ticker,
    pricescale: listing.pricescale ?? defaults.pricescale,
    currency: listing.currency ?? defaults.currency,
  });

const nasdaq = make({
  type: 'stock',
  exchange: 'NASDAQ',
  pricescale: 100,
  minmov: 1,
  currency: 'USD',
  volumePrecision: 0,
});
const crypto = make({
  type: 'crypto',
  exchange: 'CRYPTO',
  pricescale: 100,
  minmov: 1,
  currency: 'USD',
  volumePrecision: 4,
});
const forex = make({
  type: 'forex',
  exchange: 'FX',
  pricescale: 100000,
  minmov: 1,
  currency: 'USD',
  volumePrecision: 0,
});
const index = make({
  type: 'index',
  exchange: 'INDEX',
  pricescale: 100,
  minmov: 1,
  currency: 'USD',
  volumePrecision: 0,
});

export const OFFLINE_INSTRUMENTS: readonly OfflineInstrument[] = [
  nasdaq({
    ticker: 'AAPL',
    description: 'Apple Inc.',
    basePrice: 190,
    volatility: 0.26,
    spread: 0.0001,
    dailyVolume: 55e6,
  }),
  nasdaq({
    ticker: 'MSFT',
    description: 'Microsoft Corporation',
    basePrice: 420,
    volatility: 0.24,
    spread: 0.0001,
    dailyVolume: 22e6,
  }),
  nasdaq({
    ticker: 'TSLA',
    description: 'Tesla, Inc.',
    basePrice: 240,
    volatility: 0.6,
    spread: 0.0002,
    dailyVolume: 95e6,
  }),
  crypto({
    ticker: 'BTCUSD',
    description: 'Bitcoin / US Dollar',
    basePrice: 65000,
    volatility: 0.6,
    spread: 0.0001,
    dailyVolume: 25000,
  }),
  crypto({
    ticker: 'ETHUSD',
    description: 'Ethereum / US Dollar',
    basePrice: 3200,
    volatility: 0.7,
    spread: 0.00015,
    dailyVolume: 300000,
  }),
  crypto({
    ticker: 'SOLUSD',
    description: 'Solana / US Dollar',
    basePrice: 150,
    volatility: 0.9,
    spread: 0.0003,
    dailyVolume: 3e6,
  }),
  forex({
    ticker: 'EURUSD',
    description: 'Euro / US Dollar',
    basePrice: 1.085,
    volatility: 0.07,
    spread: 0.00008,
    dailyVolume: 250000,
  }),
  forex({
    ticker: 'GBPUSD',
    description: 'British Pound / US Dollar',
    basePrice: 1.27,
    volatility: 0.08,
    spread: 0.0001,
    dailyVolume: 180000,
  }),
  forex({
    ticker: 'USDJPY',
    description: 'US Dollar / Japanese Yen',
    basePrice: 151.5,
    volatility: 0.09,
    spread: 0.0001,
    dailyVolume: 200000,
    pricescale: 1000,
    currency: 'JPY',
  }),
  index({
    ticker: 'SPX',
    description: 'S&P 500 Index',
    basePrice: 5200,
    volatility: 0.16,
    spread: 0.00005,
    dailyVolume: 2.5e9,
  }),
];

const BY_TICKER: ReadonlyMap<string, OfflineInstrument> = new Map(
  OFFLINE_INSTRUMENTS.map((instrument) => [instrument.ticker, instrument]),
);

/**
 * The instrument named `symbol`: its ticker in any case, or `EXCHANGE:TICKER` as charts display
 * it and users paste it back.
 */
export function findInstrument(symbol: string): OfflineInstrument | undefined {
  const ticker = symbol.includes(':') ? symbol.slice(symbol.indexOf(':') + 1) : symbol;
  return BY_TICKER.get(ticker.trim().toUpperCase());
}

/** The price increment. */
export const tickSize = (instrument: Pick<OfflineInstrument, 'minmov' | 'pricescale'>) =>
  instrument.minmov / instrument.pricescale;

/**
 * `price` on the instrument's tick grid. Dividing the integer tick count by pricescale (rather
 * than multiplying by the tick) yields the double nearest the decimal, e.g. 1.085 and not
 * 1.0850000000000002.
 */
export function roundToTick(
  instrument: Pick<OfflineInstrument, 'minmov' | 'pricescale'>,
  price: number,
): number {
  const ticks = Math.round((price * instrument.pricescale) / instrument.minmov);
  const rounded = (ticks * instrument.minmov) / instrument.pricescale;
  return rounded === 0 ? 0 : rounded;
}

export function toSymbolInfo(instrument: OfflineInstrument): SymbolInfo {
  return {
    name: instrument.name,
    ticker: instrument.ticker,
    description: instrument.description,
    type: instrument.type,
    session: '24x7',
    timezone: 'Etc/UTC',
    exchange: instrument.exchange,
    listed_exchange: instrument.exchange,
    format: 'price',
    pricescale: instrument.pricescale,
    minmov: instrument.minmov,
    has_intraday: true,
    has_daily: true,
    has_weekly_and_monthly: true,
    supported_resolutions: [...RESOLUTIONS],
    volume_precision: instrument.volumePrecision,
    data_status: 'streaming',
    currency_code: instrument.currency,
  };
}

const TYPE_NAMES: readonly { value: SymbolType; name: string }[] = [
  { value: 'stock', name: 'Stock' },
  { value: 'crypto', name: 'Crypto' },
  { value: 'forex', name: 'Forex' },
  { value: 'index', name: 'Index' },
];

/** The same shape as the backend's `/config`, built from the offline catalogue. */
export function offlineConfiguration(
  instruments: readonly OfflineInstrument[] = OFFLINE_INSTRUMENTS,
): DatafeedConfiguration {
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
      ...TYPE_NAMES.filter(({ value }) => types.has(value)).map(({ value, name }) => ({
        name,
        value,
      })),
    ],
    supports_search: true,
    supports_group_request: false,
    supports_marks: false,
    supports_timescale_marks: false,
    supports_time: true,
  };
}
