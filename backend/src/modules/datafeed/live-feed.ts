// The clock of the live market: every quarter-second, each symbol that somebody watches gets one
// tick, shared by every topic and consumer of that symbol. Symbols nobody watches cost nothing,
// and the timer runs only while at least one symbol is watched.
import { STEP_MS } from '@trading-pro/market';

export type TickListener = (t: number) => void;

export class LiveFeed {
  private readonly listeners = new Map<string, Set<TickListener>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly now: () => number,
    private readonly onError: (error: unknown, symbol: string) => void,
    private readonly periodMs = STEP_MS,
  ) {}

  /** Symbols with at least one listener: the producers currently running. */
  get activeSymbols(): string[] {
    return [...this.listeners.keys()];
  }

  subscribe(symbol: string, listener: TickListener): () => void {
    let set = this.listeners.get(symbol);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(symbol, set);
    }
    set.add(listener);
    this.timer ??= setInterval(() => this.tick(), this.periodMs);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(symbol) === set) this.listeners.delete(symbol);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private tick(): void {
    const t = this.now();
    for (const [symbol, set] of this.listeners) {
      for (const listener of [...set]) {
        try {
          listener(t);
        } catch (error) {
          this.onError(error, symbol);
        }
      }
    }
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  close(): void {
    this.listeners.clear();
    this.stop();
  }
}
