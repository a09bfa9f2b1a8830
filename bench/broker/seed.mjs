// Builds the books a benchmark needs through the public API: accounts, and resting orders that
// the market does not reach (limits and stops far from the price, on every instrument).
import { INSTRUMENTS } from '../../packages/market/dist/index.js';
import { call, inParallel } from './support.mjs';

/** `count` new accounts (besides the first one the server opened); their ids. */
export async function createAccounts(base, count, deposit = 1_000_000) {
  const ids = [];
  await inParallel(
    Array.from({ length: count }, (_, i) => async () => {
      const answer = await call(base, 'POST', '/api/v1/broker/accounts', {
        name: `Bench ${i}`,
        deposit,
      });
      if (answer.status !== 201)
        throw new Error(`create account: ${answer.status} ${JSON.stringify(answer.body)}`);
      ids.push(answer.body.id);
    }),
  );
  return ids;
}

const onTick = (price, tick) => Number((Math.round(price / tick) * tick).toFixed(8));

/**
 * `perAccount` working orders in each account, spread over every instrument: buy and sell limits
 * and stops at half or twice the price, where no quote of the run can reach them.
 */
export async function restingOrders(base, accountIds, perAccount) {
  const quotes = await call(base, 'POST', '/api/v1/datafeed/quotes', {
    symbols: INSTRUMENTS.map((i) => i.ticker),
  });
  const price = new Map(quotes.body.map((q) => [q.n, q.v.lp]));
  const kinds = [
    { type: 1, side: 1, factor: 0.5, field: 'limitPrice' },
    { type: 1, side: -1, factor: 2, field: 'limitPrice' },
    { type: 3, side: 1, factor: 2, field: 'stopPrice' },
    { type: 3, side: -1, factor: 0.5, field: 'stopPrice' },
  ];
  const tasks = [];
  for (const accountId of accountIds) {
    for (let n = 0; n < perAccount; n++) {
      const instrument = INSTRUMENTS[n % INSTRUMENTS.length];
      const kind = kinds[Math.floor(n / INSTRUMENTS.length) % kinds.length];
      const tick = instrument.minmov / instrument.pricescale;
      const body = {
        symbol: instrument.ticker,
        type: kind.type,
        side: kind.side,
        qty: instrument.qty.min,
        [kind.field]: onTick(price.get(instrument.ticker) * kind.factor, tick),
      };
      tasks.push(async () => {
        const answer = await call(base, 'POST', '/api/v1/broker/orders', body, {
          'x-account-id': accountId,
        });
        if (answer.status !== 200)
          throw new Error(`place: ${answer.status} ${JSON.stringify(answer.body)}`);
      });
    }
  }
  const started = performance.now();
  await inParallel(tasks, 32);
  return { placed: tasks.length, seconds: (performance.now() - started) / 1000 };
}
