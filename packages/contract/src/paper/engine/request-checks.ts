// Checks of a request's fields on their own, before any rule looks at the market. The backend's
// schemas refuse most of this already; the offline demo has no schema in front of it (a ticket
// may hand over NaN from an empty input), so the engine checks again, with the same messages.
import { OrderType, Side } from '../../enums.js';
import {
  DURATION_TYPES,
  type BracketsRequest,
  type OrderRequest,
  type PaperPolicy,
} from './types.js';

const BRACKET_PRICE_FIELDS = ['takeProfit', 'stopLoss', 'guaranteedStop'] as const;
/** The schema's bound on quantities and prices. */
const MAX_VALUE = 1e12;

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_VALUE;

export function requestShapeErrors(pre: OrderRequest): string[] {
  const errors: string[] = [];
  if (typeof pre.symbol !== 'string' || pre.symbol.trim() === '') errors.push('symbol: required');
  if (pre.side !== Side.Buy && pre.side !== Side.Sell) {
    errors.push(`side: must be ${Side.Buy} (buy) or ${Side.Sell} (sell), got ${String(pre.side)}`);
  }
  if (!Object.values(OrderType).includes(pre.type)) {
    errors.push(
      `type: must be ${OrderType.Limit} (limit), ${OrderType.Market} (market), ` +
        `${OrderType.Stop} (stop) or ${OrderType.StopLimit} (stop-limit), got ${String(pre.type)}`,
    );
  }
  if (!isPositive(pre.qty)) errors.push(`qty: must be greater than 0, got ${String(pre.qty)}`);
  for (const field of ['limitPrice', 'stopPrice'] as const) {
    const value = pre[field];
    if (value !== undefined && !isPositive(value)) {
      errors.push(`${field}: must be a number above 0, got ${String(value)}`);
    }
  }
  errors.push(...bracketShapeErrors(pre));
  return errors;
}

export function bracketShapeErrors(brackets: BracketsRequest): string[] {
  const errors: string[] = [];
  for (const field of [...BRACKET_PRICE_FIELDS, 'trailingStopPips'] as const) {
    const value = brackets[field];
    if (value !== undefined && !isPositive(value)) {
      errors.push(`${field}: must be a number above 0, got ${String(value)}`);
    }
  }
  return errors;
}

/** A duration must be one of the known ones; GTD needs a datetime in the future, and only GTD. */
export function durationErrors(duration: OrderRequest['duration'], now: number): string[] {
  if (duration === undefined) return [];
  if (!DURATION_TYPES.includes(duration.type)) {
    return [
      `duration.type: must be one of ${DURATION_TYPES.join(', ')}, got ${String(duration.type)}`,
    ];
  }
  const { datetime } = duration;
  if (duration.type !== 'GTD') {
    return datetime === undefined ? [] : [`duration.datetime: only a GTD order has a datetime`];
  }
  if (typeof datetime !== 'number' || !Number.isFinite(datetime)) {
    return ['duration.datetime: required for a GTD order (Unix milliseconds)'];
  }
  if (datetime <= now) {
    return [`duration.datetime: ${new Date(datetime).toISOString()} is not in the future`];
  }
  return [];
}

export function leverageErrors(leverage: number, policy: PaperPolicy): string[] {
  const { min, max, step } = policy.leverage;
  const steps = (leverage - min) / step;
  if (
    typeof leverage !== 'number' ||
    !Number.isFinite(leverage) ||
    leverage < min ||
    leverage > max ||
    Math.abs(steps - Math.round(steps)) > 1e-9
  ) {
    const whole = step === 1 ? 'a whole number' : `a multiple of ${step}`;
    return [`leverage: ${String(leverage)} must be ${whole} from ${min} to ${max}`];
  }
  return [];
}
