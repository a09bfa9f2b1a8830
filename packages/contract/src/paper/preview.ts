// An order's preview (docs/contract.md#rest `/orders/preview`): what it would cost and require, and what is
// wrong with it — reported, not thrown, so a ticket can show it before the trader confirms. The
// backend's broker and the terminal's offline broker build it here, so both read the same.
import { OrderType, Side } from '../enums.js';
import {
  commission,
  marginCheck,
  marginFor,
  type EquityData,
  type NetPosition,
} from './accounting.js';
import { expectedPrice, limitReached, marketPrice, type BidAsk } from './matching.js';
import { decimalsOf } from './brackets.js';
import { noConversionReason } from './conversion.js';
import { formatAmount } from './money.js';
import { orderErrors, type OrderPrices, type TickedInstrument } from './order-rules.js';

export interface OrderPreviewResult {
  sections: { header?: string; rows: { title: string; value: string }[] }[];
  confirmId?: string;
  warnings?: string[];
  errors?: string[];
}

export interface OrderPreviewInput {
  order: OrderPrices & { qty: number; trailingStopPips?: number };
  instrument: TickedInstrument & { symbol: string; currency: string };
  quote: BidAsk;
  /** Said by the caller (e.g. outside the trading session); the preview adds its own. */
  warnings?: readonly string[];
  /** Found by the caller's own checks (quantity grid, duration); reported before the preview's. */
  errors?: readonly string[];
  equity: Pick<EquityData, 'marginAvailable'>;
  /** The account's net position in the symbol (signed qty), if any. */
  position: NetPosition | undefined;
  leverage: number;
  commissionRate: number;
  /** The account's currency (commission and margin are in it); defaults to the instrument's. */
  accountCurrency?: string;
  /**
   * The instrument currency's rate into the account currency. Unknown (undefined) while the
   * currencies differ: the order is refused with the reason and the figures are unconverted.
   */
  fx?: number;
  /** The price the trader saw when deciding; a warning says when the market has moved since. */
  seenPrice?: number;
  /** How long the order works, as the trader should read it ("Good till cancelled"). */
  durationText?: string;
  /** Unix ms, to make the confirmation id. */
  now: number;
}

const TYPE_NAMES: Record<OrderType, string> = {
  [OrderType.Market]: 'Market',
  [OrderType.Limit]: 'Limit',
  [OrderType.Stop]: 'Stop',
  [OrderType.StopLimit]: 'Stop-limit',
};

