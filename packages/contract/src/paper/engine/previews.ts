// What a client may ask before acting: an order's preview (docs/contract.md#rest `/orders/preview`) and a
// leverage change's, both reported rather than thrown so a ticket can show them; and the
// leverage bounds of a symbol.
import { Side } from '../../enums.js';
import { orderPreview, type OrderPreviewResult } from '../preview.js';
import type { Book } from './book.js';
import { leverageChangeErrors } from './commands.js';
import { durationErrors, leverageErrors, requestShapeErrors } from './request-checks.js';
import { qtyErrors } from '../order-rules.js';
import type { EngineEnv, OrderDuration, OrderRequest } from './types.js';
import { accountEquity, fxRate, leverageOf, markingRate } from './valuation.js';
import { formatAmount } from '../money.js';
import { marginFor, markPrice } from '../accounting.js';

export const DURATION_NAMES: Record<OrderDuration['type'], string> = {
  GTC: 'Good till cancelled',
  DAY: 'Day',
  GTD: 'Good till date',
  IOC: 'Immediate or cancel',
  FOK: 'Fill or kill',
};

/** "Day, until 2026-12-02 21:00 UTC": when the order would stop working. */
function durationText(env: EngineEnv, symbol: string, duration: OrderDuration | undefined) {
  if (duration === undefined) return undefined;
  const name = DURATION_NAMES[duration.type] ?? duration.type;
  const until =
    duration.type === 'DAY'
      ? env.market.sessionClose(symbol, env.now)
      : duration.type === 'GTD'
        ? duration.datetime
        : undefined;
  if (until === undefined || !Number.isFinite(until)) return name;
  return `${name}, until ${new Date(until).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function previewOrder(book: Book, env: EngineEnv, pre: OrderRequest): OrderPreviewResult {
  const shape = requestShapeErrors(pre);
  if (shape.length > 0) return { sections: [], warnings: [], errors: shape };
  const instrument = env.market.instrument(pre.symbol);
  if (instrument === undefined) {
    return { sections: [], warnings: [], errors: [`symbol: unknown symbol "${pre.symbol}"`] };
  }
  const quote = env.market.quote(instrument.symbol);
  if (quote === undefined) {
    return {
      sections: [],
      warnings: [],
      errors: [`Market data is unavailable: no quote for ${instrument.symbol} reaches the broker`],
    };
  }
  const currency = book.account.currency;
  // Prices, brackets and the currency are checked by the preview itself.
  const errors = [
    ...qtyErrors(pre.qty, instrument.qty, instrument.symbol),
    ...durationErrors(pre.duration, env.now),
  ];
  return orderPreview({
    order: pre,
    instrument,
    quote,
    errors,
    warnings: quote.inSession
      ? []
      : [
          `${instrument.symbol} is outside its trading session; the order will work when the market opens`,
        ],
    equity: accountEquity(book, env.market, env.policy),
    position: book.position(instrument.symbol),
    leverage: leverageOf(book, env.policy, instrument.symbol),
    commissionRate: env.policy.commissionRate,
    accountCurrency: currency,
    fx: fxRate(env.market, instrument.currency, currency),
    seenPrice:
      pre.seenPrice ??
      (pre.currentQuotes === undefined
        ? undefined
        : pre.side === Side.Buy
          ? pre.currentQuotes.ask
          : pre.currentQuotes.bid),
    durationText: durationText(env, instrument.symbol, pre.duration),
    now: env.now,
  });
}

export interface LeverageInfoView {
  title: string;
  leverage: number;
  min: number;
  max: number;
  step: number;
}

export function leverageInfo(book: Book, env: EngineEnv, symbol: string): LeverageInfoView {
  const { min, max, step } = env.policy.leverage;
  return {
    title: `Leverage for ${symbol}`,
    leverage: leverageOf(book, env.policy, symbol),
    min,
    max,
    step,
  };
}

export interface LeveragePreviewView {
  infos?: string[];
  warnings?: string[];
  errors?: string[];
}

export function previewLeverage(
  book: Book,
  env: EngineEnv,
  symbol: string,
  leverage: number,
): LeveragePreviewView {
  const invalidValue = leverageErrors(leverage, env.policy);
  if (invalidValue.length > 0) return { errors: invalidValue };
  const errors = leverageChangeErrors(book, env, symbol, leverage);
  const current = leverageOf(book, env.policy, symbol);
  const infos = [`Leverage of ${symbol}: ${current} → ${leverage}`];
  const position = book.position(symbol);
  if (position !== undefined) {
    // As the account's own figures count it: marked to the quote, in the account currency.
    const currency = book.account.currency;
    const mark = markPrice(position, env.market.quote(symbol));
    const fx = markingRate(env.market, symbol, currency);
    const margin = (at: number) =>
      `${formatAmount(marginFor(position.qty, mark, at, fx))} ${currency}`;
    infos.push(`Margin of the open position: ${margin(current)} → ${margin(leverage)}`);
  }
  const warnings =
    leverage > env.policy.highLeverage
      ? [`Leverage above ${env.policy.highLeverage} magnifies losses as much as gains`]
      : [];
  return { infos, warnings, errors };
}
