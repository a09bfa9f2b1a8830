import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AccountMetainfo, EquityData } from '../types/broker';

/** The accounts there are, which one the terminal trades, and its balance, equity, P&L, margin. */
export const useAccountStore = defineStore('account', () => {
  const info = ref<AccountMetainfo | null>(null);
  const equity = ref<EquityData | null>(null);
  /** Every account, oldest first (the switcher's list). */
  const accounts = ref<AccountMetainfo[]>([]);

  function setAccounts(next: AccountMetainfo[]): void {
    accounts.value = next;
  }

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

  return { info, equity, accounts, setInfo, setEquity, setAccounts, clear };
});
