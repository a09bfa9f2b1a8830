// bench/broker: the paper broker's figures, each against a baseline measured in the same run
// (README "Performance"). Server on core 0, this process (the load generator) on core 1. Needs
// `make build`; `BENCH_QUICK=1` shortens every window. Parts: `node run.mjs [part …]` with parts
// throughput, resting, reach, snapshot, expiry (all by default).
import { measureExpiry } from './expiry.mjs';
import { measureReach, reachTarget } from './reach.mjs';
import { measureResting, measureRestingWritesOnPostgres } from './resting.mjs';
import { measureSnapshot } from './snapshot.mjs';
import { QUICK, pin, postgresSchema, requireBuild } from './support.mjs';
import { measureThroughput } from './throughput.mjs';

requireBuild();
const pinned = pin(1, process.pid);
const parts = process.argv.slice(2);
const wanted = (part) => parts.length === 0 || parts.includes(part);
console.log(
  `bench/broker — server on core 0, load generator on core 1 (${pinned ? 'pinned' : 'not pinned'})${QUICK ? ', quick' : ''}`,
);

if (wanted('throughput')) {
  await measureThroughput({ label: 'embedded database', target: 1_000 });
  const schema = await postgresSchema();
  if (schema !== undefined) {
    try {
      await measureThroughput({ label: 'PostgreSQL', databaseUrl: schema.url, target: 1_000 });
    } finally {
      await schema.drop();
    }
  }
}
if (wanted('resting')) {
  await measureResting({
    accounts: 1_000,
    perAccount: 100,
    label: '1,000 accounts × 100 resting orders',
  });
  await measureRestingWritesOnPostgres({ accounts: 100, perAccount: 100 });
}
if (wanted('reach')) {
  await measureReach({ orders: 1, accounts: 1, label: 'baseline, 1 resting limit' });
  // One book (as in a single trader's account), then the same orders spread over many books.
  for (const accounts of [1, 100, 1_000]) {
    const result = await measureReach({
      orders: 1_000,
      accounts,
      label: `1,000 limits in ${accounts === 1 ? '1 account' : `${accounts} accounts`}`,
    });
    console.log(`  ${reachTarget(result, 1_000)}`);
  }
}
if (wanted('snapshot')) await measureSnapshot();
if (wanted('expiry')) await measureExpiry({ accounts: 100, perAccount: 100 });
process.exit(0);
