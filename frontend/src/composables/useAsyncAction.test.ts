import { describe, expect, it } from 'vitest';
import { useAsyncAction } from './useAsyncAction';

describe('useAsyncAction', () => {
  it('starts no second action while one waits', async () => {
    const { busy, run } = useAsyncAction();
    let calls = 0;
    let finish!: () => void;
    const first = run(() => {
      calls++;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    expect(busy.value).toBe(true);
    await expect(run(async () => void calls++)).resolves.toBe(false);
    expect(calls).toBe(1);
    finish();
    await expect(first).resolves.toBe(true);
    expect(busy.value).toBe(false);
    await expect(run(async () => void calls++)).resolves.toBe(true);
    expect(calls).toBe(2);
  });

  it('keeps the refusal of a failed action', async () => {
    const { error, run } = useAsyncAction();
    await expect(run(() => Promise.reject(new Error('Position 3 is closed')))).resolves.toBe(false);
    expect(error.value).toBe('Position 3 is closed');
  });
});
