import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrokerRequestError } from '../../services/broker.service';
import { testAccount } from '../../testing/fakeServices';
import { startFakeTerminal, type FakeTerminal } from '../../testing/fakeTerminal';
import AccountStrip from './AccountStrip.vue';

const second = { id: 'A2', name: 'Scalping', currency: 'USD' };

let terminal: FakeTerminal;
let wrapper: VueWrapper;

async function mountStrip(accounts = [testAccount, second]) {
  terminal = await startFakeTerminal(({ broker }) => {
    broker.accountsMetainfo.mockResolvedValue(accounts);
  });
  wrapper = mount(AccountStrip, { global: { plugins: [terminal.pinia] }, attachTo: document.body });
  await flushPromises();
}

beforeEach(() => localStorage.clear());
afterEach(() => wrapper.unmount());

const testid = (id: string) => wrapper.get(`[data-testid="${id}"]`);
const inDocument = (id: string) => document.body.querySelector(`[data-testid="${id}"]`);

describe('AccountStrip', () => {
  it("lists the accounts and shows the current one's figures", async () => {
    await mountStrip();
    const options = wrapper.findAll('[data-testid="account-select"] option').map((o) => o.text());
    expect(options).toEqual(['Paper · USD', 'Scalping · USD']);
    expect(testid('strip-balance').text()).toContain('100,000.00');
    expect(testid('strip-equity').text()).toContain('100,250.00');
    expect(testid('strip-pl').classes()).toContain('up');
    expect(testid('strip-margin-available').text()).toContain('99,250.00');
  });

  it('switches the account the terminal trades', async () => {
    await mountStrip();
    await testid('account-select').setValue('A2');
    await flushPromises();
    expect(terminal.broker.setCurrentAccount).toHaveBeenCalledExactlyOnceWith('A2');
  });

  it('opens a new account with its name and deposit, and trades on it', async () => {
    await mountStrip();
    await testid('account-new').trigger('click');
    const name = document.body.querySelector<HTMLInputElement>('[data-testid="account-name"]')!;
    name.value = 'Swing';
    name.dispatchEvent(new Event('input'));
    const deposit = document.body.querySelector<HTMLInputElement>(
      '[data-testid="account-deposit"]',
    )!;
    deposit.value = '25000';
    deposit.dispatchEvent(new Event('input'));
    await flushPromises();
    document.body.querySelector<HTMLFormElement>('#account-name-form')!.requestSubmit();
    await flushPromises();
    expect(terminal.broker.createAccount).toHaveBeenCalledExactlyOnceWith({
      name: 'Swing',
      deposit: 25_000,
    });
    expect(terminal.broker.setCurrentAccount).toHaveBeenCalledExactlyOnceWith('A2');
    expect(inDocument('account-name-dialog')).toBeNull();
  });

  it("keeps the dialog open with the server's reason when creating fails", async () => {
    await mountStrip();
    terminal.broker.createAccount.mockRejectedValue(
      new BrokerRequestError('currency: no listed pair converts CHF', 400),
    );
    await testid('account-new').trigger('click');
    const name = document.body.querySelector<HTMLInputElement>('[data-testid="account-name"]')!;
    name.value = 'Swiss';
    name.dispatchEvent(new Event('input'));
    await flushPromises();
    document.body.querySelector<HTMLFormElement>('#account-name-form')!.requestSubmit();
    await flushPromises();
    expect(inDocument('account-name-dialog')?.textContent).toContain(
      'currency: no listed pair converts CHF',
    );
    expect(terminal.broker.setCurrentAccount).not.toHaveBeenCalled();
  });

  it('resets only once confirmed', async () => {
    await mountStrip();
    await testid('account-reset').trigger('click');
    expect(inDocument('account-confirm-dialog')?.textContent).toContain(
      'the balance goes back to the deposit',
    );
    expect(terminal.broker.resetAccount).not.toHaveBeenCalled();
    document.body.querySelector<HTMLButtonElement>('[data-testid="account-confirm"]')!.click();
    await flushPromises();
    expect(terminal.broker.resetAccount).toHaveBeenCalledExactlyOnceWith(testAccount.id);
    expect(inDocument('account-confirm-dialog')).toBeNull();
  });

  it('cannot delete the last account', async () => {
    await mountStrip([testAccount]);
    expect(testid('account-delete').attributes('disabled')).toBeDefined();
    expect(testid('account-delete').attributes('title')).toBe('The last account cannot be deleted');
  });

  it('deletes another account once confirmed', async () => {
    await mountStrip();
    await testid('account-delete').trigger('click');
    document.body.querySelector<HTMLButtonElement>('[data-testid="account-confirm"]')!.click();
    await flushPromises();
    expect(terminal.broker.deleteAccount).toHaveBeenCalledExactlyOnceWith(testAccount.id);
  });
});
