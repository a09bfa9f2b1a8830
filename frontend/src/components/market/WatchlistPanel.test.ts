import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useInstrumentsStore } from '../../stores/instruments';
import { useMarketStore } from '../../stores/market';
import { useQuotesStore } from '../../stores/quotes';
import { testSymbolInfo } from '../../testing/fakeServices';
import { startFakeTerminal, type FakeTerminal } from '../../testing/fakeTerminal';
import type { QuoteValues } from '../../types/market';
import WatchlistPanel from './WatchlistPanel.vue';

const values = (lp: number, chp: number): QuoteValues => ({
  ch: 0,
  chp,
  short_name: 'X',
  exchange: 'X',
  description: 'X',
  lp,
  ask: lp + 0.02,
  bid: lp - 0.02,
  spread: 0.04,
  open_price: lp,
  high_price: lp,
  low_price: lp,
  prev_close_price: lp,
  volume: 0,
});

let wrapper: VueWrapper;
let terminal: FakeTerminal;

// A weekday at 10:00 in New York: the stocks' session is open, so no row carries "Closed" —
// whatever the hour the suite runs at. Only the date is fixed; timers stay real.
const MARKET_OPEN = new Date('2026-12-02T15:00:00Z');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MARKET_OPEN);
  localStorage.clear();
  localStorage.setItem('trading-pro.chart.v1', JSON.stringify({ symbol: 'AAPL', resolution: '1' }));
  localStorage.setItem('trading-pro.watchlist.v1', JSON.stringify(['AAPL', 'MSFT', 'NOPE']));
  terminal = await startFakeTerminal();
  wrapper = mount(WatchlistPanel, { global: { plugins: [terminal.pinia] } });
});

afterEach(() => {
  vi.useRealTimers();
});

const rows = () => wrapper.findAll('[data-testid="watchlist-row"]');
const row = (symbol: string) =>
  wrapper.get(`[data-testid="watchlist-row"][data-symbol="${symbol}"]`);
const cells = (symbol: string) =>
  row(symbol)
    .findAll('td')
    .map((td) => td.text());

describe('WatchlistPanel', () => {
  it('lists the watchlist with each live quote, its error or a placeholder', async () => {
    useQuotesStore().apply([
      { s: 'ok', n: 'AAPL', v: values(190.1, 1.25) },
      { s: 'error', n: 'NOPE', v: { error: 'Unknown symbol' } },
    ]);
    await flushPromises();
    expect(rows().map((r) => r.attributes('data-symbol'))).toEqual(['AAPL', 'MSFT', 'NOPE']);
    expect(cells('AAPL').slice(0, 5)).toEqual(['AAPL', '190.10', '+1.25%', '190.08', '190.12']);
    expect(cells('MSFT').slice(0, 2)).toEqual(['MSFT', '…']);
    expect(cells('NOPE').slice(0, 2)).toEqual(['NOPE', 'Unknown symbol']);
  });

  it("shows every price of an instrument at its tick's precision once it is resolved", async () => {
    useQuotesStore().apply([
      { s: 'ok', n: 'MSFT', v: { ...values(1.0841, 0), bid: 1.084, ask: 1.08412 } },
    ]);
    await flushPromises();
    expect(cells('MSFT').slice(1, 5)).toEqual(['1.0841', '0.00%', '1.084', '1.08412']);
    useInstrumentsStore().learn(testSymbolInfo('MSFT', 100000));
    await flushPromises();
    expect(cells('MSFT').slice(1, 5)).toEqual(['1.08410', '0.00%', '1.08400', '1.08412']);
  });

  it('flashes the last price in the direction it moved', async () => {
    useQuotesStore().apply([{ s: 'ok', n: 'AAPL', v: values(190, 0) }]);
    useQuotesStore().apply([{ s: 'ok', n: 'AAPL', v: values(189, -0.5) }]);
    await flushPromises();
    expect(row('AAPL').get('[data-testid="watchlist-last"]').classes()).toContain('flash-down');
    expect(row('AAPL').findAll('td')[2]!.classes()).toContain('down');
  });

  it('charts the symbol of a clicked row and marks it active', async () => {
    expect(row('AAPL').classes()).toContain('watchlist__row--active');
    await row('MSFT').trigger('click');
    expect(useMarketStore().symbol).toBe('MSFT');
    expect(row('MSFT').classes()).toContain('watchlist__row--active');
    expect(row('AAPL').classes()).not.toContain('watchlist__row--active');
    await row('NOPE').trigger('keydown', { key: 'Enter' });
    expect(useMarketStore().symbol).toBe('NOPE');
  });

  it('removes a symbol without charting it', async () => {
    await row('MSFT').get('[data-testid="watchlist-remove"]').trigger('click');
    expect(useMarketStore().watchlist).toEqual(['AAPL', 'NOPE']);
    expect(rows().map((r) => r.attributes('data-symbol'))).toEqual(['AAPL', 'NOPE']);
    expect(useMarketStore().symbol).toBe('AAPL');
  });

  it('adds the symbol picked in its search', async () => {
    vi.useFakeTimers();
    try {
      terminal.datafeed.searchSymbols.mockImplementation((_t, _e, _s, onResult) =>
        onResult([
          {
            symbol: 'NVDA',
            full_name: 'NASDAQ:NVDA',
            description: 'NVIDIA',
            exchange: 'NASDAQ',
            ticker: 'NVDA',
            type: 'stock',
          },
        ]),
      );
      const input = wrapper.get('[data-testid="watchlist-add-input"]');
      await input.setValue('nv');
      vi.advanceTimersByTime(120);
      await flushPromises();
      await input.trigger('keydown', { key: 'Enter' });
      expect(terminal.datafeed.searchSymbols).toHaveBeenCalledWith(
        'nv',
        '',
        '',
        expect.any(Function),
      );
      expect(useMarketStore().watchlist).toEqual(['AAPL', 'MSFT', 'NOPE', 'NVDA']);
      expect(rows().at(-1)!.attributes('data-symbol')).toBe('NVDA');
    } finally {
      vi.useRealTimers();
    }
  });

  it('invites to add a symbol when the list is empty', async () => {
    for (const symbol of ['AAPL', 'MSFT', 'NOPE']) useMarketStore().removeFromWatchlist(symbol);
    await flushPromises();
    expect(rows()).toHaveLength(0);
    expect(wrapper.text()).toContain('Add a symbol with the search above.');
  });
});
