import { defineStore } from 'pinia';
import { ref } from 'vue';

export type ToastKind = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  title: string;
  text: string;
}

const VISIBLE_MS = 6_000;
const MAX_TOASTS = 5;

/** Short-lived notices: fills, rejections, refused requests. */
export const useToastsStore = defineStore('toasts', () => {
  const toasts = ref<Toast[]>([]);
  let nextId = 1;

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((toast) => toast.id !== id);
  }

  function show(kind: ToastKind, title: string, text = ''): void {
    // The same notice again (a refresh failing on every retry) replaces the visible one.
    toasts.value = toasts.value.filter((t) => t.title !== title || t.text !== text);
    const toast = { id: nextId++, kind, title, text };
    // The oldest goes first when a burst of fills would cover the screen.
    toasts.value = [...toasts.value, toast].slice(-MAX_TOASTS);
    setTimeout(() => dismiss(toast.id), VISIBLE_MS);
  }

  return { toasts, show, dismiss };
});
