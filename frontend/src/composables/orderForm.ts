// The order ticket's rules, independent of the form that shows them: which prices an order
// type needs, what is wrong with the trader's input (per field, in words), and the PreOrder the
// broker receives. The broker checks again; this only lets the trader fix mistakes before
// asking.
import { OrderType, Side } from '@trading-pro/contract';
import { formatPrice, formatQty } from '../formatting/numbers';
import { isOnGrid, tickDecimals } from '@trading-pro/contract/paper';
import type { DurationType, PreOrder } from '../types/broker';
import type { InstrumentGrid } from '../types/market';

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
const NEGATIVE_DECIMAL = /^-\s*(\d+(\.\d*)?|\.\d+)$/;

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
  // "-1" is a number, just not one this field takes.
  if (NEGATIVE_DECIMAL.test(text.trim())) return `${label} must be greater than 0`;
  if (Number.isNaN(value)) return `${label} must be a plain number, like 1234.5`;
  if (value <= 0) return `${label} must be greater than 0`;
  return undefined;
}

/** A price off its instrument's tick, with the two nearest prices on it. */
export function tickError(price: number, tick: number, label: string): string | undefined {
  if (isOnGrid(price, tick)) return undefined;
  const decimals = tickDecimals(tick);
  const below = Math.floor(price / tick) * tick;
  return `${label} must be in steps of ${formatPrice(tick, decimals)}: ${formatPrice(below, decimals)} or ${formatPrice(below + tick, decimals)}`;
}

/** A quantity outside what one order of the instrument may trade. */
export function qtyGridError(qty: number, grid: InstrumentGrid['qty']): string | undefined {
  if (qty < grid.min) return `Quantity must be at least ${formatQty(grid.min)}`;
  if (qty > grid.max) return `Quantity must be at most ${formatQty(grid.max)}`;
  if (!isOnGrid(qty, grid.step)) return `Quantity must be in steps of ${formatQty(grid.step)}`;
  return undefined;
}

/** The price brackets are measured against (docs/broker.md#brackets). */
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
  grid?: InstrumentGrid,
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
  if (grid !== undefined) onInstrumentGrid(form, grid, errors);

  if (form.duration === 'GTD') {
    const expiry = parseLocalDateTime(form.expiry);
    if (form.expiry.trim() === '') errors.expiry = 'Expiry is required for a good-till-date order';
    else if (expiry === undefined) errors.expiry = 'Expiry must be a date and time';
    else if (expiry <= now) errors.expiry = 'Expiry must be in the future';
  }

  const buy = form.side === Side.Buy;
  const price = (value: number) =>
    formatPrice(value, grid === undefined ? undefined : tickDecimals(grid.tick));
  const stop = parse(form.stopPrice);
  if (needsStopPrice(form.type) && quote !== undefined && !errors.stopPrice && stop !== undefined) {
    // At or through the market a stop would fire at once: that is a market order.
    if (buy ? stop <= quote.ask : stop >= quote.bid) {
      errors.stopPrice = `Stop price must be ${buy ? 'above the ask' : 'below the bid'} ${price(buy ? quote.ask : quote.bid)}, or the order fills at once`;
    }
  }

  const reference = referencePrice(form, quote);
  const takeProfit = parse(form.takeProfit);
  const stopLoss = parse(form.stopLoss);
  if (reference !== undefined && errors.takeProfit === undefined && takeProfit !== undefined) {
    if (buy ? takeProfit <= reference : takeProfit >= reference) {
      errors.takeProfit = `Take profit must be ${buy ? 'above' : 'below'} ${price(reference)}`;
    }
  }
  if (reference !== undefined && errors.stopLoss === undefined && stopLoss !== undefined) {
    if (buy ? stopLoss >= reference : stopLoss <= reference) {
      errors.stopLoss = `Stop loss must be ${buy ? 'below' : 'above'} ${price(reference)}`;
    }
  }
  return errors;
}

/** Quantity and prices against the instrument's grid, for fields with no other problem. */
function onInstrumentGrid(form: OrderForm, grid: InstrumentGrid, errors: OrderFormErrors): void {
  const qty = parse(form.qty);
  if (errors.qty === undefined && qty !== undefined) {
    const problem = qtyGridError(qty, grid.qty);
    if (problem !== undefined) errors.qty = problem;
  }
  const prices: [OrderFormField, string, boolean][] = [
    ['limitPrice', 'Limit price', needsLimitPrice(form.type)],
    ['stopPrice', 'Stop price', needsStopPrice(form.type)],
    ['takeProfit', 'Take profit', true],
    ['stopLoss', 'Stop loss', true],
  ];
  for (const [field, label, used] of prices) {
    const price = parse(form[field]);
    if (!used || errors[field] !== undefined || price === undefined) continue;
    const problem = tickError(price, grid.tick, label);
    if (problem !== undefined) errors[field] = problem;
  }
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
