// Working orders waiting for a price, sorted by that price (ties by id, i.e. placement order), so
// a quote finds the orders it reaches by looking at one end of the ladder: nothing else is
// visited, and a quote that reaches nothing costs one comparison.

export class PriceLadder {
  // Rebuilt at their exact size on each change (toSpliced), rather than grown in place: a book
  // holds a ladder per symbol and side, mostly short ones, and an array grown by one element
  // keeps room for sixteen.
  private prices: number[] = [];
  private ids: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  /** The lowest price on the ladder. */
  get lowest(): number | undefined {
    return this.prices[0];
  }

  /** The highest price on the ladder. */
  get highest(): number | undefined {
    return this.prices[this.prices.length - 1];
  }

  insert(price: number, id: number): void {
    const at = this.lowerBound(price, id);
    this.prices = this.prices.toSpliced(at, 0, price);
    this.ids = this.ids.toSpliced(at, 0, id);
  }

  /** Removes the entry; false when it is not on the ladder. */
  remove(price: number, id: number): boolean {
    const at = this.lowerBound(price, id);
    if (this.prices[at] !== price || this.ids[at] !== id) return false;
    this.prices = this.prices.toSpliced(at, 1);
    this.ids = this.ids.toSpliced(at, 1);
    return true;
  }

  /** Appends the ids whose price is ≤ `bound`. */
  collectAtOrBelow(bound: number, out: number[]): void {
    for (let i = 0; i < this.prices.length && this.prices[i]! <= bound; i++) out.push(this.ids[i]!);
  }

  /** Appends the ids whose price is ≥ `bound`. */
  collectAtOrAbove(bound: number, out: number[]): void {
    for (let i = this.prices.length - 1; i >= 0 && this.prices[i]! >= bound; i--) {
      out.push(this.ids[i]!);
    }
  }

  /** First index whose (price, id) is not less than (price, id). */
  private lowerBound(price: number, id: number): number {
    let low = 0;
    let high = this.prices.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const p = this.prices[mid]!;
      if (p < price || (p === price && this.ids[mid]! < id)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
