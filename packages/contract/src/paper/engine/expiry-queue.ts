// Orders with an expiry (DAY, GTD), earliest first: a binary heap, so the next expiry is known
// without scanning the book. Entries are removed lazily: one whose order was filled, cancelled
// or re-timed is dropped when it reaches the top.

interface Entry<K> {
  at: number;
  id: K;
}

/** Keys expiring at instants, earliest first (ties by key). */
export class ExpiryQueue<K extends number | string = number> {
  private readonly heap: Entry<K>[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(at: number, id: K): void {
    const heap = this.heap;
    heap.push({ at, id });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** The earliest entry still `valid`, dropping stale ones on the way. */
  peek(valid: (id: K, at: number) => boolean): Entry<K> | undefined {
    while (this.heap.length > 0) {
      const top = this.heap[0]!;
      if (valid(top.id, top.at)) return top;
      this.pop();
    }
    return undefined;
  }

  pop(): Entry<K> | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
        i = smallest;
      }
    }
    return top;
  }

  clear(): void {
    this.heap.length = 0;
  }
}

const before = <K extends number | string>(a: Entry<K>, b: Entry<K>) =>
  a.at < b.at || (a.at === b.at && a.id < b.id);
