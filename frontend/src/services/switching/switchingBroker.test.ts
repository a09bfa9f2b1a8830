// @vitest-environment node
import { ConnectionStatus, OrderStatus, OrderType, Side } from '@trading-pro/contract';
import { describe, expect, it, vi } from 'vitest';
import { fakeBroker, testEquity, type FakeBroker } from '../../testing/fakeServices';
import type { Order } from '../../types/broker';
import type { BrokerHost } from '../broker.service';
import { createSwitchingBroker } from './switchingBroker';

const order: Order = {
  id: '1',
  symbol: 'AAPL',
  type: OrderType.Market,
  side: Side.Buy,
  qty: 1,
  status: OrderStatus.Filled,
  filledQty: 1,
  avgPrice: 190,
  updateTime: 1,
};
const position = {
  id: 'AAPL',
  symbol: 'AAPL',
  qty: 1,
  side: Side.Buy,
  avgPrice: 190,
  unrealizedPl: 0,
};

function fakeHost() {
  return {
    orderUpdate: vi.fn(),
    positionUpdate: vi.fn(),
    executionUpdate: vi.fn(),
    equityUpdate: vi.fn(),
    connectionStatusUpdate: vi.fn(),
    fullUpdate: vi.fn(),
  } satisfies BrokerHost;
}

/** A broker factory that keeps the host each broker was given. */
function creating(broker: FakeBroker) {
  let given: BrokerHost | undefined;
  const create = vi.fn((host: BrokerHost) => {
    given = host;
    return broker;
  });
  return { create, broker, host: () => given! };
}

describe('createSwitchingBroker', () => {
  it('passes the first broker a host that forwards every push', () => {
    const host = fakeHost();
    const backend = creating(fakeBroker());
    createSwitchingBroker(host, backend.create);
    const inner = backend.host();
    const execution = {
      id: '1',
      orderId: '1',
      symbol: 'AAPL',
      price: 190,
      qty: 1,
      side: Side.Buy,
      time: 1,
      commission: 0,
    };
    const info = { status: ConnectionStatus.Connected, timestamp: 1 };
    inner.orderUpdate(order, 7);
    inner.positionUpdate(position, 7);
    inner.executionUpdate(execution, 7);
    inner.equityUpdate(testEquity, 7);
    inner.connectionStatusUpdate(info);
    inner.fullUpdate();
    expect(host.orderUpdate).toHaveBeenCalledWith(order, 7);
    expect(host.positionUpdate).toHaveBeenCalledWith(position, 7);
    expect(host.executionUpdate).toHaveBeenCalledWith(execution, 7);
    expect(host.equityUpdate).toHaveBeenCalledWith(testEquity, 7);
    expect(host.connectionStatusUpdate).toHaveBeenCalledWith(info);
    expect(host.fullUpdate).toHaveBeenCalledTimes(1);
  });

  it('delegates requests to the current broker', async () => {
    const inner = fakeBroker();
    const broker = createSwitchingBroker(fakeHost(), () => inner);
    const pre = { symbol: 'AAPL', type: OrderType.Market, side: Side.Buy, qty: 1 };
    await broker.placeOrder(pre);
    await broker.modifyOrder('7', pre);
    await broker.cancelOrder('7');
    await broker.closePosition('AAPL', 2);
    await broker.editPositionBrackets('AAPL', { stopLoss: 1 });
    await broker.executions('AAPL');
    expect(broker.currentAccount()).toBe('acc-1');
    expect(inner.placeOrder).toHaveBeenCalledWith(pre, undefined);
    await broker.placeOrder(pre, 'key-1');
    expect(inner.placeOrder).toHaveBeenLastCalledWith(pre, 'key-1');
    expect(inner.modifyOrder).toHaveBeenCalledWith('7', pre);
    expect(inner.cancelOrder).toHaveBeenCalledWith('7');
    expect(inner.closePosition).toHaveBeenCalledWith('AAPL', 2);
    expect(inner.editPositionBrackets).toHaveBeenCalledWith('AAPL', { stopLoss: 1 });
    expect(inner.executions).toHaveBeenCalledWith('AAPL');
  });

  it('use() destroys the old broker, drops its late pushes and asks for a full re-read', () => {
    const host = fakeHost();
    const backend = creating(fakeBroker());
    const offlineBroker = fakeBroker();
    const offline = creating(offlineBroker);
    const broker = createSwitchingBroker(host, backend.create);

    broker.use(offline.create);

    expect(backend.broker.destroy).toHaveBeenCalledTimes(1);
    expect(host.fullUpdate).toHaveBeenCalledTimes(1);
    backend.host().orderUpdate(order, 7);
    backend.host().positionUpdate(position, 7);
    backend.host().fullUpdate();
    expect(host.orderUpdate).not.toHaveBeenCalled();
    expect(host.positionUpdate).not.toHaveBeenCalled();
    expect(host.fullUpdate).toHaveBeenCalledTimes(1);

    offline.host().orderUpdate(order, 7);
    expect(host.orderUpdate).toHaveBeenCalledExactlyOnceWith(order, 7);
    broker.cancelOrder('9');
    expect(offlineBroker.cancelOrder).toHaveBeenCalledWith('9');
  });

  it('destroy() destroys the current broker and silences it', () => {
    const host = fakeHost();
    const backend = creating(fakeBroker());
    const broker = createSwitchingBroker(host, backend.create);
    broker.destroy();
    expect(backend.broker.destroy).toHaveBeenCalledTimes(1);
    backend.host().orderUpdate(order, 7);
    backend.host().equityUpdate(testEquity, 7);
    expect(host.orderUpdate).not.toHaveBeenCalled();
    expect(host.equityUpdate).not.toHaveBeenCalled();
  });
});
