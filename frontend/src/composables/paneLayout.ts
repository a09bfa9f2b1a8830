// The terminal's pane sizes the trader chose by dragging a splitter: the account pane's height
// and the watchlist's, remembered in this browser. Unset, the layout's defaults apply (the
// account pane 280 px, the watchlist sharing the side column with the ticket).
import { ref, watch } from 'vue';
import { loadSetting, saveSetting } from '../storage/localSettings';

export interface PaneSizes {
  account: number | null;
  watchlist: number | null;
}

const KEY = 'trading-pro.layout.v1';
export const DEFAULT_ACCOUNT_HEIGHT = 280;

const isSizes = (value: unknown): value is PaneSizes => {
  const size = (v: unknown) => v === null || (typeof v === 'number' && v > 0 && v < 10_000);
  const sizes = value as PaneSizes | null;
  return (
    typeof sizes === 'object' && sizes !== null && size(sizes.account) && size(sizes.watchlist)
  );
};

export function usePaneLayout() {
  const sizes = ref<PaneSizes>(loadSetting(KEY, { account: null, watchlist: null }, isSizes));
  watch(sizes, (next) => saveSetting(KEY, next), { deep: true });
  return sizes;
}
