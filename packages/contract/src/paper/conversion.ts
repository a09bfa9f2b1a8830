// Currency conversion for the paper account. An instrument's prices — and so its P&L, commission
// and margin — are in the instrument's currency (USDJPY in JPY, SAP in EUR, VOD in pence); the
// account keeps its balance in its own currency. Each amount is converted where it is produced,
// at the rate of that moment: a realised P&L and a commission at the fill, the unrealised P&L and
// the margin at the current quote. Rates come from the catalogue's own FX pairs (EURUSD for EUR,
// USDJPY for JPY, taken at the mid price), so the market simulator that fills orders also
// prices the conversion.
import type { BidAsk } from './matching.js';

/** A currency quoted in a fraction of another (pence: 1 GBX = 0.01 GBP). */
const MINOR_UNITS: Readonly<Record<string, { major: string; factor: number }>> = {
  GBX: { major: 'GBP', factor: 0.01 },
  GBp: { major: 'GBP', factor: 0.01 },
  ZAc: { major: 'ZAR', factor: 0.01 },
  ILA: { major: 'ILS', factor: 0.01 },
};

/**
 * How an amount in one currency becomes an amount in another: multiplied by `factor`, then by
 * the mid price of `pair` (or divided by it when `inverted`). No pair: the factor alone.
 */
export interface ConversionRoute {
  from: string;
  to: string;
  factor: number;
  pair?: { symbol: string; inverted: boolean };
}

/**
 * The route from `from` to `to` through one listed FX pair (`FROMTO`, or `TOFROM` inverted),
 * or undefined when the catalogue lists neither. `listed` says whether a symbol is tradable here.
 */
export function conversionRoute(
  from: string,
  to: string,
  listed: (symbol: string) => boolean,
): ConversionRoute | undefined {
  const minor = MINOR_UNITS[from];
  const base = minor?.major ?? from;
  const factor = minor?.factor ?? 1;
  if (base === to) return { from, to, factor };
  if (listed(`${base}${to}`))
    return { from, to, factor, pair: { symbol: `${base}${to}`, inverted: false } };
  if (listed(`${to}${base}`))
    return { from, to, factor, pair: { symbol: `${to}${base}`, inverted: true } };
  return undefined;
}

/** The multiplier of the route at `quote` (the pair's quote; ignored when there is no pair). */
export function conversionRate(
  route: ConversionRoute,
  quote: BidAsk | undefined,
): number | undefined {
  if (route.pair === undefined) return route.factor;
  if (quote === undefined) return undefined;
  const mid = (quote.bid + quote.ask) / 2;
  if (!(mid > 0) || !Number.isFinite(mid)) return undefined;
  return route.pair.inverted ? route.factor / mid : route.factor * mid;
}

/** Why an instrument cannot be traded on the account: no rate between the two currencies. */
export function noConversionReason(from: string, to: string): string {
  return `Prices in ${from} cannot be converted to the account currency ${to}: no ${from}/${to} rate is listed`;
}
