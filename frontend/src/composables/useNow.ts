// The current time as a ref that ticks once a second while any mounted component uses it: for
// texts that age ("last update 12 s ago", "opens in 7 h 12 m"). One timer and one ref for all
// of them (a watchlist row each would otherwise keep its own).
import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue';

const TICK_MS = 1_000;
const now = ref(Date.now());
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

export function useNow(): Readonly<Ref<number>> {
  onMounted(() => {
    if (users++ === 0) {
      now.value = Date.now();
      timer = setInterval(() => (now.value = Date.now()), TICK_MS);
    }
  });
  onBeforeUnmount(() => {
    if (--users === 0) clearInterval(timer);
  });
  return readonly(now);
}