export function orderPreview(input: OrderPreviewInput): OrderPreviewResult {
  const { order, instrument, quote, position, leverage } = input;
  const { symbol, currency } = instrument;
  const accountCurrency = input.accountCurrency ?? currency;
  const convertible = input.fx !== undefined || currency === accountCurrency;
  const fx = input.fx ?? 1;
  const market = marketPrice(order.side, quote);
  const price = expectedPrice(order, quote);
  const errors = [...(input.errors ?? []), ...orderErrors(order, instrument, quote)];
  const margin = marginCheck({
    equity: input.equity,
    position,
    side: order.side,
    qty: order.qty,
    price,
    leverage,
    commissionRate: input.commissionRate,
    currency: accountCurrency,
    fx,
  });
  if (!convertible) errors.push(noConversionReason(currency, accountCurrency));
  else if (!margin.ok) errors.push(margin.reason);

  const warnings = [...(input.warnings ?? [])];
  const held = position?.qty ?? 0;
  if (held !== 0 && Math.sign(held) !== order.side && order.qty > Math.abs(held)) {
    warnings.push(
      `This order closes your ${held > 0 ? 'long' : 'short'} position of ${Math.abs(held)} ` +
        `${symbol} and opens the opposite one`,
    );
  }
  if (
    order.type === OrderType.Limit &&
    order.limitPrice !== undefined &&
    limitReached(order.side, order.limitPrice, quote)
  ) {
    warnings.push(`The limit is at or through the market (${market}): the order fills at once`);
  }
  if (input.seenPrice !== undefined && input.seenPrice !== market) {
    warnings.push(
      `The price moved from ${formatPrice(input.seenPrice, instrument.tickSize)} to ` +
        `${formatPrice(market, instrument.tickSize)} since you saw it`,
    );
  }

  const money = (value: number, unit = accountCurrency) => `${formatAmount(value)} ${unit}`;
  const priceText = formatPrice(price, instrument.tickSize);
  // Without a rate there is no account-currency figure to show: only the refusal.
  const accountRows = !convertible
    ? []
    : [
        ...(currency === accountCurrency
          ? []
          : [{ title: 'Conversion', value: `1 ${currency} = ${rateText(fx)} ${accountCurrency}` }]),
        {
          title: 'Commission',
          value: money(commission(order.qty, price, input.commissionRate, fx)),
        },
        {
          title: `Margin (leverage ${leverage})`,
          value: money(orderMargin(position, order.side, order.qty, price, leverage, fx)),
        },
        ...bracketRows(order, price, instrument.tickSize, fx, money),
      ];
  return {
    sections: [
      {
        header: `${order.side === Side.Buy ? 'Buy' : 'Sell'} ${order.qty} ${symbol}`,
        rows: [
          { title: 'Order type', value: TYPE_NAMES[order.type] ?? String(order.type) },
          ...(input.durationText === undefined
            ? []
            : [{ title: 'Duration', value: input.durationText }]),
          { title: 'Estimated price', value: `${priceText} ${currency}` },
          { title: 'Estimated value', value: money(order.qty * price, currency) },
          ...accountRows,
          { title: 'Margin available', value: money(input.equity.marginAvailable) },
        ],
      },
    ],
    ...(errors.length === 0 ? { confirmId: `preview-${symbol}-${input.now.toString(36)}` } : {}),
    warnings,
    errors,
  };
}

/**
 * The margin an order adds (docs/broker.md#accounting, on the net new exposure): none for an order that only
 * reduces a position, and for a reversal only the part beyond zero.
 */
export function orderMargin(
  position: NetPosition | undefined,
  side: Side,
  qty: number,
  price: number,
  leverage: number,
  fx = 1,
): number {
  const held = position?.qty ?? 0;
  const opposite = held !== 0 && Math.sign(held) !== side;
  const opened = opposite ? Math.max(0, qty - Math.abs(held)) : qty;
  return marginFor(opened, price, leverage, fx);
}

/** The exits the order will attach, with what is at risk to the stop and what the target pays. */
function bracketRows(
  order: OrderPreviewInput['order'],
  entry: number,
  tickSize: number,
  fx: number,
  money: (value: number) => string,
): { title: string; value: string }[] {
  const amount = (exit: number) => money(Math.abs(exit - entry) * order.qty * fx);
  const rows: { title: string; value: string }[] = [];
  const stop = order.guaranteedStop ?? order.stopLoss;
  if (stop !== undefined) {
    rows.push({
      title: order.guaranteedStop !== undefined ? 'Guaranteed stop' : 'Stop-loss',
      value: `${formatPrice(stop, tickSize)} (risk ${amount(stop)})`,
    });
  } else if (order.trailingStopPips !== undefined) {
    rows.push({ title: 'Trailing stop', value: `${order.trailingStopPips} pips behind the price` });
  }
  if (order.takeProfit !== undefined) {
    rows.push({
      title: 'Take-profit',
      value: `${formatPrice(order.takeProfit, tickSize)} (reward ${amount(order.takeProfit)})`,
    });
  }
  return rows;
}

/** A price at its tick's decimals: 1.08410, 43,873.08. */
function formatPrice(price: number, tickSize: number): string {
  const decimals = tickDecimals(tickSize);
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(price);
}

/** A rate with five significant digits: 0.0066007, 1.0851, 0.012701. */
function rateText(rate: number): string {
  return new Intl.NumberFormat('en-US', { maximumSignificantDigits: 5 }).format(rate);
}

/** Decimals of a tick size (0.01 → 2, 0.00001 → 5, 0.5 → 1, 1 → 0), at most 10. */
export function tickDecimals(tickSize: number): number {
  return Math.min(10, decimalsOf(tickSize));
}
