// At most one call per interval, however often it is asked for; the last request of an interval
// is never lost.

export interface Throttle {
  trigger(): void;
  cancel(): void;
}

/**
 * Runs `flush` at once on the first trigger, then at most once per `intervalMs`. A timer's
 * exception would end the process: it is reported to `onError` instead.
 */
export function throttle(
  intervalMs: number,
  flush: () => void,
  onError: (error: unknown) => void,
): Throttle {
  let timer: NodeJS.Timeout | undefined;
  let last = 0;
  return {
    trigger(): void {
      if (timer !== undefined) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          last = Date.now();
          try {
            flush();
          } catch (error) {
            onError(error);
          }
        },
        Math.max(0, last + intervalMs - Date.now()),
      );
    },
    cancel(): void {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
