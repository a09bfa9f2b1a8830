// Money and quantities are plain JS numbers. Binary floats cannot hold most decimal fractions, so
// sums such as 0.1 + 0.2 pick up noise (0.30000000000000004) that would leak into the API, into
// persisted balances and into equality checks. Every monetary result (P&L, commission, balance,
// margin) is therefore snapped to a 1e-8 grid where it is produced — once, by roundMoney — rather
// than carried around as a decimal type:
// - 1e-8 is finer than any currency's minor unit and than crypto's smallest unit (1 satoshi), so
//   rounding never changes a meaningful digit;
// - below ~9e7, value * 1e8 stays under 2^53, where doubles hold integers exactly, so the grid is
//   honoured exactly; above it a double's own spacing is coarser than the grid, there is no noise
//   left to remove, and scaling up and down would only add some — such values pass through.
// Prices and average prices are NOT rounded: an average price is a ratio, and snapping it would
// bias every later realised P&L by qty × the rounding error.

const SCALE = 1e8;
const EXACT_LIMIT = Number.MAX_SAFE_INTEGER / SCALE;

function snap(value: number): number {
  if (!(Math.abs(value) < EXACT_LIMIT)) return value;
  const rounded = Math.round(value * SCALE) / SCALE;
  // Math.round(-0.4) is -0: normalise so a flat P&L is a plain 0 everywhere (Object.is, String).
  return rounded === 0 ? 0 : rounded;
}

/** A monetary value on the 1e-8 grid (see the file comment for why 1e-8). */
export function roundMoney(value: number): number {
  return snap(value);
}

/**
 * A quantity on the same 1e-8 grid. Fractional quantities (0.1 BTC + 0.2 BTC − 0.3 BTC) must sum
 * to exactly 0, or a closed position would linger as 5e-17 forever.
 */
export function roundQuantity(value: number): number {
  return snap(value);
}

const AMOUNT_FORMAT = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "1234.5" → "1,234.50": amounts in human-readable messages (rejection reasons). */
export function formatAmount(value: number): string {
  return AMOUNT_FORMAT.format(value);
}
