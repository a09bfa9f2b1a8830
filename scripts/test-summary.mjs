// Adds up the JSON reports of every Vitest run into one closing line, `N passed, N failed`,
// so a reader (and CI) sees the whole suite's result at a glance.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.test-results';
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const passed = report.numPassedTests;
  const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  const skipped = report.numPendingTests + report.numTodoTests;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(
    `  ${file.replace(/\.json$/, '').padEnd(10)} ${passed} passed, ${failed} failed, ${skipped} skipped`,
  );
}
console.log(`\nTest suites:\n${lines.join('\n')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (lines.length === 0 || totals.passed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
