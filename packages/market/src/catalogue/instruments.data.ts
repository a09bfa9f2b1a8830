// The simulated market's catalogue: real-world-like instruments of every type, each with its own
// price level, volatility, tick size, quantity grid, session and volume, so the terminal looks
// like a market.
import type { Instrument, QtyRules } from './instrument.js';

type Listing = Omit<
  Instrument,
  | 'type'
  | 'exchange'
  | 'timezone'
  | 'sessionKind'
  | 'open'
  | 'close'
  | 'currency'
  | 'pricescale'
  | 'minmov'
  | 'volumePrecision'
  | 'qty'
> &
  Partial<Instrument>;

/** Whole shares, up to a million per order. */
const SHARES: QtyRules = { min: 1, max: 1_000_000, step: 1 };
/** Whole index units (CFD-style contracts). */
const INDEX_UNITS: QtyRules = { min: 1, max: 10_000, step: 1 };
/** Currency units of the base currency, in micro lots of 1,000, up to 100 standard lots. */
const FX_UNITS: QtyRules = { min: 1000, max: 100_000_000, step: 1000 };

/** New York's regular session, 09:30–16:00 on weekdays. */
const NEW_YORK_HOURS = {
  timezone: 'America/New_York',
  sessionKind: 'exchange',
  open: '0930',
  close: '1600',
} as const;
/** Dollars, quoted to the cent. */
const CENTS = { currency: 'USD', pricescale: 100, minmov: 1 } as const;

const usStock =
  (exchange: string) =>
  (listing: Listing): Instrument => ({
    type: 'stock',
    exchange,
    ...NEW_YORK_HOURS,
    ...CENTS,
    volumePrecision: 0,
    qty: SHARES,
    ...listing,
  });
const nasdaq = usStock('NASDAQ');
const nyse = usStock('NYSE');

/** Coins are divisible: each listing says to how many decimals an order may go. */
const crypto = (listing: Listing & Pick<Instrument, 'qty'>): Instrument => ({
  type: 'crypto',
  exchange: 'CRYPTO',
  timezone: 'Etc/UTC',
  sessionKind: 'continuous',
  open: '0000',
  close: '2400',
  ...CENTS,
  volumePrecision: 4,
  ...listing,
});

const forex = (listing: Listing): Instrument => ({
  type: 'forex',
  exchange: 'FX',
  timezone: 'America/New_York',
  sessionKind: 'overnight',
  open: '1700',
  close: '1700',
  currency: listing.ticker.slice(3),
  pricescale: 100000,
  minmov: 1,
  volumePrecision: 0,
  qty: FX_UNITS,
  ...listing,
});

const index = (listing: Listing): Instrument => ({
  type: 'index',
  exchange: 'INDEX',
  ...NEW_YORK_HOURS,
  ...CENTS,
  volumePrecision: 0,
  qty: INDEX_UNITS,
  ...listing,
});

