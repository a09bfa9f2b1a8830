import { OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { DEFAULT_POLICY, brokerConfig } from '@trading-pro/contract/paper';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrokerRequestError } from '../../services/broker.service';
import { useMarketStore } from '../../stores/market';
import { useOrdersStore } from '../../stores/orders';
import { useQuotesStore } from '../../stores/quotes';
import { useToastsStore } from '../../stores/toasts';
import { testSymbolInfo } from '../../testing/fakeServices';
import { startFakeTerminal, type FakeTerminal } from '../../testing/fakeTerminal';
import type { OrderPreviewResult } from '../../types/broker';
import type { QuoteValues } from '../../types/market';
import OrderTicket from './OrderTicket.vue';

const quote = (bid: number, ask: number): QuoteValues => ({
  ch: 0,
  chp: 0,
  short_name: 'AAPL',
  exchange: 'NASDAQ',
  description: 'Apple',
  lp: bid,
  ask,
  bid,
  spread: ask - bid,
  open_price: bid,
  high_price: ask,
  low_price: bid,
  prev_close_price: bid,
  volume: 0,
});

const preview: OrderPreviewResult = {
  sections: [
    { header: 'Order', rows: [{ title: 'Estimated price', value: '190.10' }] },
    { rows: [{ title: 'Commission', value: '0.57' }] },
  ],
  warnings: ['The market is closed'],
};

let terminal: FakeTerminal;
let wrapper: VueWrapper;

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('trading-pro.chart.v1', JSON.stringify({ symbol: 'AAPL', resolution: '1' }));
  terminal = await startFakeTerminal();
  useQuotesStore().apply([{ s: 'ok', n: 'AAPL', v: quote(189.9, 190.1) }]);
  // Attached, so clicking the submit button submits the form as in a browser.
  wrapper = mount(OrderTicket, { global: { plugins: [terminal.pinia] }, attachTo: document.body });
});
afterEach(() => {
  wrapper.unmount();
});

const field = (id: string) => wrapper.get(`[data-testid="ticket-${id}"]`);
const alerts = () => wrapper.findAll('.field__error').map((e) => e.text());
async function type(id: string, text: string, blur = true) {
  await field(id).setValue(text);
  if (blur) await field(id).trigger('blur');
}
async function review() {
  await field('submit').trigger('click');
  await flushPromises();
}
const dialog = () => wrapper.find('[data-testid="order-preview"]');

describe('OrderTicket: validation', () => {
  it('shows a field error as it is typed, and greys Review while the input is invalid', async () => {
    expect(alerts()).toEqual([]);
    expect(field('submit').attributes('aria-disabled')).toBe('false');
    await type('qty', '-1', false);
    expect(alerts()).toEqual(['Quantity must be greater than 0']);
    expect(field('qty').attributes('aria-invalid')).toBe('true');
    expect(field('submit').attributes('aria-disabled')).toBe('true');
    await type('qty', '2', false);
    expect(alerts()).toEqual([]);
    expect(field('submit').attributes('aria-disabled')).toBe('false');
  });

  it('shows the prices a type needs, pre-filled from the quote', async () => {
    expect(wrapper.find('[data-testid="ticket-limit-price"]').exists()).toBe(false);
    await field('type').setValue('limit');
    // On the tick (0.01 here, as the price is above 1 and the symbol not yet resolved).
    expect((field('limit-price').element as HTMLInputElement).value).toBe('190.10');
    await field('type').setValue('stop-limit');
    // A stop-limit's limit sits at its stop, 1 % beyond the market.
    expect((field('stop-price').element as HTMLInputElement).value).toBe('192.00');
    expect((field('limit-price').element as HTMLInputElement).value).toBe('192.00');
    // A prefilled price follows the side: a sell stop goes below the bid.
    await wrapper.get('[data-testid="ticket-side-sell"]').trigger('click');
    expect((field('stop-price').element as HTMLInputElement).value).toBe('188.00');
    expect((field('limit-price').element as HTMLInputElement).value).toBe('188.00');
    // A typed price stays.
    await field('limit-price').setValue('185.5');
    await wrapper.get('[data-testid="ticket-side-buy"]').trigger('click');
    expect((field('limit-price').element as HTMLInputElement).value).toBe('185.5');
    expect((field('stop-price').element as HTMLInputElement).value).toBe('192.00');
  });

  it('refuses to review an order with mistakes, and says what is wrong', async () => {
    await field('type').setValue('limit');
    await field('limit-price').setValue('');
    await field('qty').setValue('');
    await review();
    expect(alerts()).toEqual(['Quantity is required', 'Limit price is required']);
    expect(terminal.broker.previewOrder).not.toHaveBeenCalled();
    expect(dialog().exists()).toBe(false);
  });

  it('checks bracket sides against the quote of the side', async () => {
    await type('stop-loss', '191');
    await type('take-profit', '189');
    expect(alerts()).toEqual([
      'Take profit must be above 190.10',
      'Stop loss must be below 190.10',
    ]);
    await wrapper.get('[data-testid="ticket-side-sell"]').trigger('click');
    expect(alerts()).toEqual([]);
  });
});

