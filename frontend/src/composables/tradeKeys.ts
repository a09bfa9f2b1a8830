// The terminal's trading keys: `B` and `S` put the ticket on Buy or Sell with the quantity
// focused. A key typed into a field (the symbol search, a price) is text, not a shortcut; and
// with a dialog open the keys belong to the dialog.
import { onBeforeUnmount, onMounted } from 'vue';

export type TradeKey = 'buy' | 'sell';

const KEYS: Readonly<Record<string, TradeKey>> = { b: 'buy', s: 'sell' };

/** Whether a key pressed with this target is the trader typing rather than a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || target.closest('input, textarea, select, [role="dialog"]') !== null
  );
}

export function tradeKeyOf(event: KeyboardEvent): TradeKey | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return undefined;
  if (isTyping(event.target) || document.querySelector('[role="dialog"]') !== null)
    return undefined;
  return KEYS[event.key.toLowerCase()];
}

export function useTradeKeys(onKey: (key: TradeKey) => void): void {
  const listener = (event: KeyboardEvent) => {
    const key = tradeKeyOf(event);
    if (key === undefined) return;
    event.preventDefault();
    onKey(key);
  };
  onMounted(() => document.addEventListener('keydown', listener));
  onBeforeUnmount(() => document.removeEventListener('keydown', listener));
}
