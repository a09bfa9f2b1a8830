// Browser end-to-end tests (`make test-e2e`): a real server process and Chromium per file, so
// files run one at a time, in a single worker, with timeouts sized for process start-up,
// reconnects and a headless browser rather than for unit tests.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Next to the frontend's own cache, not a node_modules/ inside e2e/.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-e2e', import.meta.url)),
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false, shuffle: false },
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A failed step leaves the page in an unknown state; retrying would hide real flakiness.
    retry: 0,
  },
});
