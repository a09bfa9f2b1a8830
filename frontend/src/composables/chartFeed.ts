// What the chart shows for one symbol and resolution, fed through the TradingView-shaped
// datafeed: the latest history first, older history when the trader scrolls back, then the
// forming bar and each new one from the live stream. A reset request from the feed (a
// reconnect or a switch to the offline demo) reloads it from scratch.
import type { Resolution } from '@trading-pro/contract';
import type { DatafeedService } from '../services/datafeed.service';
import type { Bar, SymbolInfo } from '../types/market';

export interface ChartFeedListener {
  symbolInfo(info: SymbolInfo): void;
  /** The whole series changed (first load, scroll-back, reset). */
  history(bars: readonly Bar[]): void;
  /** The last bar changed or a new one opened. */
  bar(bar: Bar): void;
  error(message: string): void;
}

const PAGE = 300;
const RESOLUTION_SECONDS: Record<Resolution, number> = {
  '1': 60,
  '5': 300,
  '15': 900,
  '30': 1800,
  '60': 3600,
  '240': 14_400,
  '1D': 86_400,
  '1W': 604_800,
};

let nextGuid = 1;

export class ChartFeed {
  private bars: Bar[] = [];
  private info: SymbolInfo | undefined;
  private loadingOlder = false;
  private noMoreHistory = false;
  private stopped = false;
  private epoch = 0;
  private readonly guid = `chart-${nextGuid++}`;

  constructor(
    private readonly datafeed: DatafeedService,
    private readonly symbol: string,
    private readonly resolution: Resolution,
    private readonly listener: ChartFeedListener,
    /** Unix ms; injectable for tests. */
    private readonly now: () => number = () => Date.now(),
  ) {}

  get barCount(): number {
    return this.bars.length;
  }

  start(): void {
    this.datafeed.resolveSymbol(
      this.symbol,
      (info) => {
        if (this.stopped) return;
        this.info = info;
        this.listener.symbolInfo(info);
        this.load();
      },
      (reason) => this.stopped || this.listener.error(reason),
    );
  }

  /** Loads an older page; the chart calls it when the trader nears the left edge. */
  loadOlder(): void {
    const first = this.bars[0];
    if (this.info === undefined || first === undefined) return;
    if (this.loadingOlder || this.noMoreHistory || this.stopped) return;
    this.loadingOlder = true;
    const epoch = this.epoch;
    const to = Math.floor(first.time / 1000);
    this.request(to, false, (older, noData) => {
      this.loadingOlder = false;
      if (epoch !== this.epoch) return;
      const fresh = older.filter((bar) => bar.time < first.time);
      if (noData || fresh.length === 0) this.noMoreHistory = true;
      if (fresh.length === 0) return;
      this.bars = [...fresh, ...this.bars];
      this.listener.history(this.bars);
    });
  }

  stop(): void {
    this.stopped = true;
    this.datafeed.unsubscribeBars(this.guid);
  }

  private load(): void {
    const epoch = ++this.epoch;
    this.noMoreHistory = false;
    this.datafeed.unsubscribeBars(this.guid);
    this.request(Math.ceil(this.now() / 1000) + 1, true, (bars, noData) => {
      if (epoch !== this.epoch) return;
      this.bars = bars;
      this.noMoreHistory = noData;
      this.listener.history(this.bars);
      this.subscribe();
    });
  }

  private subscribe(): void {
    if (this.info === undefined) return;
    this.datafeed.subscribeBars(
      this.info,
      this.resolution,
      (bar) => this.onTick(bar),
      this.guid,
      () => this.stopped || this.load(),
    );
  }

  private onTick(bar: Bar): void {
    if (this.stopped) return;
    const last = this.bars[this.bars.length - 1];
    if (last !== undefined && bar.time < last.time) return; // late: history already has it
    if (last !== undefined && bar.time === last.time) this.bars[this.bars.length - 1] = bar;
    else this.bars.push(bar);
    this.listener.bar(bar);
  }

  private request(
    to: number,
    firstDataRequest: boolean,
    done: (bars: Bar[], noData: boolean) => void,
  ): void {
    if (this.info === undefined) return;
    const from = to - PAGE * RESOLUTION_SECONDS[this.resolution];
    this.datafeed.getBars(
      this.info,
      this.resolution,
      { from, to, countBack: PAGE, firstDataRequest },
      (bars, meta) => !this.stopped && done(bars, meta.noData),
      (reason) => {
        // A failed page of older history leaves the chart as it is (the next scroll retries);
        // only a failed first load is the chart's error.
        this.loadingOlder = false;
        if (!this.stopped && firstDataRequest) this.listener.error(reason);
      },
    );
  }
}
