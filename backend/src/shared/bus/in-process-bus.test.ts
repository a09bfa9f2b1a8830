import { describe, expect, it, vi } from 'vitest';
import { InProcessEventBus } from './in-process-bus.js';

describe('InProcessEventBus', () => {
  it('delivers to every subscriber of a channel, in publication order', () => {
    const bus = new InProcessEventBus(() => undefined);
    const a: unknown[] = [];
    const b: unknown[] = [];
    bus.subscribe('orders', (m) => a.push(m));
    bus.subscribe('orders', (m) => b.push(m));
    bus.subscribe('other', () => a.push('wrong channel'));
    for (let i = 0; i < 5; i++) bus.publish('orders', i);
    expect(a).toEqual([0, 1, 2, 3, 4]);
    expect(b).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops delivering after unsubscribe', () => {
    const bus = new InProcessEventBus(() => undefined);
    const seen: unknown[] = [];
    const stop = bus.subscribe('c', (m) => seen.push(m));
    bus.publish('c', 1);
    stop();
    bus.publish('c', 2);
    expect(seen).toEqual([1]);
  });

  it('reports a failing handler and still delivers to the others', () => {
    const onError = vi.fn();
    const bus = new InProcessEventBus(onError);
    const seen: unknown[] = [];
    bus.subscribe('c', () => {
      throw new Error('broken listener');
    });
    bus.subscribe('c', (m) => seen.push(m));
    bus.publish('c', 'fill');
    expect(seen).toEqual(['fill']);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'broken listener' }),
      'c',
    );
  });

  it('delivers nothing once closed', async () => {
    const bus = new InProcessEventBus(() => undefined);
    const seen: unknown[] = [];
    bus.subscribe('c', (m) => seen.push(m));
    await bus.close();
    bus.publish('c', 1);
    expect(seen).toEqual([]);
  });
});
