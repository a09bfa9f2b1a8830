// Waiting for something another callback will announce, within a time: the link coming up, a
// symbol's first quote. The waiter joins `waiters`; whoever announces calls each and clears them.

/** Resolves when `waiters` are called, or rejects with `reason()` after `timeoutMs`. */
export function waitWithin(
  waiters: Set<() => void>,
  timeoutMs: number,
  reason: () => string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiters.delete(done);
      reject(new Error(reason()));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    waiters.add(done);
  });
}

/** Calls every waiter once and forgets them. */
export function wakeAll(waiters: Set<() => void>): void {
  const woken = [...waiters];
  waiters.clear();
  for (const done of woken) done();
}
