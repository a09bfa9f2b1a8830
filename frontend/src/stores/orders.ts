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

  /**
   * The account's orders as re-read over REST. A push that arrived while the read was in flight
   * may be newer than what the read returned: of the two, the later update wins — within one
   * account (`keepPushed` false after a switch, when the held orders are another account's).
   */
  function replaceAll(orders: Order[], keepPushed = true): void {
    const next = new Map<string, Order>();
    for (const order of orders) {
      const pushed = keepPushed ? byId.value.get(order.id) : undefined;
      next.set(
        order.id,
        pushed !== undefined && pushed.updateTime > order.updateTime ? pushed : order,
      );
    }
    byId.value = next;
  }

  return { byId, all, working, history, apply, replaceAll };
});
