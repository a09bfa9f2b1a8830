// The current time as a ref that ticks while the component using it is mounted: for texts that
// age ("last update 12 s ago", "opens in 7 h 12 m") without each keeping its own timer.
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

export function useNow(everyMs = 1_000): Ref<number> {
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    now.value = Date.now();
    timer = setInterval(() => (now.value = Date.now()), everyMs);
  });
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}
