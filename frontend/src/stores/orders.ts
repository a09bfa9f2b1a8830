import { OrderStatus } from '@trading-pro/contract';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Order } from '../types/broker';

/** An order as it is now and as the store held it before (undefined: not held). */
export interface OrderChange {
  order: Order;
  previous: Order | undefined;
}

/** Every order of the account, kept current by the broker's pushes. */
export const useOrdersStore = defineStore('orders', () => {
  const byId = ref(new Map<string, Order>());

  const all = computed(() => [...byId.value.values()]);
  const working = computed(() =>
    all.value
      .filter((order) => order.status === OrderStatus.Working)
      .sort((a, b) => b.updateTime - a.updateTime),
  );
  /** Working orders the trader placed: not a position's take-profit or stop-loss. */
  const placed = computed(() => working.value.filter((order) => order.parentId === undefined));
  /** Finished orders, newest first. */
  const history = computed(() =>
    all.value
      .filter((order) => order.status !== OrderStatus.Working)
      .sort((a, b) => b.updateTime - a.updateTime || Number(b.id) - Number(a.id)),
  );

  /**
   * Applies one update unless the held version is newer, and returns the order as it was before
   * (to tell what changed) and whether the update was taken.
   */
  function apply(order: Order): { applied: boolean; previous: Order | undefined } {
    const previous = byId.value.get(order.id);
    // Updates of one order arrive in order; a push the snapshot already held may come again.
    if (previous !== undefined && previous.updateTime > order.updateTime) {
      return { applied: false, previous };
    }
    byId.value.set(order.id, order);
    return { applied: true, previous };
  }

  /**
   * The account's orders as a snapshot holds them (pushes newer than it are applied after).
   * Returns each with the version held before, so the caller can tell what changed while no
   * push reached the terminal (a fill during a disconnect).
   */
  function replaceAll(orders: Order[]): OrderChange[] {
    const changes = orders.map((order) => ({ order, previous: byId.value.get(order.id) }));
    byId.value = new Map(orders.map((order) => [order.id, order]));
    return changes;
  }

  return { byId, all, working, placed, history, apply, replaceAll };
});
