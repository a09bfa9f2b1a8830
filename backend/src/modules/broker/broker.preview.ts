// An order's preview (SPEC §3): what it would cost and require, and what is wrong with it —
// reported, not thrown, so a ticket can show it before the trader confirms.
import { OrderType, Side } from '@trading-pro/contract';
import type { OrderPreviewResult, PreOrder } from '../../models/broker/orders.js';
import type { BrokerService } from './broker.service.js';
import {
  commission,
  marginFor,
  marginCheck,
  formatAmount,
  orderErrors,
} from '@trading-pro/contract/paper';

const TYPE_NAMES: Record<number, string> = {
  [OrderType.Market]: 'Market',
  [OrderType.Limit]: 'Limit',
  [OrderType.Stop]: 'Stop',
  [OrderType.StopLimit]: 'Stop-limit',
};

export function previewOrder(
  service: BrokerService,
  accountId: string,
  pre: PreOrder,
): OrderPreviewResult {
  const source = service.quoteSourceOrThrow();
  const instrument = source.instrument(pre.symbol);
  const quote = source.quote(pre.symbol);
  if (instrument === undefined || quote === undefined) {
    return { sections: [], errors: [`symbol: unknown symbol "${pre.symbol}"`] };
  }
  const errors = orderErrors(pre, instrument, quote);
  const market = pre.side === Side.Buy ? quote.ask : quote.bid;
  const price = pre.limitPrice ?? pre.stopPrice ?? market;
  const currency = instrument.currency;
  const leverage = service.leverage(accountId, instrument.symbol);
  const fee = commission(pre.qty, price, service.settings.commissionRate);
  const equity = service.equity(accountId);
  const position = service.positions(accountId).find((p) => p.symbol === instrument.symbol);
  const margin = marginCheck({
    equity,
    position:
      position === undefined
        ? undefined
        : { qty: position.side * position.qty, avgPrice: position.avgPrice },
    side: pre.side,
    qty: pre.qty,
    price,
    leverage,
    commissionRate: service.settings.commissionRate,
    currency,
  });
  if (!margin.ok) errors.push(margin.reason);
  const warnings: string[] = [];
  if (!quote.inSession)
    warnings.push(
      `${instrument.symbol} is outside its trading session; the order will work when the market opens`,
    );
  const money = (value: number) => `${formatAmount(value)} ${currency}`;
  return {
    sections: [
      {
        header: `${pre.side === Side.Buy ? 'Buy' : 'Sell'} ${pre.qty} ${instrument.symbol}`,
        rows: [
          { title: 'Order type', value: TYPE_NAMES[pre.type] ?? String(pre.type) },
          { title: 'Estimated price', value: money(price) },
          { title: 'Estimated value', value: money(pre.qty * price) },
          { title: 'Commission', value: money(fee) },
          {
            title: `Margin (leverage ${leverage})`,
            value: money(marginFor(pre.qty, price, leverage)),
          },
          { title: 'Margin available', value: money(equity.marginAvailable) },
        ],
      },
    ],
    ...(errors.length === 0
      ? { confirmId: `preview-${instrument.symbol}-${service.now().toString(36)}` }
      : {}),
    warnings,
    errors,
  };
}
