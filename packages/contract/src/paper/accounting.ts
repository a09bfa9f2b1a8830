// Net-position accounting (docs/broker.md#accounting): one signed position per symbol, realised P&L on the
// reduced part, and the account figures derived from deposit, realised P&L, commissions and the
// open positions marked to the quote. Monetary results are rounded with roundMoney (money.ts).
// Prices are in the instrument's currency; every monetary result is in the account's, through
// `fx` — the account-currency value of one unit of the instrument's currency (conversion.ts;
// 1 when both are the same).
import type { Side } from '../enums.js';
import { formatAmount, roundMoney, roundQuantity } from './money.js';
import type { BidAsk } from './matching.js';

/** qty is signed: long > 0, short < 0, flat 0 (with avgPrice 0). */
export interface NetPosition {
  qty: number;
  avgPrice: number;
}

/** One execution; qty > 0, the direction is in `side`. */
export interface Fill {
  side: Side;
  qty: number;
  price: number;
}

export const FLAT: NetPosition = Object.freeze({ qty: 0, avgPrice: 0 });

/**
 * The position after `fill`, and the gross P&L it realises (in the account currency, at `fx`).
 * Adding averages the price; reducing realises on the reduced qty and keeps the average;
 * crossing zero closes the old side and opens the remainder at the fill price. Never mutates
 * `position`.
 */
export function applyFill(
  position: NetPosition | undefined,
  fill: Fill,
  fx = 1,
): { position: NetPosition; realizedPL: number } {
  if (!(fill.qty > 0) || !Number.isFinite(fill.qty) || !Number.isFinite(fill.price)) {
    throw new RangeError(`applyFill: invalid fill qty ${fill.qty} at ${fill.price}`);
  }
  const current = position ?? FLAT;
  const held = Math.abs(current.qty);

  if (current.qty === 0) {
    // Opening takes the fill price itself: (3 × 100.1) / 3 would give 100.09999999999998.
    return { position: { qty: fill.side * fill.qty, avgPrice: fill.price }, realizedPL: 0 };
  }
  if (Math.sign(current.qty) === fill.side) {
    const qty = roundQuantity(held + fill.qty);
    // Incremental form: exact when the prices are equal. Not rounded: rounding here would drift
    // every later P&L; the API rounds what it shows.
    const avgPrice = current.avgPrice + ((fill.price - current.avgPrice) * fill.qty) / qty;
    return { position: { qty: fill.side * qty, avgPrice }, realizedPL: 0 };
  }

  const closed = Math.min(fill.qty, held);
  const direction = Math.sign(current.qty);
  const realizedPL = roundMoney(direction * (fill.price - current.avgPrice) * closed * fx);
  const remainingHeld = roundQuantity(held - closed);
  const opened = roundQuantity(fill.qty - closed);

  if (remainingHeld > 0) {
    return { position: { qty: direction * remainingHeld, avgPrice: current.avgPrice }, realizedPL };
  }
  if (opened > 0) {
    return { position: { qty: fill.side * opened, avgPrice: fill.price }, realizedPL };
  }
  return { position: { ...FLAT }, realizedPL };
}

/** Commission charged on a fill: a rate of the traded value, whatever the direction. */
export function commission(qty: number, price: number, rate: number, fx = 1): number {
  return roundMoney(Math.abs(qty * price) * rate * fx);
}

/** P&L of closing now: a long would sell at the bid, a short would buy back at the ask. */
export function unrealizedPL(position: NetPosition, quote: BidAsk, fx = 1): number {
  if (position.qty === 0) return 0;
  const exit = position.qty > 0 ? quote.bid : quote.ask;
  return roundMoney((exit - position.avgPrice) * position.qty * fx);
}

export function marginFor(qty: number, price: number, leverage: number, fx = 1): number {
  if (!(leverage > 0)) throw new RangeError(`marginFor: leverage must be > 0, got ${leverage}`);
  return roundMoney((Math.abs(qty * price) * fx) / leverage);
}

