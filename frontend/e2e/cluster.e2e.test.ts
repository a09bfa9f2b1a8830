// The terminal at the gateway of a cluster (docs/cluster.md), as with `make cluster-up`: nginx,
// one broker and two datafeed processes started by the manager on free ports. The chart is live,
// a market order fills against quotes the broker reads from another process, and the terminal
// rides out each datafeed instance being killed in turn (the first one started again by hand in
// between), so that whichever instance its sockets were on, it reconnects at least once.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  clusterPrerequisites,
  startCluster,
  type TestCluster,
} from '../../backend/test/helpers/cluster';
import { postgresAvailable, postgresSchemaUrl } from '../../backend/test/helpers/postgres';
import { redisServerAvailable, TestRedis } from '../../backend/test/helpers/redis-server';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser';

const STEP = 15_000;
const LOAD = 30_000;
const READ = { timeout: 2_000 };
const SYMBOL = 'BTCUSD';
const byTestId = (scope: Page | Locator, id: string) => scope.locator(`[data-testid="${id}"]`);

const missing =
  clusterPrerequisites() ??
  (redisServerAvailable() ? undefined : 'redis-server not found') ??
  ((await postgresAvailable()) ? undefined : 'PostgreSQL not reachable');
if (missing !== undefined) console.warn(`The cluster browser test is skipped: ${missing}.`);

describe.skipIf(missing !== undefined)('the terminal at the gateway of a cluster', () => {
  let redis: TestRedis;
  let schema: { url: string; drop: () => Promise<void> };
  let cluster: TestCluster;
  let browser: Browser;
  let tab: TestPage;
  let page: Page;

  beforeAll(async () => {
    redis = await TestRedis.start();
    schema = await postgresSchemaUrl();
    cluster = await startCluster({ database: schema.url, redis: redis.url, datafeedInstances: 2 });
    browser = await launchBrowser();
    tab = await openPage(browser, cluster.gateway);
    page = tab.page;
  });
  afterAll(async () => {
    await browser?.close();
    await cluster?.stop();
    await redis?.stop();
    await schema?.drop();
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await screenshot(page, `FAILED-cluster-${task.name}`).catch(() => undefined);
      console.error(`"${task.name}" failed.\n${tab.report()}`);
    });
  });

  const chart = () => byTestId(page, 'chart');
  const lastPrice = () =>
    page
      .locator(
        `[data-testid="watchlist-row"][data-symbol="${SYMBOL}"] [data-testid="watchlist-last"]`,
      )
      .innerText(READ);
  const connections = () =>
    Promise.all(
      (['datafeed', 'broker'] as const).map((feed) =>
        byTestId(page, `conn-${feed}`).getAttribute('data-status', READ),
      ),
    );
  /** Online, and the watchlist's price moving: quotes reach the page now. */
  async function expectLive(timeout = STEP) {
    await expect.poll(connections, { timeout }).toEqual(['connected', 'connected']);
    const before = await lastPrice();
    await expect.poll(lastPrice, { timeout: STEP }).not.toBe(before);
  }
  async function buyAtMarket(qty: string) {
    await byTestId(page, 'ticket-qty').fill(qty, { timeout: STEP });
    await byTestId(page, 'ticket-side-buy').click({ timeout: STEP });
    await byTestId(page, 'ticket-type').selectOption('market', { timeout: STEP });
    await byTestId(page, 'ticket-submit').click({ timeout: STEP });
    const preview = byTestId(page, 'order-preview');
    await preview.waitFor({ timeout: STEP });
    await byTestId(preview, 'preview-confirm').click({ timeout: STEP });
    await page
      .locator('[data-testid="toast"]', { hasText: /filled/i })
      .first()
      .waitFor({ timeout: STEP });
  }
  const brokerReads = async () =>
    (
      (await (await fetch(`${cluster.urlOf('broker-1')}/api/v1/core/health`)).json()) as {
        quotes: { datafeed?: string };
      }
    ).quotes.datafeed;

  it('shows a live chart and fills a market order through the gateway', async () => {
    await page.goto('/');
    await chart().waitFor({ timeout: LOAD });
    await expect
      .poll(async () => Number((await chart().getAttribute('data-bars', READ)) ?? '0'), {
        timeout: LOAD,
      })
      .toBeGreaterThan(0);
    await page
      .locator(`[data-testid="watchlist-row"][data-symbol="${SYMBOL}"]`)
      .click({ timeout: STEP });
    await expectLive(LOAD);
    await buyAtMarket('0.1');
    await byTestId(page, 'tab-positions').click({ timeout: STEP });
    await page
      .locator(`[data-testid="position-row"][data-symbol="${SYMBOL}"]`)
      .waitFor({ timeout: STEP });
    await screenshot(page, 'cluster-terminal');
  });

  it('keeps trading while each datafeed instance is killed in turn', async () => {
    const first = cluster.processes().find((p) => p.name === 'datafeed-1')!;
    const second = cluster.processes().find((p) => p.name === 'datafeed-2')!;
    const firstEnv = cluster.environmentOf('datafeed-1');

    process.kill(first.pid, 'SIGKILL');
    await expect.poll(brokerReads, { timeout: STEP }).toBe(`http://127.0.0.1:${second.port}`);
    await expectLive();
    await buyAtMarket('0.1');

    await cluster.respawn('datafeed-1', firstEnv);
    process.kill(second.pid, 'SIGKILL');
    await expect.poll(brokerReads, { timeout: STEP }).toBe(`http://127.0.0.1:${first.port}`);
    await expectLive(LOAD);
    await buyAtMarket('0.1');
    const answer = await fetch(`${cluster.gateway}/api/v1/broker/positions`);
    const positions = (await answer.json()) as { symbol: string; qty: number }[];
    expect(positions.find((p) => p.symbol === SYMBOL)?.qty).toBeCloseTo(0.3, 8);
  });
});
