import { OrderStatus } from '@trading-pro/contract';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Order } from '../types/broker';

/** Every order of the account, kept current by the broker's pushes. */
export const useOrdersStore = defineStore('orders', () => {
  const byId = ref(new Map<string, Order>());

  const all = computed(() => [...byId.value.values()]);
  const working = computed(() =>
    all.value
      .filter((order) => order.status === OrderStatus.Working)
      .sort((a, b) => b.updateTime - a.updateTime),
  );
  /** Finished orders, newest first. */
  const history = computed(() =>
    all.value
      .filter((order) => order.status !== OrderStatus.Working)
      .sort((a, b) => b.updateTime - a.updateTime || Number(b.id) - Number(a.id)),
  );

  /** Applies one update and returns the order as it was before (to tell what changed). */
  function apply(order: Order): Order | undefined {
    const previous = byId.value.get(order.id);
    // Updates of one order arrive in order, but a REST re-read may race a push: keep the newer.
    if (previous !== undefined && previous.updateTime > order.updateTime) return previous;
    byId.value.set(order.id, order);
    return previous;
  }

  function replaceAll(orders: Order[]): void {
    byId.value = new Map(orders.map((order) => [order.id, order]));
  }

  return { byId, all, working, history, apply, replaceAll };
});
