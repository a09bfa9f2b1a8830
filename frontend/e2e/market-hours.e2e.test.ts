// A closed market is marked by its symbol, in the chart's header and in the watchlist, with when
// it opens: the page's clock is set to a Saturday noon (UTC), when US stocks wait for Monday's
// 09:30 in New York and crypto trades on.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type TestPage } from './support/browser';
import { browserSuite } from './support/suite';

const STEP = 15_000;
const LOAD = 30_000;
const READ = { timeout: 2_000 };
/** Saturday 28 November 2026, 12:00 UTC: AAPL opens on Monday at 14:30 UTC. */
const SATURDAY_NOON = Date.UTC(2026, 10, 28, 12);
const byTestId = (scope: Page | Locator, id: string) => scope.locator(`[data-testid="${id}"]`);

describe('closed markets', () => {
  const suite = browserSuite('market-hours');
  let tab: TestPage;
  let page: Page;
  beforeAll(() => {
    tab = suite.tab();
    page = suite.page();
  });

  const row = (symbol: string) =>
    page.locator(`[data-testid="watchlist-row"][data-symbol="${symbol}"]`);

  it('marks a closed market by its symbol with when it opens, and an open one not at all', async () => {
    await page.clock.setFixedTime(SATURDAY_NOON);
    await page.goto('/');
    await row('AAPL').waitFor({ timeout: LOAD });
    // The watchlist says it short, the tooltip in full.
    const aapl = byTestId(row('AAPL'), 'market-closed');
    expect(await aapl.innerText(READ)).toBe('Closed');
    expect(await aapl.getAttribute('title', READ)).toBe(
      'The market is closed; it opens in 2 d 2 h, at 2026-11-30 14:30:00 UTC',
    );
    // The forex week opens on Sunday at 17:00 New York, 22:00 UTC.
    expect(await byTestId(row('EURUSD'), 'market-closed').getAttribute('title', READ)).toBe(
      'The market is closed; it opens in 1 d 10 h, at 2026-11-29 22:00:00 UTC',
    );
    expect(await byTestId(row('BTCUSD'), 'market-closed').count()).toBe(0);
    expect(await byTestId(byTestId(page, 'chart-quote'), 'market-closed').count()).toBe(0);

    await row('AAPL').click({ timeout: STEP });
    const header = byTestId(byTestId(page, 'chart-quote'), 'market-closed');
    await expect
      .poll(() => header.innerText(READ), { timeout: STEP })
      .toBe('Closed · opens in 2 d 2 h');
    // The watchlist keeps every column in view with its markers, once every price is in.
    const watchlist = byTestId(page, 'watchlist');
    await expect
      .poll(
        async () =>
          (await byTestId(watchlist, 'watchlist-last').count()) ===
          (await byTestId(watchlist, 'watchlist-row').count()),
        { timeout: STEP },
      )
      .toBe(true);
    const widths = await watchlist.evaluate(
      (panel) => [panel.scrollWidth, panel.clientWidth],
      READ,
    );
    expect(widths[0], `content ${widths[0]} px in ${widths[1]} px`).toBeLessThanOrEqual(widths[1]!);
    await screenshot(page, 'market-closed');
  });

  it('raised no uncaught page errors', () => {
    expect(tab.diagnostics.pageErrors, tab.report()).toEqual([]);
  });
});
