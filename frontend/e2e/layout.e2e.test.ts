// Panes the trader sizes, at 1280×800: the splitters between the panes (dragged, or moved with
// the arrow keys) give the watchlist and the account pane the room wanted, and the sizes stay
// through a reload.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type TestPage } from './support/browser';
import { browserSuite } from './support/suite';

const STEP = 15_000;
const LOAD = 30_000;
const READ = { timeout: 2_000 };
const byTestId = (scope: Page | Locator, id: string) => scope.locator(`[data-testid="${id}"]`);

describe('resizable panes', () => {
  const suite = browserSuite('layout');
  let tab: TestPage;
  let page: Page;
  beforeAll(() => {
    tab = suite.tab();
    page = suite.page();
  });

  /** Watchlist rows wholly inside the watchlist's visible area. */
  const visibleRows = () =>
    byTestId(page, 'watchlist').evaluate((panel) => {
      const box = panel.getBoundingClientRect();
      return Array.from(panel.querySelectorAll('[data-testid="watchlist-row"]')).filter((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }).length;
    });
  const height = async (testid: string) =>
    Math.round((await byTestId(page, testid).boundingBox())!.height);

  /**
   * How far a pane's height is from `expected`: at most 1 px when right, since a layout of
   * fractional pixels is measured in whole ones.
   */
  const offBy = async (testid: string, expected: number) =>
    Math.abs((await height(testid)) - expected);

  async function drag(testid: string, dy: number): Promise<void> {
    const box = (await byTestId(page, testid).boundingBox())!;
    // Whole pixels: pointer events carry whole coordinates, so a fractional start would round
    // the distance dragged.
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height / 2);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + dy / 2);
    await page.mouse.move(x, y + dy);
    await page.mouse.up();
  }

  it('gives the watchlist and the account pane the room the trader drags them to', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    // Quotes in: the ticket has its full height (its value line) before anything is measured.
    await byTestId(page, 'ticket-exposure').waitFor({ timeout: LOAD });
    // Dragged up, the watchlist gives rows to the ticket's column; dragged down, takes them back.
    const rows = await visibleRows();
    const watchlist = await height('watchlist');
    await drag('split-watchlist', -100);
    await expect
      .poll(() => offBy('watchlist', watchlist - 100), { timeout: STEP })
      .toBeLessThanOrEqual(1);
    expect(await visibleRows()).toBeLessThan(rows);
    await drag('split-watchlist', 30);
    await expect
      .poll(() => offBy('watchlist', watchlist - 70), { timeout: STEP })
      .toBeLessThanOrEqual(1);

    const account = await height('account-manager');
    await drag('split-account', -120);
    await expect
      .poll(() => offBy('account-manager', account + 120), { timeout: STEP })
      .toBeLessThanOrEqual(1);

    // The keyboard moves a splitter 16 px a press.
    const splitter = byTestId(page, 'split-account');
    const size = Number(await splitter.getAttribute('aria-valuenow', READ));
    await splitter.focus();
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => Number(await splitter.getAttribute('aria-valuenow', READ)), READ)
      .toBe(size + 16);
    await screenshot(page, 'resized-panes');

    // Remembered in this browser.
    await page.reload();
    await byTestId(page, 'watchlist-row').first().waitFor({ timeout: LOAD });
    await expect
      .poll(() => offBy('account-manager', account + 136), { timeout: STEP })
      .toBeLessThanOrEqual(1);
    await expect
      .poll(() => offBy('watchlist', watchlist - 70), { timeout: STEP })
      .toBeLessThanOrEqual(1);
  });

  it('raised no uncaught page errors', () => {
    expect(tab.diagnostics.pageErrors, tab.report()).toEqual([]);
  });
});
