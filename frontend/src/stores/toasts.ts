import { defineStore } from 'pinia';
import { ref } from 'vue';

export type ToastKind = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  title: string;
  text: string;
  /** When it was shown, Unix milliseconds. */
  at: number;
}

const VISIBLE_MS = 6_000;
const MAX_TOASTS = 5;
/** How many past notices the history keeps, newest first. */
export const HISTORY_SIZE = 50;

/**
 * Short-lived notices (fills, rejections, triggered brackets, expiries, refused requests), and
 * the last 50 of them kept for the notification history after they fade.
 */
export const useToastsStore = defineStore('toasts', () => {
  const toasts = ref<Toast[]>([]);
  const history = ref<Toast[]>([]);
  /** Notices shown since the history was last opened. */
  const unseen = ref(0);
  /** While the history is open it lists every notice, so none floats over it. */
  const historyOpen = ref(false);
  let nextId = 1;

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((toast) => toast.id !== id);
  }

  function show(kind: ToastKind, title: string, text = ''): void {
    // The same notice again (a refresh failing on every retry) replaces the visible one.
    toasts.value = toasts.value.filter((t) => t.title !== title || t.text !== text);
    const toast = { id: nextId++, kind, title, text, at: Date.now() };
    history.value = [toast, ...history.value].slice(0, HISTORY_SIZE);
    unseen.value = Math.min(unseen.value + 1, HISTORY_SIZE);
    // The oldest goes first when a burst of fills would cover the screen.
    toasts.value = [...toasts.value, toast].slice(-MAX_TOASTS);
    setTimeout(() => dismiss(toast.id), VISIBLE_MS);
  }

  function openHistory(): void {
    historyOpen.value = true;
    unseen.value = 0;
  }
  function closeHistory(): void {
    historyOpen.value = false;
    unseen.value = 0;
  }

  return { toasts, history, unseen, historyOpen, show, dismiss, openHistory, closeHistory };
});
