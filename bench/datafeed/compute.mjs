// How long the market takes to produce history from cold (a fresh simulator, nothing cached), in
// this process, with baselines measured in the same run:
// - daily bars of one symbol from 2019 to now, top-down (each day's bar drawn without its
//   minutes) against bottom-up (every day's minutes simulated and aggregated, as the market did
//   before), which must give the very same bars;
// - 5,000 1-minute bars, against JSON-encoding the same bars (the least an answer costs);
// - the offline demo's first chart (300 bars at 1 minute and at 1D), which the terminal must
//   draw within a second.
import { performance } from 'node:perf_hooks';
import {
  findInstrument,
  history,
  historyBars,
  MarketSimulator,
  ORIGIN_DAY,
  DAY_MS,
  toPriceBar,
} from '../../packages/market/dist/index.js';

const SEED = 20240101;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timed(run) {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** Daily bars from 2019 to `now`, top-down, from a fresh simulator. */
const topDown = (ticker, now) =>
  historyBars(new MarketSimulator(SEED), findInstrument(ticker), '1D', { from: 0, to: now }, now)
    .bars;

/** The same completed days built bottom-up: every minute simulated, then aggregated. */
function bottomUp(ticker, now) {
  const simulator = new MarketSimulator(SEED);
  const instrument = findInstrument(ticker);
  const model = simulator.model(instrument);
  const bars = [];
  for (let day = ORIGIN_DAY; (day + 1) * DAY_MS <= now; day++) {
    const series = model.daySeries(day);
    if (series === undefined || series.session.close > now) continue;
    let high = series.high[0];
    let low = series.low[0];
    let volume = 0;
    for (let i = 0; i < series.count; i++) {
      if (series.high[i] > high) high = series.high[i];
      if (series.low[i] < low) low = series.low[i];
      volume += series.volume[i];
    }
    const close = series.close[series.count - 1];
    bars.push({ time: day * DAY_MS, open: series.open[0], high, low, close, volume });
  }
  return bars;
}

function sameBars(a, b) {
  if (a.length !== b.length) return false;
  return a.every(
    (x, i) =>
      x.time === b[i].time &&
      x.open === b[i].open &&
      x.high === b[i].high &&
      x.low === b[i].low &&
      x.close === b[i].close &&
      x.volume === b[i].volume,
  );
}

export function measureDaily({ runs = 15, baselineRuns = 3, now = Date.now() } = {}) {
  return ['BTCUSD', 'AAPL'].map((ticker) => {
    topDown(ticker, now); // JIT warm-up, unmeasured
    const fast = [];
    let bars;
    for (let i = 0; i < runs; i++) {
      const { ms, result } = timed(() => topDown(ticker, now));
      fast.push(ms);
      bars = result;
    }
    const slow = [];
    let built;
    for (let i = 0; i < baselineRuns; i++) {
      const { ms, result } = timed(() => bottomUp(ticker, now));
      slow.push(ms);
      built = result;
    }
    // The forming day is not in the bottom-up set; every completed day must agree exactly.
    const completed = bars.filter((bar) => built.length > 0 && bar.time <= built.at(-1).time);
    if (!sameBars(completed, built)) throw new Error(`${ticker}: top-down ≠ bottom-up daily bars`);
    return { ticker, count: bars.length, ms: median(fast), baselineMs: median(slow), target: 50 };
  });
}

export function measureMinutes({ runs = 15, now = Date.now() } = {}) {
  const produce = (ticker) =>
    timed(
      () =>
        historyBars(
          new MarketSimulator(SEED),
          findInstrument(ticker),
          '1',
          { from: now, to: now, countBack: 5000 },
          now,
        ).bars,
    );
  return ['AAPL', 'BTCUSD'].map((ticker) => {
    produce(ticker); // JIT warm-up, unmeasured
    const times = [];
    const encodings = [];
    for (let i = 0; i < runs; i++) {
      const { ms, result } = produce(ticker);
      if (result.length < 5000) throw new Error(`${ticker}: ${result.length} bars < 5000`);
      times.push(ms);
      encodings.push(timed(() => JSON.stringify(result)).ms);
    }
    return { ticker, ms: median(times), baselineMs: median(encodings) };
  });
}

/** The offline datafeed's first getBars of a default chart: BTCUSD, 300 bars, fresh simulator. */
export function measureFirstChart({ runs = 15, now = Date.now() } = {}) {
  const instrument = findInstrument('BTCUSD');
  return ['1', '1D'].map((resolution) => {
    const span = (resolution === '1' ? 60 : 86_400) * 300 * 1000;
    const range = { from: now - span, to: now + 1000, countBack: 300 };
    const times = [];
    for (let i = 0; i < runs; i++) {
      times.push(
        timed(() =>
          history(new MarketSimulator(SEED), instrument, resolution, range, now).bars.map((bar) =>
            toPriceBar(instrument, bar),
          ),
        ).ms,
      );
    }
    return { resolution, ms: median(times), max: Math.max(...times), target: 1000 };
  });
}
