// What the order on the ticket would amount to, shown as the trader types: its value and the
// margin it adds, in the instrument's currency. A size carried over from another instrument
// (1 ETH ≈ 2.9k, then 1 BTC ≈ 40k) is visible before Review. The margin is the engine's own rule
// (on the net new exposure: none for an order that only reduces a position).
import { orderMargin } from '@trading-pro/contract/paper';
import { OrderType, Side } from '@trading-pro/contract';
import { computed, ref, watch, type Ref } from 'vue';
import { useMarketStore } from '../stores/market';
import { usePositionsStore } from '../stores/positions';
import { useSessionStore } from '../stores/session';
import { needsLimitPrice, needsStopPrice, parseNumber, type OrderForm } from './orderForm';

export interface TicketExposure {
  value: number;
  margin: number | undefined;
  leverage: number | undefined;
  currency: string;
}

/** The leverage the broker applies to `symbol`, re-read when `refresh` changes. */
function useLeverage(form: OrderForm, refresh: Ref<number>) {
  const session = useSessionStore();
  const leverage = ref<number | undefined>(undefined);
  watch(
    () => [form.symbol, form.side, session.ready ? session.generation : -1, refresh.value] as const,
    async ([symbol, side, generation]) => {
      leverage.value = undefined;
      if (generation < 0) return;
      try {
        const info = await session
          .broker()
          .leverageInfo({ symbol, side, orderType: OrderType.Market });
        if (symbol === form.symbol && generation === session.generation) {
          leverage.value = info.leverage;
        }
      } catch {
        // The line shows the value alone; the preview tells the margin.
      }
    },
    { immediate: true },
  );
  return leverage;
}

export function useTicketExposure(
  form: OrderForm,
  quote: Ref<{ bid: number; ask: number } | undefined>,
  refresh: Ref<number>,
) {
  const market = useMarketStore();
  const positions = usePositionsStore();
  const leverage = useLeverage(form, refresh);

  return computed<TicketExposure | undefined>(() => {
    const qty = parseNumber(form.qty);
    const q = quote.value;
    if (qty === undefined || !(qty > 0) || q === undefined) return undefined;
    const typedPrice = needsLimitPrice(form.type)
      ? parseNumber(form.limitPrice)
      : needsStopPrice(form.type)
        ? parseNumber(form.stopPrice)
        : undefined;
    const price = typedPrice ?? (form.side === Side.Buy ? q.ask : q.bid);
    if (!(price > 0)) return undefined;
    const info = market.symbolInfo?.ticker === form.symbol ? market.symbolInfo : null;
    const held = positions.bySymbol.get(form.symbol);
    const position = held === undefined ? undefined : { qty: held.side * held.qty, avgPrice: 0 };
    return {
      value: qty * price,
      margin:
        leverage.value === undefined
          ? undefined
          : orderMargin(position, form.side, qty, price, leverage.value),
      leverage: leverage.value,
      currency: info?.currency_code ?? 'USD',
    };
  });
}
