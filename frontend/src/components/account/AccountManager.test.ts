import { OrderStatus, OrderType, ParentType, Side } from '@trading-pro/contract';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrokerRequestError } from '../../services/broker.service';
import { useMarketStore } from '../../stores/market';
import { usePositionsStore } from '../../stores/positions';
import { useToastsStore } from '../../stores/toasts';
import { testAccount, testEquity } from '../../testing/fakeServices';
import { startFakeTerminal, type FakeTerminal } from '../../testing/fakeTerminal';
import type { Execution, Order, Position } from '../../types/broker';
import AccountManager from './AccountManager.vue';

const order = (id: string, status: OrderStatus, extra: Partial<Order> = {}): Order => ({
  id,
  symbol: 'TSLA',
  type: OrderType.Limit,
  side: Side.Buy,
  qty: 3,
  limitPrice: 200,
  status,
  filledQty: status === OrderStatus.Filled ? 3 : 0,
  avgPrice: status === OrderStatus.Filled ? 199.5 : 0,
  updateTime: Number(id) * 1000,
  ...extra,
});
const position = (symbol: string, side: Side, qty: number, unrealizedPl: number): Position => ({
  id: symbol,
  symbol,
  qty,
  side,
  avgPrice: 100,
  unrealizedPl,
});
const ORDERS = [
  order('10', OrderStatus.Working),
  order('11', OrderStatus.Working, {
    symbol: 'AAPL',
    side: Side.Sell,
    type: OrderType.Stop,
    limitPrice: undefined,
    stopPrice: 95,
    parentId: 'AAPL',
    parentType: ParentType.Position,
  }),
  order('5', OrderStatus.Filled),
  order('6', OrderStatus.Rejected, { rejectReason: 'Not enough margin' }),
];
const FILL: Execution = {
  id: '1',
  orderId: '5',
  symbol: 'TSLA',
  price: 199.5,
  qty: 3,
  side: Side.Buy,
  time: 5000,
  commission: 0.6,
};

let terminal: FakeTerminal;
let wrapper: VueWrapper;

beforeEach(async () => {
  localStorage.clear();
  terminal = await startFakeTerminal(({ broker }) => {
    broker.snapshot.mockResolvedValue({
      seq: 4,
      account: testAccount,
      orders: ORDERS,
      positions: [position('MSFT', Side.Sell, 2, -4), position('AAPL', Side.Buy, 5, 12.5)],
      equity: testEquity,
      executions: [FILL],
    });
  });
  // Attached, so the dialogs' submit buttons reach their forms through the `form` attribute.
  wrapper = mount(AccountManager, {
    global: { plugins: [terminal.pinia] },
    attachTo: document.body,
  });
});
afterEach(() => {
  wrapper.unmount();
});

const byTestId = (id: string) => wrapper.findAll(`[data-testid="${id}"]`);
async function openTab(id: string) {
  await wrapper.get(`[data-testid="tab-${id}"]`).trigger('click');
}

