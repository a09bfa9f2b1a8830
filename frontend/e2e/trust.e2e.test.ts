// Actions a trader must be able to trust, in a real browser against the real server: a Cancel
// clicked twice (or Enter pressed twice on it) cancels one order, its row staying greyed
// "Cancelling…" until the server answers, and focus never landing on another row's Cancel; a
// position's Close confirmed twice closes once; the ticket shows the order's value and margin as
// it is typed, and a placed order's brackets do not carry into the next; a zero P&L is neither
// green nor red; Escape on the preview gives the focus back to Review; B and S put the ticket on
// Buy or Sell; "Cancel all" and "Close all" each ask once and do all; the notices shown stay in
// a history one click away. The
// server's answers are held back for a moment (as a slow link would) so that the moment between
// the click and the answer can be seen; the order's push still arrives at once.
import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import type { Locator, Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type TestPage } from './support/browser';
import { serverApi } from './support/serverApi';
import { browserSuite } from './support/suite';

const STEP = 15_000;
const LOAD = 30_000;
const READ = { timeout: 2_000 };
/** How long the server's answer to a cancel is held back. */
const SLOW_ANSWER = 1_500;
const byTestId = (scope: Page | Locator, id: string) => scope.locator(`[data-testid="${id}"]`);

interface ServerOrder {
  id: string;
  status: number;
  /** Set on a position's take-profit or stop-loss. */
  parentId?: string;
}