describe('OrderTicket: review and place', () => {
  it('asks the broker for a preview and shows its sections and warnings', async () => {
    terminal.broker.previewOrder.mockResolvedValue(preview);
    await type('qty', '3');
    await review();
    expect(terminal.broker.previewOrder).toHaveBeenCalledExactlyOnceWith({
      symbol: 'AAPL',
      side: Side.Buy,
      type: OrderType.Market,
      qty: 3,
      currentQuotes: { ask: 190.1, bid: 189.9 },
      seenPrice: 190.1,
    });
    expect(dialog().get('.dialog__title').text()).toBe('Buy 3 AAPL');
    expect(
      dialog()
        .findAll('h4')
        .map((h) => h.text()),
    ).toEqual(['Order']);
    expect(
      dialog()
        .findAll('[data-testid="preview-row"]')
        .map((r) => r.text()),
    ).toEqual(['190.10', '0.57']);
    expect(dialog().get('[data-testid="preview-warnings"]').text()).toBe('The market is closed');
    expect(dialog().find('[data-testid="preview-errors"]').exists()).toBe(false);
    expect(terminal.broker.placeOrder).not.toHaveBeenCalled();
  });

  it('places the previewed order on confirm and closes the preview', async () => {
    terminal.broker.previewOrder.mockResolvedValue(preview);
    await review();
    const previewed = terminal.broker.previewOrder.mock.calls[0]![0];
    await dialog().get('[data-testid="preview-confirm"]').trigger('click');
    await flushPromises();
    expect(terminal.broker.placeOrder).toHaveBeenCalledExactlyOnceWith(
      previewed,
      expect.stringMatching(/^.+-[0-9a-f-]{36}$/),
    );
    expect(dialog().exists()).toBe(false);
    // A market order is announced by its fill, not here.
    expect(useToastsStore().toasts).toEqual([]);
  });

  it('confirms a resting order that has not filled yet', async () => {
    terminal.broker.previewOrder.mockResolvedValue(preview);
    terminal.broker.placeOrder.mockResolvedValue({ orderId: '42' });
    await field('type').setValue('limit');
    await type('limit-price', '185');
    await review();
    expect(terminal.broker.previewOrder.mock.calls[0]![0]).toMatchObject({
      type: OrderType.Limit,
      limitPrice: 185,
    });
    await dialog().get('[data-testid="preview-confirm"]').trigger('click');
    await flushPromises();
    expect(useToastsStore().toasts).toMatchObject([
      { title: 'Order placed', text: 'Buy 1 AAPL · Limit' },
    ]);
  });

  it('does not confirm a resting order whose fill already arrived', async () => {
    terminal.broker.previewOrder.mockResolvedValue(preview);
    terminal.broker.placeOrder.mockImplementation(async (order) => {
      useOrdersStore().apply({
        ...order,
        id: '42',
        status: OrderStatus.Filled,
        filledQty: order.qty,
        avgPrice: 185,
        updateTime: 1,
      });
      return { orderId: '42' };
    });
    await field('type').setValue('limit');
    await type('limit-price', '195');
    await review();
    await dialog().get('[data-testid="preview-confirm"]').trigger('click');
    await flushPromises();
    expect(terminal.broker.placeOrder).toHaveBeenCalledTimes(1);
    expect(useToastsStore().toasts.map((t) => t.title)).not.toContain('Order placed');
  });

  it('cancelling the preview places nothing', async () => {
    terminal.broker.previewOrder.mockResolvedValue(preview);
    await review();
    await dialog().get('[data-testid="preview-cancel"]').trigger('click');
    expect(dialog().exists()).toBe(false);
    expect(terminal.broker.placeOrder).not.toHaveBeenCalled();
  });

  it('lists preview errors and disables confirming', async () => {
    terminal.broker.previewOrder.mockResolvedValue({ ...preview, errors: ['Not enough margin'] });
    await review();
    expect(dialog().get('[data-testid="preview-errors"]').text()).toBe('Not enough margin');
    expect(dialog().get('[data-testid="preview-confirm"]').attributes('disabled')).toBeDefined();
  });

  it("shows the server's reason when placing fails, and keeps the preview open", async () => {
    terminal.broker.previewOrder.mockResolvedValue(preview);
    terminal.broker.placeOrder.mockRejectedValue(
      new BrokerRequestError('Order would exceed margin', 400),
    );
    await review();
    await dialog().get('[data-testid="preview-confirm"]').trigger('click');
    await flushPromises();
    expect(dialog().get('[data-testid="preview-error"]').text()).toBe('Order would exceed margin');
    expect(useToastsStore().toasts).toEqual([]);
  });

  it("shows the server's reason when the preview is refused, until the form changes", async () => {
    terminal.broker.previewOrder.mockRejectedValue(
      new BrokerRequestError('Unknown symbol "AAPL"', 400),
    );
    await review();
    expect(wrapper.get('[data-testid="ticket-error"]').text()).toBe('Unknown symbol "AAPL"');
    expect(dialog().exists()).toBe(false);
    await type('qty', '2');
    expect(wrapper.find('[data-testid="ticket-error"]').exists()).toBe(false);
  });

  it('follows the charted symbol and side', async () => {
    await wrapper.get('[data-testid="ticket-side-sell"]').trigger('click');
    expect(field('submit').text()).toBe('Review: Sell 1 AAPL');
    useMarketStore().selectSymbol('MSFT');
    await flushPromises();
    expect(wrapper.get('.pane__title').text()).toBe('Order · MSFT');
    expect(field('submit').text()).toBe('Review: Sell 1 MSFT');
  });
});

