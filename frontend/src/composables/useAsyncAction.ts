// The state of a button that asks the server something: busy while it waits, the server's
// message when it refuses. Every dialog of the terminal submits this way.
import { errorMessage } from '../formatting/errorMessage';
import { ref } from 'vue';

export function useAsyncAction() {
  const busy = ref(false);
  const error = ref('');

  /**
   * Runs `action`; true when it succeeded, false (with `error` set) when it threw. While one
   * waits, another is not started (false): Enter pressed twice sends one request, not two.
   */
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    error.value = '';
    try {
      await action();
      return true;
    } catch (cause) {
      error.value = errorMessage(cause);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
