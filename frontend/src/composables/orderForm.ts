// The order ticket's rules, independent of the form that shows them: which prices an order
// type needs, what is wrong with the trader's input (per field, in words), and the PreOrder the
// broker receives. The broker checks again; this only lets the trader fix mistakes before
// asking.
import { OrderType, Side } from '@trading-pro/contract';
import type { DurationType, PreOrder } from '../types/broker';

export type TicketType = 'market' | 'limit' | 'stop' | 'stop-limit';

export const TICKET_TYPES: { value: TicketType; label: string; type: OrderType }[] = [
  { value: 'market', label: 'Market', type: OrderType.Market },
  { value: 'limit', label: 'Limit', type: OrderType.Limit },
  { value: 'stop', label: 'Stop', type: OrderType.Stop },
  { value: 'stop-limit', label: 'Stop limit', type: OrderType.StopLimit },
];

/** What the trader typed; prices are text so an empty field means "none". */
export interface OrderForm {
  symbol: string;
  side: Side;
  type: TicketType;
  qty: string;
  limitPrice: string;
  stopPrice: string;
  takeProfit: string;
  stopLoss: string;
  /** Time in force; GTC when the broker's configuration offers nothing else. */
  duration: DurationType;
  /** A GTD order's end, as a `datetime-local` input gives it (local time, `YYYY-MM-DDTHH:mm`). */
  expiry: string;
}

export type OrderFormField =
  'qty' | 'limitPrice' | 'stopPrice' | 'takeProfit' | 'stopLoss' | 'expiry';
export type OrderFormErrors = Partial<Record<OrderFormField, string>>;

export interface QuoteSnapshot {
  bid: number;
  ask: number;
}

export const needsLimitPrice = (type: TicketType) => type === 'limit' || type === 'stop-limit';
export const needsStopPrice = (type: TicketType) => type === 'stop' || type === 'stop-limit';

/**
 * Plain decimals only: `Number()` would read "0x10" as 16 and "1e3" as 1000, and a comma is
 * ambiguous ("1,000" a thousand, or one?) — a quantity misread is an order of the wrong size.
 */
const PLAIN_DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/** A typed number: undefined when empty, NaN when it is not a plain decimal. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return PLAIN_DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const parse = parseNumber;

/** What is wrong with a typed positive number, in words; undefined when it is fine. */
export function positiveNumberError(
  text: string,
  label: string,
  required: boolean,
): string | undefined {
  const value = parseNumber(text);
  if (value === undefined) return required ? `${label} is required` : undefined;
  if (Number.isNaN(value)) return `${label} must be a plain number, like 1234.5`;
  if (value <= 0) return `${label} must be greater than 0`;
  return undefined;
}

/** The price brackets are measured against (SPEC §7). */
export function referencePrice(
  form: OrderForm,
  quote: QuoteSnapshot | undefined,
): number | undefined {
  if (needsLimitPrice(form.type)) {
    const limit = parse(form.limitPrice);
    if (limit !== undefined && !Number.isNaN(limit)) return limit;
  }
  if (form.type === 'stop') {
    const stop = parse(form.stopPrice);
    if (stop !== undefined && !Number.isNaN(stop)) return stop;
  }
  if (quote === undefined) return undefined;
  return form.side === Side.Buy ? quote.ask : quote.bid;
}

/** A `datetime-local` value as Unix ms (local time), undefined when it is not one. */
export function parseLocalDateTime(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text.trim())) return undefined;
  const time = new Date(text.trim()).getTime();
  return Number.isFinite(time) ? time : undefined;
}

export function validateOrderForm(
  form: OrderForm,
  quote: QuoteSnapshot | undefined,
  now: number = Date.now(),
): OrderFormErrors {
  const errors: OrderFormErrors = {};
  const positive = (field: OrderFormField, label: string, required: boolean) => {
    const problem = positiveNumberError(form[field], label, required);
    if (problem !== undefined) errors[field] = problem;
  };
  positive('qty', 'Quantity', true);
  positive('limitPrice', 'Limit price', needsLimitPrice(form.type));
  positive('stopPrice', 'Stop price', needsStopPrice(form.type));
  positive('takeProfit', 'Take profit', false);
  positive('stopLoss', 'Stop loss', false);

  if (form.duration === 'GTD') {
    const expiry = parseLocalDateTime(form.expiry);
    if (form.expiry.trim() === '') errors.expiry = 'Expiry is required for a good-till-date order';
    else if (expiry === undefined) errors.expiry = 'Expiry must be a date and time';
    else if (expiry <= now) errors.expiry = 'Expiry must be in the future';
  }

  const reference = referencePrice(form, quote);
  const buy = form.side === Side.Buy;
  const takeProfit = parse(form.takeProfit);
  const stopLoss = parse(form.stopLoss);
  if (reference !== undefined && errors.takeProfit === undefined && takeProfit !== undefined) {
    if (buy ? takeProfit <= reference : takeProfit >= reference) {
      errors.takeProfit = `Take profit must be ${buy ? 'above' : 'below'} ${reference}`;
    }
  }
  if (reference !== undefined && errors.stopLoss === undefined && stopLoss !== undefined) {
    if (buy ? stopLoss >= reference : stopLoss <= reference) {
      errors.stopLoss = `Stop loss must be ${buy ? 'below' : 'above'} ${reference}`;
    }
  }
  return errors;
}

/** The order the broker receives; call only when validateOrderForm found nothing. */
export function toPreOrder(form: OrderForm, quote: QuoteSnapshot | undefined): PreOrder {
  const type = TICKET_TYPES.find((entry) => entry.value === form.type)?.type ?? OrderType.Market;
  const order: PreOrder = {
    symbol: form.symbol,
    side: form.side,
    type,
    qty: Number(parse(form.qty)),
  };
  const set = (key: 'limitPrice' | 'stopPrice' | 'takeProfit' | 'stopLoss', text: string) => {
    const value = parse(text);
    if (value !== undefined) order[key] = value;
  };
  if (needsLimitPrice(form.type)) set('limitPrice', form.limitPrice);
  if (needsStopPrice(form.type)) set('stopPrice', form.stopPrice);
  set('takeProfit', form.takeProfit);
  set('stopLoss', form.stopLoss);
  if (form.duration !== 'GTC') {
    const datetime = form.duration === 'GTD' ? parseLocalDateTime(form.expiry) : undefined;
    order.duration = { type: form.duration, ...(datetime === undefined ? {} : { datetime }) };
  }
  if (quote !== undefined) {
    order.currentQuotes = { ask: quote.ask, bid: quote.bid };
    order.seenPrice = form.side === Side.Buy ? quote.ask : quote.bid;
  }
  return order;
}