describe('AccountManager: tabs', () => {
  it('opens on positions and counts what each tab holds', () => {
    expect(wrapper.get('[data-testid="tab-positions"]').attributes('aria-selected')).toBe('true');
    const counts = ['positions', 'orders', 'history', 'executions', 'summary'].map((id) => {
      const count = wrapper.get(`[data-testid="tab-${id}"]`).find('.tab__count');
      return count.exists() ? count.text() : '';
    });
    expect(counts).toEqual(['2', '2', '2', '1', '']);
  });

  it('switches between the tables', async () => {
    expect(byTestId('position-row')).toHaveLength(2);
    await openTab('orders');
    expect(wrapper.get('[data-testid="tab-orders"]').attributes('aria-selected')).toBe('true');
    expect(wrapper.get('[data-testid="tab-positions"]').attributes('aria-selected')).toBe('false');
    expect(byTestId('position-row')).toHaveLength(0);
    expect(byTestId('order-row').map((r) => r.attributes('data-order-id'))).toEqual(['11', '10']);
    await openTab('history');
    expect(
      byTestId('history-row').map((r) => [
        r.attributes('data-order-id'),
        r.attributes('data-status'),
      ]),
    ).toEqual([
      ['6', 'rejected'],
      ['5', 'filled'],
    ]);
    expect(byTestId('history-row')[0]!.text()).toContain('Not enough margin');
    await openTab('executions');
    expect(byTestId('execution-row')).toHaveLength(1);
    expect(byTestId('execution-row')[0]!.text()).toContain('#5');
    await openTab('summary');
    expect(wrapper.get('[data-testid="balance-value"]').text()).toBe('$100,000.00');
    expect(wrapper.get('[data-testid="equity-value"]').text()).toBe('$100,250.00');
    expect(wrapper.get('[data-testid="margin-available-value"]').text()).toBe('$99,250.00');
  });

  it('shows empty tables with a hint', async () => {
    usePositionsStore().replaceAll([]);
    await flushPromises();
    expect(wrapper.find('[data-testid="positions-empty"]').exists()).toBe(true);
  });
});

describe('AccountManager: positions', () => {
  it('lists positions by symbol with side, quantity and P&L', () => {
    const rows = byTestId('position-row');
    expect(rows.map((r) => r.attributes('data-symbol'))).toEqual(['AAPL', 'MSFT']);
    expect(rows.map((r) => r.get('[data-testid="position-qty"]').text())).toEqual(['5', '2']);
    expect(rows.map((r) => r.get('[data-testid="position-pl"]').text())).toEqual([
      '+12.50',
      '−4.00',
    ]);
    expect(rows[1]!.text()).toContain('Short');
  });

  it('a click on the symbol charts it', async () => {
    await byTestId('position-row')[1]!.get('button.link-button').trigger('click');
    expect(useMarketStore().symbol).toBe('MSFT');
  });

  async function openClose(index = 0) {
    await byTestId('position-close')[index]!.trigger('click');
    return wrapper.get('[data-testid="position-close-dialog"]');
  }

  it('closes all of a position when no amount is given', async () => {
    const dialog = await openClose();
    expect(dialog.get('[data-testid="close-submit"]').text()).toBe('Close all');
    await dialog.get('[data-testid="close-submit"]').trigger('click');
    await flushPromises();
    expect(terminal.broker.closePosition).toHaveBeenCalledExactlyOnceWith('AAPL', undefined);
    expect(wrapper.find('[data-testid="position-close-dialog"]').exists()).toBe(false);
    // The fill's toast tells the outcome; the request itself adds none.
    expect(useToastsStore().toasts).toEqual([]);
  });

  it('closes part of a position', async () => {
    const dialog = await openClose();
    await dialog.get('[data-testid="close-amount"]').setValue('2');
    expect(dialog.get('[data-testid="close-submit"]').text()).toBe('Close amount');
    await dialog.get('[data-testid="close-submit"]').trigger('click');
    await flushPromises();
    expect(terminal.broker.closePosition).toHaveBeenCalledExactlyOnceWith('AAPL', 2);
  });

  it('refuses an amount beyond the position or not positive', async () => {
    const dialog = await openClose();
    for (const [amount, message] of [
      ['6', 'At most 5'],
      ['0', 'Amount must be greater than 0'],
      ['two', 'Amount must be a plain number, like 1234.5'],
    ] as const) {
      await dialog.get('[data-testid="close-amount"]').setValue(amount);
      expect(dialog.get('[role="alert"]').text()).toBe(message);
      expect(dialog.get('[data-testid="close-submit"]').attributes('disabled')).toBeDefined();
      // Even a forced submit (Enter in the field) sends nothing.
      await dialog.get('form').trigger('submit');
    }
    await flushPromises();
    expect(terminal.broker.closePosition).not.toHaveBeenCalled();
  });

  it("keeps the dialog open with the broker's reason when closing fails", async () => {
    terminal.broker.closePosition.mockRejectedValue(
      new BrokerRequestError('Market is closed', 409),
    );
    const dialog = await openClose();
    await dialog.get('[data-testid="close-submit"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="position-close-dialog"] [role="alert"]').text()).toBe(
      'Market is closed',
    );
  });
});

