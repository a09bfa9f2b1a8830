// One DatafeedService object the terminal keeps for its whole life, delegating to the backend's
// feed or the offline simulation. On a switch it moves every live subscription to the new feed
// and asks each chart to reload its history, because the two feeds' prices differ.
import type { DatafeedService } from '../datafeed.service';

type BarsArgs = Parameters<DatafeedService['subscribeBars']>;
type QuotesArgs = Parameters<DatafeedService['subscribeQuotes']>;

export interface SwitchingDatafeed extends DatafeedService {
  use(next: DatafeedService): void;
}

export function createSwitchingDatafeed(initial: DatafeedService): SwitchingDatafeed {
  let current = initial;
  const bars = new Map<string, BarsArgs>();
  const quotes = new Map<string, QuotesArgs>();

  return {
    use(next) {
      const previous = current;
      current = next;
      previous.destroy();
      for (const args of bars.values()) {
        next.subscribeBars(...args);
        args[4](); // onResetCacheNeeded: the chart reloads history from the new feed
      }
      for (const args of quotes.values()) next.subscribeQuotes(...args);
    },
    onReady: (...args) => current.onReady(...args),
    searchSymbols: (...args) => current.searchSymbols(...args),
    resolveSymbol: (...args) => current.resolveSymbol(...args),
    getBars: (...args) => current.getBars(...args),
    subscribeBars(...args) {
      bars.set(args[3], args);
      current.subscribeBars(...args);
    },
    unsubscribeBars(guid) {
      bars.delete(guid);
      current.unsubscribeBars(guid);
    },
    getQuotes: (...args) => current.getQuotes(...args),
    subscribeQuotes(...args) {
      quotes.set(args[3], args);
      current.subscribeQuotes(...args);
    },
    unsubscribeQuotes(guid) {
      quotes.delete(guid);
      current.unsubscribeQuotes(guid);
    },
    destroy() {
      bars.clear();
      quotes.clear();
      current.destroy();
    },
  };
}
