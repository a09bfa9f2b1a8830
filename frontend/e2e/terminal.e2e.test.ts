// The trading terminal in a real browser against the real server: chart, symbol search, a market
// order from ticket to position, a resting limit order modified and cancelled, closing the
// position, and riding out a server crash. The steps share one page and one account, in order.
// BTCUSD trades around the clock, so the scenarios do not depend on the time of day. Each trading
// step first checks that the terminal is online, and then that the server itself saw what the
// page shows.
import { OrderStatus } from '@trading-pro/contract';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type TestPage } from './support/browser';
import { browserSuite } from './support/suite';

const SYMBOL = 'BTCUSD';
/** Waits for one UI step (an element, a reply from the server). */
const STEP = 15_000;
/** Waits for the first data after a page load or a reconnect. */
const LOAD = 30_000;
/** Reads inside `expect.poll` stay short, so that the poll, not the read, decides the wait. */
const READ = { timeout: 2_000 };

const byTestId = (scope: Page | Locator, id: string) => scope.locator(`[data-testid="${id}"]`);

/** "45,105.12", "$ 45 105.12" → 45105.12 (the terminal formats numbers for en-US). */
function parseNumber(text: string): number {
  const value = Number(text.replace(/[^0-9.-]/g, ''));
  if (text.trim() === '' || !Number.isFinite(value)) throw new Error(`not a number: "${text}"`);
  return value;
}

async function barCount(chart: Locator): Promise<number> {
  return Number((await chart.getAttribute('data-bars', READ)) ?? '0');
}

interface ServerOrder {
  id: string;
  symbol: string;
  status: number;
  limitPrice?: number;
}
interface ServerPosition {
  symbol: string;
  qty: number;
}

