import { describe, expect, it } from 'vitest';
import {
  ConnectionStatus,
  hasLimitPrice,
  hasStopPrice,
  OrderStatus,
  OrderType,
  ParentType,
  Side,
  StopType,
} from '../src/enums.js';

// The numbers are TradingView's wire values (docs/contract.md#conventions); a change here breaks every client.
describe('numeric enums', () => {
  it('match the contract', () => {
    expect(Side).toEqual({ Buy: 1, Sell: -1 });
    expect(OrderType).toEqual({ Limit: 1, Market: 2, Stop: 3, StopLimit: 4 });
    expect(OrderStatus).toEqual({
      Canceled: 1,
      Filled: 2,
      Inactive: 3,
      Placing: 4,
      Rejected: 5,
      Working: 6,
    });
    expect(StopType).toEqual({ StopLoss: 0, TrailingStop: 1, GuaranteedStop: 2 });
    expect(ParentType).toEqual({ Order: 1, Position: 2 });
    expect(ConnectionStatus).toEqual({ Connected: 1, Connecting: 2, Disconnected: 3, Error: 4 });
  });
});

describe('the prices an order type carries', () => {
  it('limit and stop-limit carry a limit price; stop and stop-limit a stop price', () => {
    const types = [OrderType.Limit, OrderType.Market, OrderType.Stop, OrderType.StopLimit];
    expect(types.map(hasLimitPrice)).toEqual([true, false, false, true]);
    expect(types.map(hasStopPrice)).toEqual([false, false, true, true]);
  });
});
