// How long the simulator takes to produce history from cold (a fresh simulator, nothing cached):
// 5,000 1-minute bars and 1,000 daily bars of one symbol. Baseline in the same run: encoding
// the same bars as JSON, the least any answer carrying them must cost.
import { performance } from 'node:perf_hooks';
import { Catalogue } from '../../backend/dist/modules/datafeed/catalogue/catalogue.js';
import { historyBars } from '../../backend/dist/modules/datafeed/market/bar-history.js';
import { MarketSimulator } from '../../backend/dist/modules/datafeed/market/market-simulator.js';

const SEED = 20240101;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function produce(ticker, resolution, count, now) {
  const simulator = new MarketSimulator(SEED);
  const instrument = new Catalogue().find(ticker);
  const start = performance.now();
  const { bars } = historyBars(
    simulator,
    instrument,
    resolution,
    { from: now, to: now, countBack: count },
    now,
  );
  const elapsed = performance.now() - start;
  if (bars.length < count)
    throw new Error(`${ticker} ${resolution}: ${bars.length} bars < ${count}`);
  return { elapsed, bars };
}

function encode(bars) {
  const start = performance.now();
  JSON.stringify(bars);
  return performance.now() - start;
}

export function measureCompute({ runs = 15, now = Date.now() } = {}) {
  const cases = [
    {
      name: '5,000 1-minute bars (AAPL, cold)',
      ticker: 'AAPL',
      resolution: '1',
      count: 5000,
      target: 20,
    },
    {
      name: '5,000 1-minute bars (BTCUSD, cold)',
      ticker: 'BTCUSD',
      resolution: '1',
      count: 5000,
      target: 20,
    },
    { name: '1,000 daily bars (AAPL, cold)', ticker: 'AAPL', resolution: '1D', count: 1000 },
  ];
  const results = [];
  for (const c of cases) produce(c.ticker, c.resolution, c.count, now); // JIT warm-up, unmeasured
  for (const c of cases) {
    const produceTimes = [];
    const encodeTimes = [];
    for (let i = 0; i < runs; i++) {
      const { elapsed, bars } = produce(c.ticker, c.resolution, c.count, now);
      produceTimes.push(elapsed);
      encodeTimes.push(encode(bars));
    }
    results.push({ ...c, produceMs: median(produceTimes), encodeMs: median(encodeTimes) });
  }
  return results;
}
