// An order's preview (SPEC §3 `/orders/preview`): what it would cost and require, and what is
// wrong with it — reported rather than thrown, so the ticket can show it before the trader
// confirms. Same sections and rows as the backend's.
import { OrderType, Side } from '@trading-pro/contract';
import type { EquityData, OrderPreviewResult, PreOrder } from '../../types/broker';
import { commission, marginCheck, marginFor, type NetPosition } from '@trading-pro/contract/paper';
import { marketPrice, type BidAsk } from '@trading-pro/contract/paper';
import { formatAmount } from '@trading-pro/contract/paper';
import type { BrokerInstrument } from './brokerRules';

const TYPE_NAMES: Record<number, string> = {
  [OrderType.Market]: 'Market',
  [OrderType.Limit]: 'Limit',
  [OrderType.Stop]: 'Stop',
  [OrderType.StopLimit]: 'Stop-limit',
};

export interface PreviewInput {
  pre: PreOrder;
  instrument: BrokerInstrument;
  quote: BidAsk;
  /** Validation problems already found (orderErrors). */
  errors: string[];
  equity: EquityData;
  position: NetPosition | undefined;
  leverage: number;
  commissionRate: number;
  now: number;
}

export function orderPreview(input: PreviewInput): OrderPreviewResult {
  const { pre, instrument, quote, equity, position, leverage } = input;
  const errors = [...input.errors];
  const market = marketPrice(pre.side, quote);
  const price = pre.limitPrice ?? pre.stopPrice ?? market;
  const currency = instrument.currency;
  const margin = marginCheck({
    equity,
    position,
    side: pre.side,
    qty: pre.qty,
    price,
    leverage,
    commissionRate: input.commissionRate,
    currency,
  });
  if (!margin.ok) errors.push(margin.reason);

  const warnings: string[] = [];
  const held = position?.qty ?? 0;
  if (held !== 0 && Math.sign(held) !== pre.side && pre.qty > Math.abs(held)) {
    warnings.push(
      `This order closes your ${held > 0 ? 'long' : 'short'} position of ${Math.abs(held)} ` +
        `${instrument.symbol} and opens the opposite one`,
    );
  }
  if (
    pre.type === OrderType.Limit &&
    pre.limitPrice !== undefined &&
    (pre.side === Side.Buy ? quote.ask <= pre.limitPrice : quote.bid >= pre.limitPrice)
  ) {
    warnings.push(`The limit is at or through the market (${market}): the order fills at once`);
  }

  const decimals = Math.max(0, Math.round(Math.log10(instrument.pricescale / instrument.minmov)));
  const money = (value: number) => `${formatAmount(value)} ${currency}`;
  return {
    sections: [
      {
        header: `${pre.side === Side.Buy ? 'Buy' : 'Sell'} ${pre.qty} ${instrument.symbol}`,
        rows: [
          { title: 'Order type', value: TYPE_NAMES[pre.type] ?? String(pre.type) },
          { title: 'Estimated price', value: `${price.toFixed(decimals)} ${currency}` },
          { title: 'Estimated value', value: money(pre.qty * price) },
          { title: 'Commission', value: money(commission(pre.qty, price, input.commissionRate)) },
          {
            title: `Margin (leverage ${leverage})`,
            value: money(marginFor(pre.qty, price, leverage)),
          },
          { title: 'Margin available', value: money(equity.marginAvailable) },
        ],
      },
    ],
    ...(errors.length === 0
      ? { confirmId: `preview-${instrument.symbol}-${input.now.toString(36)}` }
      : {}),
    warnings,
    errors,
  };
}