describe('AccountManager: working orders', () => {
  beforeEach(async () => {
    await openTab('orders');
  });
  const row = (id: string) => wrapper.get(`[data-testid="order-row"][data-order-id="${id}"]`);

  it('offers modify for plain orders only, and cancel for all', () => {
    expect(row('10').find('[data-testid="order-modify"]').exists()).toBe(true);
    expect(row('11').find('[data-testid="order-modify"]').exists()).toBe(false);
    expect(row('11').text()).toContain('Stop loss');
    expect(row('11').find('[data-testid="order-cancel"]').exists()).toBe(true);
  });

  it('cancels an order through the broker', async () => {
    await row('10').get('[data-testid="order-cancel"]').trigger('click');
    await flushPromises();
    expect(terminal.broker.cancelOrder).toHaveBeenCalledExactlyOnceWith('10');
    expect(useToastsStore().toasts.at(-1)).toMatchObject({
      title: 'Order canceled',
      text: 'Buy 3 TSLA',
    });
  });

  it('tells why the broker refused to cancel', async () => {
    terminal.broker.cancelOrder.mockRejectedValue(
      new BrokerRequestError('Order 10 is Filled', 409),
    );
    await row('10').get('[data-testid="order-cancel"]').trigger('click');
    await flushPromises();
    expect(useToastsStore().toasts.at(-1)).toMatchObject({
      kind: 'error',
      title: 'Cancel refused',
      text: 'Order 10 is Filled',
    });
  });

  it('modifies an order with the values of the dialog', async () => {
    await row('10').get('[data-testid="order-modify"]').trigger('click');
    const dialog = wrapper.get('[data-testid="order-modify-dialog"]');
    expect(
      (dialog.get('[data-testid="modify-limit-price"]').element as HTMLInputElement).value,
    ).toBe('200');
    expect(dialog.find('[data-testid="modify-stop-price"]').exists()).toBe(false);
    await dialog.get('[data-testid="modify-qty"]').setValue('4');
    await dialog.get('[data-testid="modify-limit-price"]').setValue('198.5');
    await dialog.get('[data-testid="modify-take-profit"]').setValue('220');
    await dialog.get('[data-testid="modify-submit"]').trigger('click');
    await flushPromises();
    expect(terminal.broker.modifyOrder).toHaveBeenCalledExactlyOnceWith('10', {
      symbol: 'TSLA',
      side: Side.Buy,
      type: OrderType.Limit,
      qty: 4,
      limitPrice: 198.5,
      takeProfit: 220,
    });
    expect(wrapper.find('[data-testid="order-modify-dialog"]').exists()).toBe(false);
  });

  it('does not send a modification with a missing price, and shows a refusal', async () => {
    await row('10').get('[data-testid="order-modify"]').trigger('click');
    const dialog = wrapper.get('[data-testid="order-modify-dialog"]');
    await dialog.get('[data-testid="modify-limit-price"]').setValue('');
    await dialog.get('[data-testid="modify-submit"]').trigger('click');
    await flushPromises();
    expect(terminal.broker.modifyOrder).not.toHaveBeenCalled();
    expect(dialog.text()).toContain('Limit price is required');

    terminal.broker.modifyOrder.mockRejectedValue(
      new BrokerRequestError('Order 10 is not Working', 409),
    );
    await dialog.get('[data-testid="modify-limit-price"]').setValue('199');
    await dialog.get('[data-testid="modify-submit"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="modify-error"]').text()).toBe('Order 10 is not Working');
  });
});
