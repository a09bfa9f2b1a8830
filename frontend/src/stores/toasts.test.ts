// @vitest-environment node
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_SIZE, useToastsStore } from './toasts';

beforeEach(() => {
  vi.useFakeTimers();
  setActivePinia(createPinia());
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useToastsStore', () => {
  it('shows toasts in order with distinct ids', () => {
    const store = useToastsStore();
    store.show('success', 'Order filled', 'Buy 1 AAPL @ 190.00');
    store.show('error', 'Order rejected');
    expect(store.toasts.map((t) => [t.kind, t.title, t.text])).toEqual([
      ['success', 'Order filled', 'Buy 1 AAPL @ 190.00'],
      ['error', 'Order rejected', ''],
    ]);
    expect(new Set(store.toasts.map((t) => t.id)).size).toBe(2);
  });

  it('keeps at most five, dropping the oldest', () => {
    const store = useToastsStore();
    for (let i = 1; i <= 7; i++) store.show('info', `toast ${i}`);
    expect(store.toasts.map((t) => t.title)).toEqual([
      'toast 3',
      'toast 4',
      'toast 5',
      'toast 6',
      'toast 7',
    ]);
  });

  it('dismisses each toast six seconds after it appeared', () => {
    const store = useToastsStore();
    store.show('info', 'first');
    vi.advanceTimersByTime(2_000);
    store.show('info', 'second');
    vi.advanceTimersByTime(3_999);
    expect(store.toasts.map((t) => t.title)).toEqual(['first', 'second']);
    vi.advanceTimersByTime(1);
    expect(store.toasts.map((t) => t.title)).toEqual(['second']);
    vi.advanceTimersByTime(2_000);
    expect(store.toasts).toEqual([]);
  });

  it('dismiss() removes one toast at once, and its timer later removes nothing else', () => {
    const store = useToastsStore();
    store.show('info', 'first');
    store.show('info', 'second');
    store.dismiss(store.toasts[0]!.id);
    expect(store.toasts.map((t) => t.title)).toEqual(['second']);
    vi.advanceTimersByTime(5_000);
    store.show('info', 'third');
    vi.advanceTimersByTime(1_000);
    expect(store.toasts.map((t) => t.title)).toEqual(['third']);
  });
});

describe('notification history', () => {
  it('keeps the last 50 notices, newest first, after the toasts have gone', () => {
    const toasts = useToastsStore();
    for (let i = 1; i <= HISTORY_SIZE + 7; i++) toasts.show('success', 'Order filled', `#${i}`);
    expect(toasts.toasts).toHaveLength(5);
    expect(toasts.history).toHaveLength(HISTORY_SIZE);
    expect(toasts.history[0]!.text).toBe(`#${HISTORY_SIZE + 7}`);
    expect(toasts.history.at(-1)!.text).toBe('#8');
    expect(toasts.unseen).toBe(HISTORY_SIZE);
    toasts.openHistory();
    expect(toasts.unseen).toBe(0);
    expect(toasts.historyOpen).toBe(true);
    toasts.show('info', 'Order placed');
    toasts.closeHistory();
    expect(toasts.unseen).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(toasts.toasts).toEqual([]);
    expect(toasts.history).toHaveLength(HISTORY_SIZE);
  });
});
