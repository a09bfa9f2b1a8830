// Several paper accounts in a real browser against the real server (docs/broker.md#accounts): a second account
// is opened from the strip above the account tabs, traded in, left for the first one (which saw
// nothing of it), then reset — each step checked against what the server itself holds.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type TestPage } from './support/browser';
import { serverApi } from './support/serverApi';
import { browserSuite } from './support/suite';

const STEP = 15_000;
const LOAD = 30_000;
const READ = { timeout: 2_000 };
const byTestId = (scope: Page | Locator, id: string) => scope.locator(`[data-testid="${id}"]`);
const money = (text: string) => Number(text.replace(/[^0-9.-]/g, ''));

interface Account {
  id: string;
  name: string;
}

describe('paper accounts in the terminal', () => {
  const suite = browserSuite('accounts');
  let tab: TestPage;
  let page: Page;
  beforeAll(() => {
    tab = suite.tab();
    page = suite.page();
  });

  const server = serverApi(() => suite.backend().url);
  const api = <T>(path: string, account?: string) =>
    server.broker<T>(
      'GET',
      path,
      undefined,
      account === undefined ? {} : { 'x-account-id': account },
    );
  const select = () => byTestId(page, 'account-select');
  const shownAccount = async () => (await select().inputValue(READ)) || undefined;
  const balance = async () => money(await byTestId(page, 'strip-balance').innerText(READ));
  const positionRows = () => byTestId(page, 'position-row');

  it('opens a second account from the strip and trades in it', async () => {
    await page.goto('/');
    await byTestId(page, 'account-strip').waitFor({ timeout: LOAD });
    const [first] = await api<Account[]>('/accounts');
    await expect.poll(shownAccount, { timeout: LOAD }).toBe(first!.id);
    await expect.poll(balance, { timeout: STEP }).toBe(100_000);

    await byTestId(page, 'account-new').click({ timeout: STEP });
    const dialog = byTestId(page, 'account-name-dialog');
    await byTestId(dialog, 'account-name').fill('Scalping', { timeout: STEP });
    await byTestId(dialog, 'account-deposit').fill('25000', { timeout: STEP });
    await byTestId(dialog, 'account-name-submit').click({ timeout: STEP });
    await dialog.waitFor({ state: 'hidden', timeout: STEP });

    const accounts = await api<Account[]>('/accounts');
    expect(accounts.map((a) => a.name)).toEqual(['Paper account', 'Scalping']);
    const second = accounts[1]!.id;
    // The terminal trades on the new account at once, its deposit in the strip.
    await expect.poll(shownAccount, { timeout: STEP }).toBe(second);
    await expect.poll(balance, { timeout: STEP }).toBe(25_000);

    await page
      .locator('[data-testid="watchlist-row"][data-symbol="BTCUSD"]')
      .click({ timeout: STEP });
    await byTestId(page, 'ticket-qty').fill('0.1', { timeout: STEP });
    await byTestId(page, 'ticket-side-buy').click({ timeout: STEP });
    await byTestId(page, 'ticket-submit').click({ timeout: STEP });
    const preview = byTestId(page, 'order-preview');
    await preview.waitFor({ timeout: STEP });
    await byTestId(preview, 'preview-confirm').click({ timeout: STEP });
    await positionRows().first().waitFor({ timeout: STEP });
    await screenshot(page, 'accounts-second-traded');
    expect(await api<unknown[]>('/positions', second)).toEqual([
      expect.objectContaining({ symbol: 'BTCUSD', qty: 0.1 }),
    ]);
    expect(await api<unknown[]>('/positions', first!.id)).toEqual([]);
  });

  it('switches back to the first account, which saw nothing of the second', async () => {
    const [first, second] = await api<Account[]>('/accounts');
    await select().selectOption(first!.id, { timeout: STEP });
    await expect.poll(shownAccount, { timeout: STEP }).toBe(first!.id);
    await expect.poll(balance, { timeout: STEP }).toBe(100_000);
    await byTestId(page, 'positions-empty').waitFor({ timeout: STEP });
    expect(await positionRows().count()).toBe(0);

    await select().selectOption(second!.id, { timeout: STEP });
    await positionRows().first().waitFor({ timeout: STEP });
  });

  it('resets the second account after a confirmation', async () => {
    const [, second] = await api<Account[]>('/accounts');
    await byTestId(page, 'account-reset').click({ timeout: STEP });
    const confirm = byTestId(page, 'account-confirm-dialog');
    await confirm.waitFor({ timeout: STEP });
    // Nothing happens before the confirmation: Cancel leaves the position in place.
    await confirm.locator('button', { hasText: 'Cancel' }).click({ timeout: STEP });
    await confirm.waitFor({ state: 'hidden', timeout: STEP });
    expect(await api<unknown[]>('/positions', second!.id)).toHaveLength(1);

    await byTestId(page, 'account-reset').click({ timeout: STEP });
    await byTestId(page, 'account-confirm').click({ timeout: STEP });
    await byTestId(page, 'positions-empty').waitFor({ timeout: STEP });
    await expect.poll(balance, { timeout: STEP }).toBe(25_000);
    await screenshot(page, 'accounts-reset');
    expect(await api<unknown[]>('/positions', second!.id)).toEqual([]);
    expect(await api<unknown[]>('/orders', second!.id)).toEqual([]);
  });

  it('raised no uncaught page errors', () => {
    expect(tab.diagnostics.pageErrors, tab.report()).toEqual([]);
  });
});
