// Leverage per symbol (SPEC §3): info, preview and the bounds a setting must respect.
import type { LeverageInfo, LeverageSetParams } from '../../models/broker/leverage.js';
import type { BrokerService } from './broker.service.js';
import { formatAmount } from '@trading-pro/contract/paper';

export const LEVERAGE_LIMITS = { min: 1, max: 100, step: 1 } as const;
/** Above this, a preview warns that losses are magnified. */
const HIGH_LEVERAGE = 20;

export function leverageInfo(
  service: BrokerService,
  accountId: string,
  symbol: string,
): LeverageInfo {
  return {
    title: `Leverage for ${symbol}`,
    leverage: service.leverage(accountId, symbol),
    ...LEVERAGE_LIMITS,
  };
}

export function leveragePreview(
  service: BrokerService,
  accountId: string,
  params: LeverageSetParams,
) {
  const current = service.leverage(accountId, params.symbol);
  const { leverage } = params;
  const errors: string[] = [];
  if (
    !Number.isInteger(leverage) ||
    leverage < LEVERAGE_LIMITS.min ||
    leverage > LEVERAGE_LIMITS.max
  ) {
    errors.push(
      `leverage: ${leverage} must be a whole number from ${LEVERAGE_LIMITS.min} to ${LEVERAGE_LIMITS.max}`,
    );
    return { errors };
  }
  const infos = [`Leverage of ${params.symbol}: ${current} → ${leverage}`];
  const position = service.positions(accountId).find((p) => p.symbol === params.symbol);
  if (position !== undefined) {
    const currency = service.account(accountId).currency;
    // As the account's own figures count it: marked to the quote, in the account currency.
    const margin = (at: number) =>
      `${formatAmount(service.positionMargin(accountId, params.symbol, at))} ${currency}`;
    infos.push(`Margin of the open position: ${margin(current)} → ${margin(leverage)}`);
    // Lowering the leverage raises the margin: refused when that would leave negative margin
    // available, as an order doing so would be (SPEC §5). Raising it frees margin, and is
    // always allowed — it is a way out of a shortfall.
    const after =
      leverage < current ? service.equity(accountId, { [params.symbol]: leverage }) : undefined;
    if (after !== undefined && after.marginAvailable < 0) {
      errors.push(
        `leverage: ${leverage} would need ${formatAmount(after.marginUsed)} ${currency} of ` +
          `margin, more than the equity of ${formatAmount(after.equity)}`,
      );
    }
  }
  const warnings =
    leverage > HIGH_LEVERAGE
      ? [`Leverage above ${HIGH_LEVERAGE} magnifies losses as much as gains`]
      : [];
  return { infos, warnings, errors };
}
