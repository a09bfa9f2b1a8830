import { decimalsOf } from '@trading-pro/contract/paper';

// Number formatting for prices, quantities and money. Prices show the digits they carry (the
// feed's prices sit on their tick), so EURUSD shows five decimals and BTCUSD two.

/**
 * Decimals for a price when the instrument is unknown: the digits the price itself carries (the
 * feed's prices sit on their tick, so EURUSD shows 5 and USDJPY 3), at least 2 and at most 5 —
 * an average price is a ratio with endless digits.
 */
export function guessDecimals(price: number): number {
  // 12 significant digits drop float noise (190.1 − 0.02 = 190.07999999999998 → 190.08).
  return Math.min(5, Math.max(2, decimalsOf(Number(price.toPrecision(12)))));
}

export function formatPrice(value: number | undefined, decimals?: number): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const places = decimals ?? guessDecimals(value);
  return value.toLocaleString('en-US', {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  });
}

export function formatQty(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 8 });
}

/** A traded volume, compact: `950`, `10.08K`, `1.2M`. */
export function formatVolume(value: number): string {
  return value.toLocaleString('en-US', { notation: 'compact', maximumFractionDigits: 2 });
}

export function formatMoney(value: number | undefined, currency = 'USD'): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

export function formatSigned(value: number, decimals = 2): string {
  const text = Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${text}`;
}

export function formatPercent(value: number): string {
  return `${formatSigned(value, 2)}%`;
}

/**
 * The colour class of a signed amount as it is shown (`decimals` places): green up, red down,
 * and none for what reads as zero — a "$0.00" or "−0.00" P&L is neither a gain nor a loss.
 */
export function signTone(value: number | undefined, decimals = 2): '' | 'up' | 'down' {
  if (value === undefined || !Number.isFinite(value)) return '';
  const shown = Math.round(value * 10 ** decimals);
  return shown > 0 ? 'up' : shown < 0 ? 'down' : '';
}