describe('trading terminal', () => {
  const suite = browserSuite('terminal', {
    // A commission, so that the equity moves as soon as an order fills.
    BROKER_COMMISSION_RATE: '0.001',
  });
  let tab: TestPage;
  let page: Page;
  beforeAll(() => {
    tab = suite.tab();
    page = suite.page();
  });

  /** The server's own view of the account. */
  async function api<T>(path: string): Promise<T> {
    const response = await fetch(`${suite.backend().url}/api/v1${path}`);
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }
  const serverOrder = async (id: string) =>
    (await api<ServerOrder[]>('/broker/orders')).find((order) => order.id === id);
  const serverPosition = async (symbol: string) =>
    (await api<ServerPosition[]>('/broker/positions')).find(
      (position) => position.symbol === symbol && position.qty > 0,
    );

  const chart = () => byTestId(page, 'chart');
  const watchlistRow = (symbol: string) =>
    page.locator(`[data-testid="watchlist-row"][data-symbol="${symbol}"]`);
  const positionRow = (symbol: string) =>
    page.locator(`[data-testid="position-row"][data-symbol="${symbol}"]`);
  const connections = () =>
    Promise.all(
      (['datafeed', 'broker'] as const).map((feed) =>
        byTestId(page, `conn-${feed}`).getAttribute('data-status', READ),
      ),
    );

  /** Both streams connected and no offline demo: what follows happens on the server. */
  async function expectOnline(timeout = STEP) {
    await expect.poll(connections, { timeout }).toEqual(['connected', 'connected']);
    await expect
      .poll(() => byTestId(page, 'mode-badge').isVisible(), { timeout: STEP })
      .toBe(false);
  }

  async function openTab(name: 'summary' | 'positions' | 'orders' | 'history' | 'executions') {
    await byTestId(page, `tab-${name}`).click({ timeout: STEP });
  }

  /** The equity shown in the summary tab, once it shows a number. */
  async function readEquity(): Promise<string> {
    await openTab('summary');
    const equity = byTestId(page, 'equity-value');
    await expect
      .poll(async () => /\d/.test(await equity.innerText(READ)), { timeout: STEP })
      .toBe(true);
    return (await equity.innerText(READ)).trim();
  }

  /** Fills the ticket for a buy of `qty` BTCUSD and goes through the preview to confirmation. */
  async function placeBuy(qty: string, type: 'market' | 'limit', limitPrice?: number) {
    await watchlistRow(SYMBOL).click({ timeout: STEP });
    await expect
      .poll(() => chart().getAttribute('data-symbol', READ), { timeout: STEP })
      .toBe(SYMBOL);
    await byTestId(page, 'ticket-qty').fill(qty, { timeout: STEP });
    await byTestId(page, 'ticket-side-buy').click({ timeout: STEP });
    await byTestId(page, 'ticket-type').selectOption(type, { timeout: STEP });
    if (limitPrice !== undefined)
      await byTestId(page, 'ticket-limit-price').fill(String(limitPrice), { timeout: STEP });
    await byTestId(page, 'ticket-submit').click({ timeout: STEP });

    const preview = byTestId(page, 'order-preview');
    await preview.waitFor({ timeout: STEP });
    await expect.poll(() => preview.innerText(READ), { timeout: STEP }).toMatch(/BTC/);
    await screenshot(page, `order-preview-${type}`);
    // The keyboard stays in the dialog: Tab and Shift+Tab never reach the page behind it.
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(
        await page.evaluate(() =>
          Boolean(document.activeElement?.closest('[data-testid="order-preview"]')),
        ),
      ).toBe(true);
    }
    await byTestId(preview, 'preview-confirm').click({ timeout: STEP });
    await preview.waitFor({ state: 'hidden', timeout: STEP });
  }

  it('loads at / with a chart, switches resolution and finds a symbol', async () => {
    await page.goto('/');
    await chart().waitFor({ timeout: LOAD });
    await expect.poll(() => barCount(chart()), { timeout: LOAD }).toBeGreaterThan(0);
    expect(await chart().getAttribute('data-symbol', READ)).toMatch(/\S/);
    await expectOnline(LOAD);
    await screenshot(page, 'terminal-loaded');

    // Dragging the chart to the right reveals older bars; nearing the left edge loads them.
    const loaded = await barCount(chart());
    const box = (await chart().boundingBox())!;
    await expect
      .poll(
        async () => {
          await page.mouse.move(box.x + 100, box.y + box.height / 2);
          await page.mouse.down();
          await page.mouse.move(box.x + box.width - 150, box.y + box.height / 2, { steps: 10 });
          await page.mouse.up();
          return barCount(chart());
        },
        { timeout: STEP },
      )
      .toBeGreaterThan(loaded);

    await byTestId(page, 'resolution-1D').click({ timeout: STEP });
    await expect
      .poll(() => chart().getAttribute('data-resolution', READ), { timeout: STEP })
      .toBe('1D');
    await expect.poll(() => barCount(chart()), { timeout: STEP }).toBeGreaterThan(0);

    const search = byTestId(page, 'symbol-search-input');
    await search.click({ timeout: STEP });
    await search.pressSequentially('eth', { delay: 50 });
    await byTestId(page, 'symbol-search-result').first().waitFor({ timeout: STEP });
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect
      .poll(() => chart().getAttribute('data-symbol', READ), { timeout: STEP })
      .toBe('ETHUSD');
    await expect.poll(() => barCount(chart()), { timeout: STEP }).toBeGreaterThan(0);
  });

  it('buys BTCUSD at market: fill, history, execution, position, equity', async () => {
    await watchlistRow(SYMBOL).waitFor({ timeout: STEP });
    await expectOnline();
    const equityBefore = await readEquity();

    await placeBuy('0.5', 'market');
    await page
      .locator('[data-testid="toast"]', { hasText: /filled/i })
      .first()
      .waitFor({ timeout: STEP });

    await openTab('history');
    await page
      .locator('[data-testid="history-row"][data-status="filled"]')
      .first()
      .waitFor({ timeout: STEP });
    await openTab('executions');
    await byTestId(page, 'execution-row').first().waitFor({ timeout: STEP });
    await openTab('positions');
    await positionRow(SYMBOL).waitFor({ timeout: STEP });
    await screenshot(page, 'after-market-buy');
    expect(await serverPosition(SYMBOL)).toMatchObject({ symbol: SYMBOL, qty: 0.5 });
    // The position's P&L is live: it moves with the price, with no fill in between.
    const pl = byTestId(positionRow(SYMBOL), 'position-pl');
    const firstPl = (await pl.innerText(READ)).trim();
    await expect
      .poll(async () => (await pl.innerText(READ)).trim(), { timeout: STEP })
      .not.toBe(firstPl);

    // At least the commission has left the account.
    await openTab('summary');
    const equity = byTestId(page, 'equity-value');
    await expect
      .poll(async () => (await equity.innerText(READ)).trim(), { timeout: STEP })
      .not.toBe(equityBefore);
  });

  it('places a limit order far below the market, modifies it and cancels it', async () => {
    await expectOnline();
    const last = parseNumber(
      await byTestId(watchlistRow(SYMBOL), 'watchlist-last').innerText({ timeout: STEP }),
    );
    const limitPrice = Math.round(last * 0.7);
    const newPrice = limitPrice - 100;

    await placeBuy('0.5', 'limit', limitPrice);
    await openTab('orders');
    const anyRow = byTestId(page, 'order-row').first();
    await anyRow.waitFor({ timeout: STEP });
    const orderId = (await anyRow.getAttribute('data-order-id')) ?? '';
    expect(orderId).toMatch(/\S/);
    const row = page.locator(`[data-testid="order-row"][data-order-id="${orderId}"]`);
    const shownLimit = async () =>
      parseNumber(await byTestId(row, 'order-limit-price').innerText(READ));
    await expect.poll(shownLimit, { timeout: STEP }).toBe(limitPrice);
    expect(await serverOrder(orderId), `order ${orderId} on the server`).toMatchObject({
      status: OrderStatus.Working,
      limitPrice,
    });

    await byTestId(row, 'order-modify').click({ timeout: STEP });
    const dialog = byTestId(page, 'order-modify-dialog');
    await dialog.waitFor({ timeout: STEP });
    await byTestId(dialog, 'modify-limit-price').fill(String(newPrice), { timeout: STEP });
    await byTestId(dialog, 'modify-submit').click({ timeout: STEP });
    await expect.poll(shownLimit, { timeout: STEP }).toBe(newPrice);
    await screenshot(page, 'orders-tab');
    expect(await serverOrder(orderId)).toMatchObject({ limitPrice: newPrice });

    await byTestId(row, 'order-cancel').click({ timeout: STEP });
    await row.waitFor({ state: 'detached', timeout: STEP });
    await openTab('history');
    await page
      .locator('[data-testid="history-row"][data-status="canceled"]')
      .first()
      .waitFor({ timeout: STEP });
    expect(await serverOrder(orderId)).toMatchObject({ status: OrderStatus.Canceled });
  });

  it('closes the BTCUSD position', async () => {
    await expectOnline();
    await openTab('positions');
    const row = positionRow(SYMBOL);
    await byTestId(row, 'position-close').click({ timeout: STEP });
    const dialog = byTestId(page, 'position-close-dialog');
    await dialog.waitFor({ timeout: STEP });
    await byTestId(dialog, 'close-amount').fill('', { timeout: STEP }); // empty: close it all
    await byTestId(dialog, 'close-submit').click({ timeout: STEP });

    await byTestId(page, 'positions-empty').waitFor({ timeout: STEP });
    expect(await byTestId(page, 'position-row').count()).toBe(0);
    await screenshot(page, 'positions-closed');
    expect(await serverPosition(SYMBOL)).toBeUndefined();
  });

  it('shows the connection lost when the server dies, keeps the account on screen, and recovers when the server is back', async () => {
    const server = suite.backend();
    await expectOnline(LOAD);
    const tabText = async (name: 'history' | 'executions') =>
      (await byTestId(page, `tab-${name}`).innerText(READ)).replace(/\s+/g, '');
    const serverAccount = [await tabText('history'), await tabText('executions')];
    expect(serverAccount).toEqual(['History3', 'Executions2']);

    await server.kill();
    await expect
      .poll(async () => (await connections()).every((s) => s !== 'connected'), {
        timeout: 15_000,
      })
      .toBe(true);
    // Once the outage is confirmed: disconnected, the same account still on screen, and no
    // offline demo unless the trader asks for it.
    await byTestId(page, 'disconnected-banner').waitFor({ timeout: STEP });
    expect(await byTestId(page, 'mode-badge').isVisible()).toBe(false);
    expect([await tabText('history'), await tabText('executions')]).toEqual(serverAccount);
    await screenshot(page, 'disconnected');

    await server.restart();
    await expect.poll(connections, { timeout: 30_000 }).toEqual(['connected', 'connected']);
    await byTestId(page, 'disconnected-banner').waitFor({ state: 'detached', timeout: STEP });
    expect(await byTestId(page, 'link-badge').isVisible()).toBe(false);
    await expect.poll(() => barCount(chart()), { timeout: STEP }).toBeGreaterThan(0);
    await expect
      .poll(async () => [await tabText('history'), await tabText('executions')], {
        timeout: STEP,
      })
      .toEqual(serverAccount);
    await screenshot(page, 'reconnected');
  });

  it('raised no uncaught page errors', () => {
    expect(tab.diagnostics.pageErrors, tab.report()).toEqual([]);
  });
});
