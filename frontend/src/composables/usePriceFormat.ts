import { formatPrice } from '../formatting/numbers';
import { useInstrumentsStore } from '../stores/instruments';

/** Formats a price of `symbol` at its instrument's precision (the price's own digits until known). */
export function usePriceFormat(): (symbol: string, value: number | undefined) => string {
  const instruments = useInstrumentsStore();
  return (symbol, value) => formatPrice(value, instruments.priceDecimals(symbol));
}
