import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { startFakeTerminal, type FakeTerminal } from '../../testing/fakeTerminal';
import type { SearchSymbolResultItem } from '../../types/market';
import SymbolSearch from './SymbolSearch.vue';

const item = (symbol: string): SearchSymbolResultItem => ({
  symbol,
  full_name: `NASDAQ:${symbol}`,
  description: `${symbol} Inc.`,
  exchange: 'NASDAQ',
  ticker: symbol,
  type: 'stock',
});
const FOUND = [item('AAPL'), item('AMD'), item('AMZN')];

let terminal: FakeTerminal;
let wrapper: VueWrapper;

beforeEach(async () => {
  localStorage.clear();
  terminal = await startFakeTerminal();
  terminal.datafeed.searchSymbols.mockImplementation((_text, _exchange, _type, onResult) =>
    onResult(FOUND),
  );
  vi.useFakeTimers();
  wrapper = mount(SymbolSearch, {
    props: { placeholder: 'Search…', testid: 'search' },
    global: { plugins: [terminal.pinia] },
  });
});
afterEach(() => {
  wrapper.unmount();
  vi.useRealTimers();
});

const input = () => wrapper.get('[data-testid="search-input"]');
const results = () => wrapper.findAll('[data-testid="search-result"]');
const active = () => results().findIndex((r) => r.attributes('aria-selected') === 'true');
const key = (name: string) => input().trigger('keydown', { key: name });

async function search(text: string) {
  await input().setValue(text);
  vi.advanceTimersByTime(120);
  await nextTick();
}

describe('SymbolSearch', () => {
  it('searches 120 ms after the trader stops typing, once', async () => {
    await input().setValue('a');
    vi.advanceTimersByTime(100);
    await input().setValue('am');
    vi.advanceTimersByTime(119);
    expect(terminal.datafeed.searchSymbols).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await nextTick();
    expect(terminal.datafeed.searchSymbols).toHaveBeenCalledExactlyOnceWith(
      'am',
      '',
      '',
      expect.any(Function),
    );
    expect(results().map((r) => r.find('.symbol-search__ticker').text())).toEqual([
      'AAPL',
      'AMD',
      'AMZN',
    ]);
    expect(input().attributes('aria-expanded')).toBe('true');
    expect(active()).toBe(-1); // nothing highlighted until ↓
    expect(input().attributes('aria-activedescendant')).toBeUndefined();
  });

  it('ArrowDown and ArrowUp move the selection, wrapping round', async () => {
    await search('a');
    await key('ArrowDown');
    expect(active()).toBe(0);
    await key('ArrowDown');
    expect(active()).toBe(1);
    expect(input().attributes('aria-activedescendant')).toBe(results()[1]!.attributes('id'));
    await key('ArrowDown');
    await key('ArrowDown');
    expect(active()).toBe(0);
    await key('ArrowUp');
    expect(active()).toBe(2);
  });

  it('ArrowUp with nothing highlighted goes to the last result', async () => {
    await search('a');
    await key('ArrowUp');
    expect(active()).toBe(2);
  });

  it('Enter picks the highlighted symbol, then clears and closes', async () => {
    await search('a');
    await key('ArrowDown');
    await key('ArrowDown');
    await key('Enter');
    expect(wrapper.emitted('select')).toEqual([['AMD']]);
    expect((input().element as HTMLInputElement).value).toBe('');
    expect(results()).toHaveLength(0);
    expect(input().attributes('aria-expanded')).toBe('false');
  });

  it('Enter with nothing highlighted picks the best match', async () => {
    await search('a');
    await key('Enter');
    expect(wrapper.emitted('select')).toEqual([['AAPL']]);
  });

  it('a click picks a symbol', async () => {
    await search('a');
    await results()[2]!.trigger('mousedown');
    expect(wrapper.emitted('select')).toEqual([['AMZN']]);
  });

  it('Escape closes the list without picking, and ArrowDown opens it again', async () => {
    await search('a');
    await key('Escape');
    expect(results()).toHaveLength(0);
    expect(input().attributes('aria-expanded')).toBe('false');
    expect(wrapper.emitted('select')).toBeUndefined();
    await key('ArrowDown');
    expect(results()).toHaveLength(3);
    expect(active()).toBe(0);
  });

  it('Enter while the answer to newer text is pending picks nothing stale', async () => {
    await search('a');
    await input().setValue('ams');
    await key('Enter');
    expect(wrapper.emitted('select')).toBeUndefined();
    vi.advanceTimersByTime(120);
    await nextTick();
    await key('Enter');
    expect(wrapper.emitted('select')).toEqual([['AAPL']]);
  });

  it('a search still waiting when the terminal goes away is never sent', async () => {
    await input().setValue('aa');
    wrapper.unmount();
    vi.advanceTimersByTime(200);
    expect(terminal.datafeed.searchSymbols).not.toHaveBeenCalled();
    wrapper = mount(SymbolSearch, {
      props: { placeholder: 'Search…', testid: 'search' },
      global: { plugins: [terminal.pinia] },
    });
  });

  it('Enter after Escape picks nothing: the trader dismissed the list', async () => {
    await search('a');
    await key('Escape');
    await key('Enter');
    expect(wrapper.emitted('select')).toBeUndefined();
  });

  it('says so when nothing matches, and Enter then picks nothing', async () => {
    terminal.datafeed.searchSymbols.mockImplementation((_t, _e, _s, onResult) => onResult([]));
    await search('zzz');
    expect(wrapper.text()).toContain('No matching symbol');
    await key('Enter');
    expect(wrapper.emitted('select')).toBeUndefined();
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    const answers: ((items: SearchSymbolResultItem[]) => void)[] = [];
    terminal.datafeed.searchSymbols.mockImplementation((_t, _e, _s, onResult) =>
      answers.push(onResult),
    );
    await search('a');
    await search('ms');
    answers[1]!([item('MSFT')]);
    answers[0]!(FOUND);
    await nextTick();
    expect(results().map((r) => r.find('.symbol-search__ticker').text())).toEqual(['MSFT']);
  });

  it('clearing the text closes the list without searching', async () => {
    await search('a');
    await input().setValue('');
    vi.advanceTimersByTime(500);
    await nextTick();
    expect(results()).toHaveLength(0);
    expect(terminal.datafeed.searchSymbols).toHaveBeenCalledTimes(1);
  });
});