export const INSTRUMENTS: readonly Instrument[] = [
  nasdaq({
    ticker: 'AAPL',
    name: 'AAPL',
    description: 'Apple Inc.',
    basePrice: 190,
    volatility: 0.26,
    spread: 0.0001,
    dailyVolume: 55e6,
  }),
  nasdaq({
    ticker: 'MSFT',
    name: 'MSFT',
    description: 'Microsoft Corporation',
    basePrice: 420,
    volatility: 0.24,
    spread: 0.0001,
    dailyVolume: 22e6,
  }),
  nasdaq({
    ticker: 'NVDA',
    name: 'NVDA',
    description: 'NVIDIA Corporation',
    basePrice: 120,
    volatility: 0.5,
    spread: 0.0001,
    dailyVolume: 300e6,
  }),
  nasdaq({
    ticker: 'AMZN',
    name: 'AMZN',
    description: 'Amazon.com, Inc.',
    basePrice: 185,
    volatility: 0.32,
    spread: 0.0001,
    dailyVolume: 45e6,
  }),
  nasdaq({
    ticker: 'GOOGL',
    name: 'GOOGL',
    description: 'Alphabet Inc. Class A',
    basePrice: 170,
    volatility: 0.3,
    spread: 0.0001,
    dailyVolume: 28e6,
  }),
  nasdaq({
    ticker: 'META',
    name: 'META',
    description: 'Meta Platforms, Inc.',
    basePrice: 500,
    volatility: 0.38,
    spread: 0.0001,
    dailyVolume: 15e6,
  }),
  nasdaq({
    ticker: 'TSLA',
    name: 'TSLA',
    description: 'Tesla, Inc.',
    basePrice: 240,
    volatility: 0.6,
    spread: 0.0002,
    dailyVolume: 95e6,
  }),
  nyse({
    ticker: 'JPM',
    name: 'JPM',
    description: 'JPMorgan Chase & Co.',
    basePrice: 200,
    volatility: 0.22,
    spread: 0.0001,
    dailyVolume: 9e6,
  }),
  nyse({
    ticker: 'V',
    name: 'V',
    description: 'Visa Inc. Class A',
    basePrice: 280,
    volatility: 0.2,
    spread: 0.0001,
    dailyVolume: 6e6,
  }),
  nyse({
    ticker: 'KO',
    name: 'KO',
    description: 'The Coca-Cola Company',
    basePrice: 62,
    volatility: 0.15,
    spread: 0.0002,
    dailyVolume: 13e6,
  }),
  nyse({
    ticker: 'XOM',
    name: 'XOM',
    description: 'Exxon Mobil Corporation',
    basePrice: 115,
    volatility: 0.25,
    spread: 0.0001,
    dailyVolume: 16e6,
  }),
  nyse({
    ticker: 'DIS',
    name: 'DIS',
    description: 'The Walt Disney Company',
    basePrice: 100,
    volatility: 0.28,
    spread: 0.0001,
    dailyVolume: 9e6,
  }),
  {
    ...usStock('XETRA')({
      ticker: 'SAP',
      name: 'SAP',
      description: 'SAP SE',
      basePrice: 180,
      volatility: 0.24,
      spread: 0.0002,
      dailyVolume: 1.8e6,
    }),
    timezone: 'Europe/Berlin',
    open: '0900',
    close: '1730',
    currency: 'EUR',
  },
  {
    ...usStock('LSE')({
      ticker: 'VOD',
      name: 'VOD',
      description: 'Vodafone Group Plc (pence)',
      basePrice: 70,
      volatility: 0.27,
      spread: 0.0005,
      dailyVolume: 60e6,
    }),
    timezone: 'Europe/London',
    open: '0800',
    close: '1630',
    currency: 'GBX',
  },
  crypto({
    ticker: 'BTCUSD',
    qty: { min: 0.0001, max: 1000, step: 0.0001 },
    name: 'BTCUSD',
    description: 'Bitcoin / US Dollar',
    basePrice: 65000,
    volatility: 0.6,
    spread: 0.0001,
    dailyVolume: 25000,
  }),
  crypto({
    ticker: 'ETHUSD',
    qty: { min: 0.001, max: 10_000, step: 0.001 },
    name: 'ETHUSD',
    description: 'Ethereum / US Dollar',
    basePrice: 3200,
    volatility: 0.7,
    spread: 0.00015,
    dailyVolume: 300000,
  }),
  crypto({
    ticker: 'SOLUSD',
    qty: { min: 0.01, max: 100_000, step: 0.01 },
    name: 'SOLUSD',
    description: 'Solana / US Dollar',
    basePrice: 150,
    volatility: 0.9,
    spread: 0.0003,
    dailyVolume: 3e6,
    pricescale: 100,
  }),
  crypto({
    ticker: 'XRPUSD',
    qty: { min: 1, max: 10_000_000, step: 1 },
    name: 'XRPUSD',
    description: 'XRP / US Dollar',
    basePrice: 0.55,
    volatility: 0.8,
    spread: 0.0005,
    dailyVolume: 900e6,
    pricescale: 10000,
    volumePrecision: 0,
  }),
  crypto({
    ticker: 'DOGEUSD',
    qty: { min: 1, max: 100_000_000, step: 1 },
    name: 'DOGEUSD',
    description: 'Dogecoin / US Dollar',
    basePrice: 0.12,
    volatility: 1.0,
    spread: 0.0008,
    dailyVolume: 2e9,
    pricescale: 100000,
    volumePrecision: 0,
  }),
  forex({
    ticker: 'EURUSD',
    name: 'EURUSD',
    description: 'Euro / US Dollar',
    basePrice: 1.085,
    volatility: 0.07,
    spread: 0.00008,
    dailyVolume: 250000,
  }),
  forex({
    ticker: 'GBPUSD',
    name: 'GBPUSD',
    description: 'British Pound / US Dollar',
    basePrice: 1.27,
    volatility: 0.08,
    spread: 0.0001,
    dailyVolume: 180000,
  }),
  forex({
    ticker: 'USDJPY',
    name: 'USDJPY',
    description: 'US Dollar / Japanese Yen',
    basePrice: 151.5,
    volatility: 0.09,
    spread: 0.0001,
    dailyVolume: 200000,
    pricescale: 1000,
  }),
  forex({
    ticker: 'AUDUSD',
    name: 'AUDUSD',
    description: 'Australian Dollar / US Dollar',
    basePrice: 0.66,
    volatility: 0.1,
    spread: 0.00012,
    dailyVolume: 90000,
  }),
  forex({
    ticker: 'USDCHF',
    name: 'USDCHF',
    description: 'US Dollar / Swiss Franc',
    basePrice: 0.9,
    volatility: 0.08,
    spread: 0.00012,
    dailyVolume: 70000,
  }),
  index({
    ticker: 'SPX',
    name: 'SPX',
    description: 'S&P 500 Index',
    basePrice: 5200,
    volatility: 0.16,
    spread: 0.00005,
    dailyVolume: 2.5e9,
  }),
  index({
    ticker: 'NDX',
    name: 'NDX',
    description: 'Nasdaq 100 Index',
    basePrice: 18000,
    volatility: 0.2,
    spread: 0.00005,
    dailyVolume: 1.2e9,
  }),
  index({
    ticker: 'DJI',
    name: 'DJI',
    description: 'Dow Jones Industrial Average',
    basePrice: 39000,
    volatility: 0.14,
    spread: 0.00005,
    dailyVolume: 350e6,
  }),
  {
    ...index({
      ticker: 'DAX',
      name: 'DAX',
      description: 'DAX Performance Index',
      basePrice: 18000,
      volatility: 0.17,
      spread: 0.00005,
      dailyVolume: 90e6,
    }),
    exchange: 'XETRA',
    timezone: 'Europe/Berlin',
    open: '0900',
    close: '1730',
    currency: 'EUR',
  },
];