describe('OrderTicket: duration and quantity', () => {
  const options = () =>
    wrapper.findAll('[data-testid="ticket-duration"] option').map((o) => o.attributes('value'));

  it("offers the broker's durations and sends the one chosen", async () => {
    await flushPromises();
    expect(terminal.broker.config).toHaveBeenCalled();
    expect(options()).toEqual(['GTC', 'DAY', 'GTD', 'IOC', 'FOK']);
    terminal.broker.previewOrder.mockResolvedValue(preview);
    await field('duration').setValue('DAY');
    await review();
    expect(terminal.broker.previewOrder.mock.calls[0]![0]).toMatchObject({
      duration: { type: 'DAY' },
    });
  });

  it('asks a good-till-date order for its expiry, in the future', async () => {
    await flushPromises();
    terminal.broker.previewOrder.mockResolvedValue(preview);
    await field('duration').setValue('GTD');
    await review();
    expect(alerts()).toEqual(['Expiry is required for a good-till-date order']);
    expect(terminal.broker.previewOrder).not.toHaveBeenCalled();
    await type('expiry', '2001-01-01T10:00');
    expect(alerts()).toEqual(['Expiry must be in the future']);
    const later = new Date(Date.now() + 86_400_000);
    later.setSeconds(0, 0);
    const local = new Date(later.getTime() - later.getTimezoneOffset() * 60_000)
      .toISOString()
      .slice(0, 16);
    await type('expiry', local);
    await review();
    expect(terminal.broker.previewOrder.mock.calls[0]![0]).toMatchObject({
      duration: { type: 'GTD', datetime: later.getTime() },
    });
  });

  it('offers only what the broker lists', async () => {
    wrapper.unmount();
    terminal = await startFakeTerminal(({ broker }) => {
      broker.config.mockResolvedValue({
        ...brokerConfig(DEFAULT_POLICY),
        durations: [
          { name: 'Day', value: 'DAY', default: true },
          { name: 'Immediate or cancel', value: 'IOC' },
        ],
      });
    });
    wrapper = mount(OrderTicket, {
      global: { plugins: [terminal.pinia] },
      attachTo: document.body,
    });
    await flushPromises();
    expect(options()).toEqual(['DAY', 'IOC']);
    // Good-till-cancelled is not among them: the broker's default is chosen.
    terminal.broker.previewOrder.mockResolvedValue(preview);
    await review();
    expect(terminal.broker.previewOrder.mock.calls[0]![0]).toMatchObject({
      duration: { type: 'DAY' },
    });
  });

  it("starts the quantity at one unit, or at the instrument's minimum when that is larger", async () => {
    const market = useMarketStore();
    market.setSymbolInfo(testSymbolInfo('AAPL', 100));
    await flushPromises();
    expect((field('qty').element as HTMLInputElement).value).toBe('1');
    market.selectSymbol('EURUSD');
    market.setSymbolInfo({
      ...testSymbolInfo('EURUSD', 100_000),
      qty: { min: 1_000, max: 1e8, step: 1_000 },
    });
    await flushPromises();
    expect((field('qty').element as HTMLInputElement).value).toBe('1000');
    // A quantity the trader typed stays while the instrument does; another one starts afresh.
    await type('qty', '5000');
    market.setSymbolInfo({
      ...testSymbolInfo('EURUSD', 100_000),
      qty: { min: 1_000, max: 1e8, step: 1_000 },
    });
    await flushPromises();
    expect((field('qty').element as HTMLInputElement).value).toBe('5000');
    market.selectSymbol('AAPL');
    market.setSymbolInfo(testSymbolInfo('AAPL', 100));
    await flushPromises();
    expect((field('qty').element as HTMLInputElement).value).toBe('1');
  });
});