describe('actions a trader can trust', () => {
  const suite = browserSuite('trust');
  let tab: TestPage;
  let page: Page;
  beforeAll(() => {
    tab = suite.tab();
    page = suite.page();
  });

  const { broker: call, quote: quoteOf } = serverApi(() => suite.backend().url);
  const working = async () =>
    (await call<ServerOrder[]>('GET', '/orders'))
      .filter((order) => order.status === OrderStatus.Working)
      .map((order) => order.id)
      .sort();

  /** Three resting buy limits far below the market, placed on the server; their ids. */
  async function threeRestingOrders(): Promise<string[]> {
    const base = (await quoteOf('BTCUSD')).lp;
    const ids: string[] = [];
    for (const step of [0.5, 0.55, 0.6]) {
      const placed = await call<{ orderId: string }>('POST', '/orders', {
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 0.01,
        limitPrice: Math.round(base * step),
      });
      ids.push(placed.orderId);
    }
    return ids;
  }

  /** Holds back the server's answer to every `method` request on `path`, as a slow link would. */
  async function slowAnswers(method: string, path: string): Promise<() => Promise<void>> {
    const handler = async (route: Route) => {
      if (route.request().method() !== method) return route.continue();
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER));
      await route.fulfill({ response });
    };
    await page.route(path, handler);
    return () => page.unroute(path, handler);
  }

  const row = (id: string) => page.locator(`[data-testid="order-row"][data-order-id="${id}"]`);
  const focusedCancel = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'order-cancel');

  it('shows a zero P&L in neither colour', async () => {
    await page.goto('/');
    await byTestId(page, 'tab-summary').click({ timeout: LOAD });
    const unrealized = byTestId(page, 'unrealized-value');
    await expect.poll(() => unrealized.innerText(READ), { timeout: LOAD }).toBe('$0.00');
    expect(await unrealized.getAttribute('class', READ)).not.toMatch(/\b(up|down)\b/);
    const stripPl = byTestId(page, 'strip-pl');
    expect(await stripPl.innerText(READ)).toBe('$0.00');
    expect(await stripPl.getAttribute('class', READ)).not.toMatch(/\b(up|down)\b/);
  });

  it('cancels one order for a double click, the row staying until the answer', async () => {
    const ids = await threeRestingOrders();
    await page.goto('/');
    await byTestId(page, 'tab-orders').click({ timeout: LOAD });
    for (const id of ids) await row(id).waitFor({ timeout: LOAD });
    const shown = await byTestId(page, 'order-row').evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-order-id')),
    );
    // Newest placed first, each row naming its order.
    expect(shown).toEqual([...ids].reverse());
    expect(await byTestId(row(ids[2]!), 'order-id').innerText(READ)).toBe(ids[2]);

    const release = await slowAnswers('DELETE', '**/api/v1/broker/orders/*');
    try {
      const target = row(ids[2]!);
      await byTestId(target, 'order-cancel').dblclick({ timeout: STEP });
      // The server has cancelled it and pushed so; the row stays, greyed, until the answer.
      await expect.poll(working, { timeout: STEP }).toEqual([ids[0], ids[1]].sort());
      expect(await target.getAttribute('data-pending', READ)).toBe('cancel');
      expect(await byTestId(target, 'order-cancel').innerText(READ)).toBe('Cancelling…');
      expect(await byTestId(target, 'order-cancel').isDisabled(READ)).toBe(true);
      await screenshot(page, 'order-cancelling');
      await target.waitFor({ state: 'detached', timeout: STEP });
      expect(await focusedCancel()).toBe(false);
      expect(await working()).toEqual([ids[0], ids[1]].sort());

      // The keyboard: Enter twice on a Cancel cancels that order only.
      const next = row(ids[1]!);
      await byTestId(next, 'order-cancel').focus(READ);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await next.waitFor({ state: 'detached', timeout: STEP });
      expect(await focusedCancel()).toBe(false);
      expect(await working()).toEqual([ids[0]]);
    } finally {
      await release();
    }
  });

  it('closes part of a position once when its confirmation is pressed twice', async () => {
    await call('POST', '/orders', {
      symbol: 'BTCUSD',
      type: OrderType.Market,
      side: Side.Buy,
      qty: 0.02,
    });
    const heldQty = async () =>
      (await call<{ symbol: string; qty: number }[]>('GET', '/positions')).find(
        (position) => position.symbol === 'BTCUSD',
      )?.qty ?? 0;
    await expect.poll(heldQty, { timeout: STEP }).toBeCloseTo(0.02, 8);
    await byTestId(page, 'tab-positions').click({ timeout: STEP });
    const position = page.locator('[data-testid="position-row"][data-symbol="BTCUSD"]');
    await byTestId(position, 'position-close').click({ timeout: STEP });
    const dialog = byTestId(page, 'position-close-dialog');
    await byTestId(dialog, 'close-amount').fill('0.01', { timeout: STEP });

    const release = await slowAnswers('DELETE', '**/api/v1/broker/positions/*');
    try {
      await byTestId(dialog, 'close-amount').press('Enter');
      await byTestId(dialog, 'close-amount').press('Enter');
      await expect.poll(() => byTestId(dialog, 'close-submit').innerText(READ)).toBe('Closing…');
      await dialog.waitFor({ state: 'detached', timeout: STEP });
      await expect.poll(heldQty, { timeout: STEP }).toBeCloseTo(0.01, 8);
      // Nothing else reaches the server after the dialog has gone.
      await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER));
      expect(await heldQty()).toBeCloseTo(0.01, 8);
    } finally {
      await release();
    }
  });

  it('shows the value and margin as the order is typed, and clears the brackets once sent', async () => {
    const money = (text: string) => Number(text.replace(/[^0-9.-]/g, ''));
    const last = async (symbol: string) => (await quoteOf(symbol)).ask;
    const value = async () => money(await byTestId(page, 'ticket-value').innerText(READ));
    const watchlistRow = (symbol: string) =>
      page.locator(`[data-testid="watchlist-row"][data-symbol="${symbol}"]`);

    await watchlistRow('ETHUSD').click({ timeout: STEP });
    await byTestId(page, 'ticket-qty').fill('2', { timeout: STEP });
    const eth = await last('ETHUSD');
    await expect.poll(value, { timeout: STEP }).toBeGreaterThan(2 * eth * 0.98);
    expect(await value()).toBeLessThan(2 * eth * 1.02);

    await watchlistRow('BTCUSD').click({ timeout: STEP });
    await byTestId(page, 'ticket-qty').fill('0.5', { timeout: STEP });
    const btc = await last('BTCUSD');
    await expect.poll(value, { timeout: STEP }).toBeGreaterThan(0.5 * btc * 0.98);
    expect(await value()).toBeLessThan(0.5 * btc * 1.02);
    // The margin is the value over the leverage the line names.
    const line = await byTestId(page, 'ticket-exposure').innerText(READ);
    const leverage = Number(/\((\d+(?:\.\d+)?)×\)/.exec(line)?.[1]);
    const margin = money(await byTestId(page, 'ticket-margin').innerText(READ));
    expect(margin).toBeCloseTo((await value()) / leverage, 0);
    await screenshot(page, 'ticket-notional');

    // A buy with a take-profit: once placed, the ticket no longer holds that take-profit.
    await byTestId(page, 'ticket-type').selectOption('market', { timeout: STEP });
    await byTestId(page, 'ticket-qty').fill('0.01', { timeout: STEP });
    await byTestId(page, 'ticket-take-profit').fill(String(Math.round(btc * 1.5)), READ);
    await byTestId(page, 'ticket-submit').click({ timeout: STEP });
    const preview = byTestId(page, 'order-preview');
    await byTestId(preview, 'preview-confirm').click({ timeout: STEP });
    await preview.waitFor({ state: 'detached', timeout: STEP });
    expect(await byTestId(page, 'ticket-take-profit').inputValue(READ)).toBe('');
    expect(await byTestId(page, 'ticket-stop-loss').inputValue(READ)).toBe('');
  });

  it('gives the focus back to Review when the preview is closed with Escape', async () => {
    await byTestId(page, 'ticket-qty').fill('0.01', { timeout: STEP });
    await byTestId(page, 'ticket-submit').click({ timeout: STEP });
    const preview = byTestId(page, 'order-preview');
    await preview.waitFor({ timeout: STEP });
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached', timeout: STEP });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), READ)
      .toBe('ticket-submit');
  });

  it('puts the ticket on Buy or Sell with B and S, and leaves letters typed in a field alone', async () => {
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    const sellChosen = async () =>
      /\bbtn--sell\b/.test(
        (await byTestId(page, 'ticket-side-sell').getAttribute('class', READ)) ?? '',
      );
    await byTestId(page, 'chart').click({ timeout: STEP });
    await page.keyboard.press('s');
    await expect.poll(sellChosen, READ).toBe(true);
    expect(await focused()).toBe('ticket-qty');
    // In the quantity field a letter is text (refused by the field), not a shortcut.
    await page.keyboard.press('b');
    expect(await sellChosen()).toBe(true);
    await byTestId(page, 'chart').click({ timeout: STEP });
    await page.keyboard.press('b');
    await expect.poll(sellChosen, READ).toBe(false);
    expect(await focused()).toBe('ticket-qty');
  });

  it('cancels every order and closes every position, each after one confirmation', async () => {
    await threeRestingOrders();
    for (const symbol of ['BTCUSD', 'ETHUSD'])
      await call('POST', '/orders', { symbol, type: OrderType.Market, side: Side.Buy, qty: 0.01 });
    const open = async () =>
      (await call<{ qty: number }[]>('GET', '/positions')).filter((p) => p.qty > 0).length;
    expect(await open()).toBe(2);
    expect((await working()).length).toBeGreaterThan(2);

    await byTestId(page, 'tab-orders').click({ timeout: STEP });
    await byTestId(page, 'bulk-open').click({ timeout: STEP });
    const dialog = byTestId(page, 'bulk-action-dialog');
    await expect
      .poll(() => dialog.innerText(READ), { timeout: STEP })
      .toMatch(/working orders will be cancelled/);
    await byTestId(dialog, 'bulk-confirm').click({ timeout: STEP });
    await dialog.waitFor({ state: 'detached', timeout: STEP });
    // What remains working is a position's own take-profit (from the ticket's step above).
    const left = (await call<ServerOrder[]>('GET', '/orders')).filter(
      (order) => order.status === OrderStatus.Working,
    );
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((order) => order.parentId === undefined)).toEqual([]);

    await byTestId(page, 'tab-positions').click({ timeout: STEP });
    await byTestId(page, 'bulk-open').click({ timeout: STEP });
    await expect
      .poll(() => dialog.innerText(READ), { timeout: STEP })
      .toMatch(/2 open positions will be closed/);
    await byTestId(dialog, 'bulk-confirm').click({ timeout: STEP });
    await dialog.waitFor({ state: 'detached', timeout: STEP });
    await expect.poll(open, { timeout: STEP }).toBe(0);
    await byTestId(page, 'positions-empty').waitFor({ timeout: STEP });
    // A closed position takes its take-profit and stop-loss with it.
    await expect.poll(working, { timeout: STEP }).toEqual([]);
  });

  it('keeps the notices in a history one click from the top bar', async () => {
    await byTestId(page, 'notifications-open').click({ timeout: STEP });
    const list = byTestId(page, 'notifications');
    await list.waitFor({ timeout: STEP });
    const items = byTestId(list, 'notification');
    const count = await items.count();
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThanOrEqual(50);
    // Newest first: the last notice was the positions closed.
    expect(await items.first().innerText(READ)).toMatch(/Positions closed/);
    expect(await list.innerText(READ)).toMatch(/Order canceled/);
    // No live toast floats over the history, which lists them all.
    expect(await page.locator('[data-testid="toast"]:visible').count()).toBe(0);
    await screenshot(page, 'notification-history');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached', timeout: STEP });
  });

  it('checks input as it is typed, in words, under the field, with Review greyed', async () => {
    const ticket = byTestId(page, 'order-ticket');
    const fieldError = (testid: string) =>
      page.locator(`label.field:has([data-testid="${testid}"]) .field__error`).innerText(READ);
    const reviewDisabled = () =>
      byTestId(page, 'ticket-submit').getAttribute('aria-disabled', READ);
    await page
      .locator('[data-testid="watchlist-row"][data-symbol="BTCUSD"]')
      .click({ timeout: STEP });
    await byTestId(ticket, 'ticket-type').selectOption('limit', { timeout: STEP });
    // Typed, not yet left: the problem shows at once.
    await byTestId(ticket, 'ticket-qty').fill('-1', READ);
    expect(await fieldError('ticket-qty')).toBe('Quantity must be greater than 0');
    expect(await reviewDisabled()).toBe('true');
    await byTestId(ticket, 'ticket-qty').fill('0.00005', READ);
    expect(await fieldError('ticket-qty')).toBe('Quantity must be at least 0.0001');
    await byTestId(ticket, 'ticket-qty').fill('0.00015', READ);
    expect(await fieldError('ticket-qty')).toBe('Quantity must be in steps of 0.0001');
    await byTestId(ticket, 'ticket-qty').fill('0.01', READ);
    expect(await reviewDisabled()).toBe('false');
    // A price off the tick is an error under the price, naming the prices on it.
    await byTestId(ticket, 'ticket-limit-price').fill('30000.123', READ);
    expect(await fieldError('ticket-limit-price')).toBe(
      'Limit price must be in steps of 0.01: 30,000.12 or 30,000.13',
    );
    expect(await reviewDisabled()).toBe('true');
    await screenshot(page, 'ticket-inline-errors');
    await byTestId(ticket, 'ticket-type').selectOption('market', READ);

    // The brackets of a long: a stop loss above the bid is refused under the field, in words.
    await call('POST', '/orders', {
      symbol: 'BTCUSD',
      type: OrderType.Market,
      side: Side.Buy,
      qty: 0.01,
    });
    await byTestId(page, 'tab-positions').click({ timeout: STEP });
    await byTestId(page, 'position-brackets').first().click({ timeout: STEP });
    const dialog = byTestId(page, 'position-brackets-dialog');
    await dialog.waitFor({ timeout: STEP });
    const { bid } = await quoteOf('BTCUSD');
    await byTestId(dialog, 'brackets-stop-loss').fill(String(Math.round(bid * 1.05)), READ);
    await expect
      .poll(() => fieldError('brackets-stop-loss'), { timeout: STEP })
      .toMatch(/^Stop loss must be below [\d,]+\.\d{2}, the bid this long would close at now$/);
    expect(await byTestId(dialog, 'brackets-submit').isDisabled(READ)).toBe(true);
    expect(await dialog.innerText(READ)).not.toContain('stopLoss');
    await byTestId(dialog, 'brackets-stop-loss').fill(String(Math.round(bid * 0.9)), READ);
    await expect
      .poll(() => byTestId(dialog, 'brackets-submit').isEnabled(READ), { timeout: STEP })
      .toBe(true);
    await page.keyboard.press('Escape');
  });

  it('trades in one click only once the setting is on, its state always in sight', async () => {
    const ticket = byTestId(page, 'order-ticket');
    const toggle = byTestId(ticket, 'one-click-toggle');
    const submit = byTestId(ticket, 'ticket-submit');
    expect(await toggle.isChecked(READ)).toBe(false);
    expect(await byTestId(ticket, 'one-click-on').count()).toBe(0);
    expect(await submit.innerText(READ)).toMatch(/^Review: /);

    await toggle.check(READ);
    await byTestId(ticket, 'one-click-on').waitFor(READ);
    await page
      .locator('[data-testid="watchlist-row"][data-symbol="BTCUSD"]')
      .click({ timeout: STEP });
    await byTestId(ticket, 'ticket-side-buy').click(READ);
    await byTestId(ticket, 'ticket-qty').fill('0.01', READ);
    expect(await submit.innerText(READ)).toBe('Buy 0.01 BTCUSD now');
    const before = (await call<ServerOrder[]>('GET', '/orders')).length;
    await submit.click(READ);
    await expect
      .poll(async () => (await call<ServerOrder[]>('GET', '/orders')).length, { timeout: STEP })
      .toBe(before + 1);
    expect(await byTestId(page, 'order-preview').count()).toBe(0);
    await screenshot(page, 'one-click-on');

    // Remembered in this browser, and still in sight after a reload.
    await page.reload();
    await byTestId(page, 'one-click-on').waitFor({ timeout: LOAD });
    expect(await byTestId(page, 'one-click-toggle').isChecked(READ)).toBe(true);
    await byTestId(page, 'one-click-toggle').uncheck(READ);
    expect(await byTestId(page, 'one-click-on').count()).toBe(0);
  });

  it('shows the bar under the crosshair in a legend, and puts no volume label on the price scale', async () => {
    const chart = byTestId(page, 'chart');
    await expect
      .poll(async () => Number(await chart.getAttribute('data-bars', READ)), { timeout: STEP })
      .toBeGreaterThan(10);
    const legend = byTestId(chart, 'chart-ohlcv');
    const figures = async () => {
      const text = await legend.innerText(READ);
      const match =
        /O ([\d,.]+)\s+H ([\d,.]+)\s+L ([\d,.]+)\s+C ([\d,.]+)\s+V ([\d,.]+[KMB]?)/.exec(text);
      if (match === null) throw new Error(`not a legend: "${text}"`);
      const [open, high, low, close] = match.slice(1, 5).map((v) => Number(v.replace(/,/g, '')));
      return { open: open!, high: high!, low: low!, close: close! };
    };
    expect(await legend.getAttribute('data-source', READ)).toBe('latest');
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
    await expect
      .poll(() => legend.getAttribute('data-source', READ), { timeout: STEP })
      .toBe('crosshair');
    const bar = await figures();
    expect(bar.high).toBeGreaterThanOrEqual(Math.max(bar.open, bar.close));
    expect(bar.low).toBeLessThanOrEqual(Math.min(bar.open, bar.close));
    await screenshot(page, 'chart-legend');
    await page.mouse.move(box.x - 50, box.y - 50);
    await expect
      .poll(() => legend.getAttribute('data-source', READ), { timeout: STEP })
      .toBe('latest');

    // The price scale's canvases hold no label in the volume bars' own shades (drawn opaque
    // there): the volume's last value is in the legend only.
    const volumeLabelPixels = await chart.evaluate((root) => {
      const row = root.querySelector('table tr');
      const axis = row?.lastElementChild;
      let found = 0;
      for (const canvas of Array.from(axis?.querySelectorAll('canvas') ?? [])) {
        const context = canvas.getContext('2d');
        if (context === null || canvas.width === 0) continue;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          const near = (c: number[]) =>
            Math.abs(r - c[0]!) < 2 && Math.abs(g - c[1]!) < 2 && Math.abs(b - c[2]!) < 2;
          if (near([40, 160, 150]) || near([230, 85, 82])) found++;
        }
      }
      return found;
    });
    expect(volumeLabelPixels).toBe(0);
  });

  it('raised no uncaught page errors', () => {
    expect(tab.diagnostics.pageErrors, tab.report()).toEqual([]);
  });
});
