// What the terminal shows when the server goes away, in a real browser against a real server
// that is killed and started again: the last known account and prices stay on screen, marked
// stale with their age, trading paused, and an open order preview saying the order was not sent;
// the offline demo account only when the trader chooses it (from the banner, or from the first
// screen when no server answers at all), unmistakably the demo, and leaving it tells what stayed
// behind. The steps share one page and one account, in order.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type TestPage } from './support/browser';
import { serverApi } from './support/serverApi';
import { browserSuite } from './support/suite';

const STEP = 15_000;
const LOAD = 30_000;
const READ = { timeout: 2_000 };
const SYMBOL = 'BTCUSD';
const byTestId = (scope: Page | Locator, id: string) => scope.locator(`[data-testid="${id}"]`);
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves the built terminal to `page` from disk; `/api/` requests still go to the server. */
async function serveTerminalFiles(page: Page): Promise<void> {
  await page.route(
    (url) => !url.pathname.startsWith('/api/'),
    async (route) => {
      const { pathname } = new URL(route.request().url());
      const file = extname(pathname) === '' ? 'index.html' : pathname.slice(1);
      const body = await readFile(join(distDir, file));
      await route.fulfill({
        body,
        contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
    },
  );
}

describe('the terminal without its server', () => {
  const suite = browserSuite('disconnected');
  let tab: TestPage;
  let page: Page;
  beforeAll(() => {
    tab = suite.tab();
    page = suite.page();
  });

  const server = serverApi(() => suite.backend().url);
  const call = server.broker;

  const watchlistLast = () =>
    page
      .locator(
        `[data-testid="watchlist-row"][data-symbol="${SYMBOL}"] [data-testid="watchlist-last"]`,
      )
      .innerText(READ);
  const positionSymbols = async () =>
    page
      .locator('[data-testid="position-row"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-symbol')));
  const accountName = () =>
    byTestId(page, 'account-select').evaluate(
      (select) => (select as HTMLSelectElement).selectedOptions[0]?.text.trim() ?? '',
      READ,
    );
  const ageSeconds = async () => {
    const text = await byTestId(page, 'disconnected-age').innerText(READ);
    const match = /last update (\d+) s ago/.exec(text);
    if (match === null) throw new Error(`not an age in seconds: "${text}"`);
    return Number(match[1]);
  };

  async function openTab(name: 'positions' | 'orders') {
    await byTestId(page, `tab-${name}`).click({ timeout: STEP });
  }

  /** Fills the ticket with a market buy of 0.01 and opens its preview. */
  async function reviewBuy(): Promise<Locator> {
    await page
      .locator(`[data-testid="watchlist-row"][data-symbol="${SYMBOL}"]`)
      .click({ timeout: STEP });
    await byTestId(page, 'ticket-side-buy').click({ timeout: STEP });
    await byTestId(page, 'ticket-type').selectOption('market', { timeout: STEP });
    await byTestId(page, 'ticket-qty').fill('0.01', { timeout: STEP });
    await byTestId(page, 'ticket-submit').click({ timeout: STEP });
    const preview = byTestId(page, 'order-preview');
    await preview.waitFor({ timeout: STEP });
    return preview;
  }

  let serverAccount = '';

  it('keeps an open preview when the link drops, saying the order was not sent', async () => {
    await page.goto('/');
    await expect
      .poll(() => page.getAttribute('[data-testid="terminal"]', 'data-mode', READ), {
        timeout: LOAD,
      })
      .toBe('online');
    // A position and a resting order on the server's account.
    await call('POST', '/orders', {
      symbol: SYMBOL,
      type: OrderType.Market,
      side: Side.Buy,
      qty: 0.02,
    });
    const { lp } = await server.quote(SYMBOL);
    await call('POST', '/orders', {
      symbol: SYMBOL,
      type: OrderType.Limit,
      side: Side.Buy,
      qty: 0.01,
      limitPrice: Math.round(lp * 0.7),
    });
    await openTab('positions');
    await expect.poll(positionSymbols, { timeout: STEP }).toEqual([SYMBOL]);
    serverAccount = await accountName();

    const preview = await reviewBuy();
    await expect
      .poll(() => byTestId(preview, 'preview-confirm').isEnabled(READ), { timeout: STEP })
      .toBe(true);
    await suite.backend().kill();
    const notice = byTestId(preview, 'link-lost');
    await notice.waitFor({ timeout: STEP });
    expect(await notice.innerText(READ)).toContain('Connection lost — the order was not sent');
    expect(await byTestId(preview, 'preview-confirm').isDisabled(READ)).toBe(true);
    // It stays through the confirmed outage (no switch of account closes it).
    await byTestId(page, 'disconnected-banner').waitFor({ timeout: STEP });
    expect(await preview.isVisible()).toBe(true);
    await screenshot(page, 'preview-connection-lost');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached', timeout: STEP });
  });

  it('keeps the last account and prices on screen, stale and aging, with trading paused', async () => {
    const banner = byTestId(page, 'disconnected-banner');
    expect(await banner.innerText(READ)).toContain('Disconnected — reconnecting…');
    const price = await watchlistLast();
    const firstAge = await ageSeconds();
    await expect.poll(ageSeconds, { timeout: STEP }).toBeGreaterThan(firstAge + 1);
    // The same prices (not another series), the same account, its position and order.
    expect(await watchlistLast()).toBe(price);
    expect(await accountName()).toBe(serverAccount);
    expect(await positionSymbols()).toEqual([SYMBOL]);
    expect(await byTestId(page, 'terminal').getAttribute('class')).toContain('terminal--stale');
    // Trading is paused: Review refuses, Cancel is disabled.
    expect(await byTestId(page, 'ticket-submit').getAttribute('aria-disabled')).toBe('true');
    await byTestId(page, 'ticket-paused').waitFor(READ);
    // Forced: the button is aria-disabled (it keeps its focus), and the click must do nothing.
    await byTestId(page, 'ticket-submit').click({ ...READ, force: true });
    expect(await byTestId(page, 'order-preview').count()).toBe(0);
    await openTab('orders');
    expect(await byTestId(page, 'order-cancel').first().isDisabled(READ)).toBe(true);
    await screenshot(page, 'disconnected-banner');
  });

  it('runs the offline demo account only when chosen, and stays on it when the server returns', async () => {
    await byTestId(byTestId(page, 'disconnected-banner'), 'demo-enter').click({ timeout: STEP });
    await byTestId(page, 'demo-banner').waitFor({ timeout: STEP });
    await expect.poll(accountName, { timeout: STEP }).toMatch(/^Offline demo account\b/);
    expect(await byTestId(page, 'mode-badge').innerText(READ)).toMatch(/^Offline demo account\b/);
    expect(await byTestId(page, 'terminal').getAttribute('class')).toContain('terminal--demo');
    await openTab('positions');
    await expect.poll(positionSymbols, { timeout: STEP }).toEqual([]);
    // A demo trade: the demo account is its own, with the same market and rules.
    const preview = await reviewBuy();
    await byTestId(preview, 'preview-confirm').click({ timeout: STEP });
    await preview.waitFor({ state: 'detached', timeout: STEP });
    await expect.poll(positionSymbols, { timeout: STEP }).toEqual([SYMBOL]);
    await screenshot(page, 'offline-demo-account');

    await suite.backend().restart();
    await byTestId(page, 'demo-server-back').waitFor({ timeout: LOAD });
    expect(await accountName()).toMatch(/^Offline demo account\b/);
  });

  it('says what stays behind when leaving the demo, and shows the paper account again', async () => {
    await byTestId(page, 'demo-leave').click({ timeout: STEP });
    const toast = page.locator('[data-testid="toast"]', {
      hasText: 'Left the offline demo account',
    });
    await toast.waitFor({ timeout: STEP });
    expect(await toast.innerText(READ)).toContain('1 demo trade is not on your paper account.');
    await expect
      .poll(() => page.getAttribute('[data-testid="terminal"]', 'data-mode', READ), {
        timeout: STEP,
      })
      .toBe('online');
    await expect.poll(accountName, { timeout: STEP }).toBe(serverAccount);
    await expect.poll(positionSymbols, { timeout: STEP }).toEqual([SYMBOL]);
    const orders = await call<{ status: number; qty: number }[]>('GET', '/orders');
    // The demo's trade did not reach the server: its one market buy and one resting order only.
    expect(orders.filter((o) => o.status === OrderStatus.Filled).map((o) => o.qty)).toEqual([0.02]);
  });

  it('offers the demo account on the first screen when no server answers at all', async () => {
    // The terminal's own files still come (from a gateway, a CDN, the browser's cache); the
    // API does not answer.
    await serveTerminalFiles(page);
    await suite.backend().kill();
    await page.reload();
    const first = byTestId(page, 'no-server');
    await first.waitFor({ timeout: STEP });
    expect(await first.innerText(READ)).toContain('No server answers');
    await byTestId(first, 'demo-enter').click({ timeout: STEP });
    await byTestId(page, 'demo-banner').waitFor({ timeout: STEP });
    await expect.poll(accountName, { timeout: STEP }).toMatch(/^Offline demo account\b/);
    // The server's links say what they are: down, not still connecting.
    for (const endpoint of ['datafeed', 'broker']) {
      expect(await byTestId(page, `conn-${endpoint}`).getAttribute('data-status', READ)).toBe(
        'disconnected',
      );
    }
    // Its own account, kept in this browser: the earlier demo trade is still there.
    await openTab('positions');
    await expect.poll(positionSymbols, { timeout: STEP }).toEqual([SYMBOL]);
    await suite.backend().restart();
  });

  it('raised no uncaught page errors', () => {
    expect(tab.diagnostics.pageErrors, tab.report()).toEqual([]);
  });
});
