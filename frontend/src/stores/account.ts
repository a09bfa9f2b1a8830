import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AccountMetainfo, EquityData } from '../types/broker';

/** Which account the terminal trades and its balance, equity, P&L and margin. */
export const useAccountStore = defineStore('account', () => {
  const info = ref<AccountMetainfo | null>(null);
  const equity = ref<EquityData | null>(null);

  function setInfo(next: AccountMetainfo | null): void {
    info.value = next;
  }
  function setEquity(next: EquityData): void {
    equity.value = next;
  }
  /** Forgets the account (the terminal switched to another). */
  function clear(): void {
    info.value = null;
    equity.value = null;
  }

  return { info, equity, setInfo, setEquity, clear };
});
