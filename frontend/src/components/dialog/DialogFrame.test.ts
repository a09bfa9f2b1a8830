import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { useSessionStore } from '../../stores/session';
import { startFakeTerminal, type FakeTerminal } from '../../testing/fakeTerminal';
import DialogFrame from './DialogFrame.vue';

let terminal: FakeTerminal;
let opener: HTMLButtonElement;

beforeEach(async () => {
  terminal = await startFakeTerminal();
  opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
});
afterEach(() => {
  opener.remove();
});

function open() {
  return mount(DialogFrame, {
    props: { title: 'Close AAPL', testid: 'frame' },
    slots: {
      default: '<input data-testid="amount" />',
      actions: '<button data-testid="confirm">Close position</button>',
    },
    global: { plugins: [terminal.pinia] },
    attachTo: document.body,
  });
}

describe('DialogFrame', () => {
  it('focuses its first field, and gives the focus back when it goes', async () => {
    const wrapper = open();
    await flushPromises();
    expect(document.activeElement).toBe(wrapper.get('[data-testid="amount"]').element);
    wrapper.unmount();
    expect(document.activeElement).toBe(opener);
  });

  it('keeps Tab and Shift+Tab inside itself', async () => {
    const wrapper = open();
    await flushPromises();
    const tab = (shiftKey: boolean) =>
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }),
      );
    const closeButton = wrapper.get('[aria-label="Close"]').element;
    const confirm = wrapper.get('[data-testid="confirm"]').element as HTMLElement;
    // From the last control, Tab wraps to the first (the × in the header) …
    confirm.focus();
    tab(false);
    expect(document.activeElement).toBe(closeButton);
    // … and Shift+Tab from the first wraps to the last, never reaching the page behind.
    tab(true);
    expect(document.activeElement).toBe(confirm);
    wrapper.unmount();
  });

  it('closes on Escape wherever the focus is', async () => {
    const wrapper = open();
    opener.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(wrapper.emitted('close')).toHaveLength(1);
    wrapper.unmount();
  });

  it('closes when the terminal switches account (server ↔ offline demo)', async () => {
    const wrapper = open();
    useSessionStore().generation++;
    await nextTick();
    expect(wrapper.emitted('close')).toHaveLength(1);
    wrapper.unmount();
  });
});
