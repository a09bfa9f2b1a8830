// What the offline broker accepts, with messages that name the offending field like the backend's
// (SPEC §2, §3, §7), and where exit orders sit: bracket sides, pip sizes, trailing stops.
import { OrderType, Side } from '@trading-pro/contract';
import type { Brackets, PreOrder } from '../../types/broker';
import type { SymbolInfo, SymbolType } from '../../types/market';
import {
  pipSize,
  positionBracketErrors as sharedPositionBracketErrors,
  trailingStopPrice as sharedTrailingStopPrice,
  type BidAsk,
} from '@trading-pro/contract/paper';

export { exitSide, orderErrors } from '@trading-pro/contract/paper';

/**
 * What the broker needs to know of an instrument, taken from the datafeed's SymbolInfo; it is
 * the contract's TickedInstrument, so the shared rules take it as it is.
 */
export interface BrokerInstrument {
  symbol: string;
  type: SymbolType;
  /** Price increment (minmov / pricescale). */
  tickSize: number;
  currency: string;
  maxLeverage: number;
}

export const LEVERAGE_MIN = 1;
const LEVERAGE_MAX = 20;
/** Crypto moves several times faster than the rest, so it gets less rope. */
const CRYPTO_LEVERAGE_MAX = 5;
export const LEVERAGE_STEP = 1;

export function brokerInstrument(info: SymbolInfo): BrokerInstrument {
  return {
    symbol: info.ticker,
    type: info.type,
    tickSize: info.minmov / info.pricescale,
    currency: info.currency_code ?? 'USD',
    maxLeverage: info.type === 'crypto' ? CRYPTO_LEVERAGE_MAX : LEVERAGE_MAX,
  };
}

const BRACKET_PRICE_FIELDS = ['takeProfit', 'stopLoss', 'guaranteedStop'] as const;
/** The backend's schema bound on a quantity. */
const MAX_QTY = 1e9;

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * Problems of a PreOrder's fields on their own (the backend's schema validation): the ticket
 * may hand over NaN from an empty input, or a string from a form, whatever the types say.
 */
export function preOrderShapeErrors(pre: PreOrder): string[] {
  const errors: string[] = [];
  if (typeof pre.symbol !== 'string' || pre.symbol.trim() === '') {
    errors.push('symbol: required');
  }
  if (pre.side !== Side.Buy && pre.side !== Side.Sell) {
    errors.push(`side: must be ${Side.Buy} (buy) or ${Side.Sell} (sell), got ${String(pre.side)}`);
  }
  if (!Object.values(OrderType).includes(pre.type)) {
    errors.push(
      `type: must be ${OrderType.Limit} (limit), ${OrderType.Market} (market), ` +
        `${OrderType.Stop} (stop) or ${OrderType.StopLimit} (stop-limit), got ${String(pre.type)}`,
    );
  }
  if (!isPositive(pre.qty) || pre.qty > MAX_QTY) {
    errors.push(`qty: must be a number above 0 and at most ${MAX_QTY}, got ${String(pre.qty)}`);
  }
  errors.push(...bracketShapeErrors(pre));
  for (const field of ['limitPrice', 'stopPrice'] as const) {
    const value = pre[field];
    if (value !== undefined && !isPositive(value)) {
      errors.push(`${field}: must be a number above 0, got ${String(value)}`);
    }
  }
  return errors;
}

function bracketShapeErrors(brackets: Brackets): string[] {
  const errors: string[] = [];
  for (const field of [...BRACKET_PRICE_FIELDS, 'trailingStopPips'] as const) {
    const value = brackets[field];
    if (value !== undefined && !isPositive(value)) {
      errors.push(`${field}: must be a number above 0, got ${String(value)}`);
    }
  }
  return errors;
}

/** Problems of new exits for an open position: the backend's rules, after the shape checks. */
export function positionBracketErrors(
  positionSide: Side,
  brackets: Brackets,
  instrument: BrokerInstrument,
  quote: BidAsk,
): string[] {
  const errors = bracketShapeErrors(brackets);
  if (errors.length > 0) return errors;
  return sharedPositionBracketErrors(positionSide, brackets, instrument, quote);
}

/** Where a trailing stop sits now, `pips` of the instrument beyond the exit price. */
export function trailingStopPrice(input: {
  positionSide: Side;
  quote: BidAsk;
  pips: number;
  instrument: BrokerInstrument;
  current?: number;
}): number {
  const { positionSide, quote, pips, instrument, current } = input;
  return sharedTrailingStopPrice({
    positionSide,
    quote,
    pips,
    pipSize: pipSize(instrument),
    ...(current === undefined ? {} : { current }),
  });
}

export function leverageErrors(leverage: number, instrument: BrokerInstrument): string[] {
  if (
    typeof leverage !== 'number' ||
    !Number.isInteger(leverage) ||
    leverage < LEVERAGE_MIN ||
    leverage > instrument.maxLeverage
  ) {
    return [
      `leverage: ${String(leverage)} must be a whole number from ${LEVERAGE_MIN} to ` +
        `${instrument.maxLeverage} for ${instrument.symbol}`,
    ];
  }
  return [];
}