export interface AccountTotals {
  deposit: number;
  realizedPL: number;
  commissions: number;
}

/** An open position with what is needed to value it. */
export interface MarkedPosition {
  symbol: string;
  position: NetPosition;
  quote: BidAsk | undefined;
  leverage: number;
  /** The instrument currency's rate into the account currency (1 when they are the same). */
  fx?: number;
}

export interface EquityData {
  balance: number;
  equity: number;
  unrealizedPL: number;
  realizedPL: number;
  marginUsed: number;
  marginAvailable: number;
}

/**
 * The account's EquityData (docs/broker.md#accounting). A position without a quote (market closed, feed down)
 * contributes no unrealised P&L and its margin is taken at its average price, so the figures
 * stay defined instead of turning NaN.
 */
export function equityData(
  totals: AccountTotals,
  positions: readonly MarkedPosition[],
): EquityData {
  let unrealized = 0;
  let marginUsed = 0;
  for (const { position, quote, leverage, fx = 1 } of positions) {
    if (position.qty === 0) continue;
    unrealized += quote ? unrealizedPL(position, quote, fx) : 0;
    marginUsed += marginFor(position.qty, markPrice(position, quote), leverage, fx);
  }
  const balance = roundMoney(totals.deposit + totals.realizedPL - totals.commissions);
  const unrealizedTotal = roundMoney(unrealized);
  const equity = roundMoney(balance + unrealizedTotal);
  const marginTotal = roundMoney(marginUsed);
  return {
    balance,
    equity,
    unrealizedPL: unrealizedTotal,
    realizedPL: roundMoney(totals.realizedPL),
    marginUsed: marginTotal,
    marginAvailable: roundMoney(equity - marginTotal),
  };
}

/** The price a position is valued at: the bid for a long, the ask for a short (its average without a quote). */
export function markPrice(position: NetPosition, quote: BidAsk | undefined): number {
  if (!quote) return position.avgPrice;
  return position.qty > 0 ? quote.bid : quote.ask;
}

export interface MarginCheckInput {
  equity: Pick<EquityData, 'marginAvailable'>;
  position: NetPosition | undefined;
  side: Side;
  qty: number;
  /** The expected fill price (ask for a buy, bid for a sell, or the order's limit). */
  price: number;
  leverage: number;
  commissionRate: number;
  /** The account currency, only used in the reason; defaults to USD. */
  currency?: string;
  /** The instrument currency's rate into the account currency; defaults to 1. */
  fx?: number;
}

export type MarginCheckResult = { ok: true } | { ok: false; reason: string };

/**
 * Whether the account can afford the order (docs/broker.md#accounting: an order that would make marginAvailable
 * negative is rejected). An order that only reduces or closes a position is always allowed: it
 * frees margin, and refusing it would trap an under-margined trader in the position. Anything
 * that opens exposure — from flat, adding, or the new leg of a reversal — must leave
 * marginAvailable ≥ 0 once the resulting position's margin replaces the current one and the
 * commission is paid. Both margins are taken at the fill price, so adding q needs exactly
 * |q × price| / leverage whatever the spread.
 */
export function marginCheck(input: MarginCheckInput): MarginCheckResult {
  const { position, side, qty, price, leverage, fx = 1 } = input;
  const held = position?.qty ?? 0;
  const reducesOnly = held !== 0 && Math.sign(held) !== side && qty <= Math.abs(held);
  if (reducesOnly) return { ok: true };

  const resulting = applyFill(position, { side, qty, price }).position;
  const needed = roundMoney(
    marginFor(resulting.qty, price, leverage, fx) -
      marginFor(held, price, leverage, fx) +
      commission(qty, price, input.commissionRate, fx),
  );
  const available = input.equity.marginAvailable;
  if (roundMoney(available - needed) >= 0) return { ok: true };
  return {
    ok: false,
    reason:
      `Insufficient margin: order needs ${formatAmount(needed)} ${input.currency ?? 'USD'}, ` +
      `${formatAmount(available)} available`,
  };
}
