// An order's preview (SPEC §3): the account's figures handed to the shared preview, so the
// terminal's offline demo previews an order exactly as this broker does.
import type { OrderPreviewResult, PreOrder } from '../../models/broker/orders.js';
import type { BrokerService } from './broker.service.js';
import { orderPreview } from '@trading-pro/contract/paper';

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
  const position = service.positions(accountId).find((p) => p.symbol === instrument.symbol);
  const accountCurrency = service.account(accountId).currency;
  return orderPreview({
    order: pre,
    instrument,
    quote,
    warnings: quote.inSession
      ? []
      : [
          `${instrument.symbol} is outside its trading session; the order will work when the market opens`,
        ],
    equity: service.equity(accountId),
    position:
      position === undefined
        ? undefined
        : { qty: position.side * position.qty, avgPrice: position.avgPrice },
    leverage: service.leverage(accountId, instrument.symbol),
    commissionRate: service.settings.commissionRate,
    accountCurrency,
    fx: service.fxRate(instrument.currency, accountCurrency),
    now: service.now(),
  });
}
