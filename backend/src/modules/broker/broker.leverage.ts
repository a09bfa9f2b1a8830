// Leverage per symbol (SPEC §3): info, preview and the bounds a setting must respect.
import type { LeverageInfo, LeverageSetParams } from '../../models/broker/leverage.js';
import type { BrokerService } from './broker.service.js';
import { formatAmount, marginFor } from '@trading-pro/contract/paper';

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
  const currency = service.account(accountId).currency;
  const instrument = service.quoteSourceOrThrow().instrument(params.symbol);
  const fx = instrument === undefined ? 1 : (service.fxRate(instrument.currency, currency) ?? 1);
  if (position !== undefined) {
    // In the account currency, as the account's margin figures are.
    const margin = (at: number) =>
      `${formatAmount(marginFor(position.qty, position.avgPrice, at, fx))} ${currency}`;
    infos.push(`Margin of the open position: ${margin(current)} → ${margin(leverage)}`);
  }
  const warnings =
    leverage > HIGH_LEVERAGE
      ? [`Leverage above ${HIGH_LEVERAGE} magnifies losses as much as gains`]
      : [];
  return { infos, warnings, errors };
}
