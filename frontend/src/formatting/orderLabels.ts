// Words for the contract's numeric enumerations, as the terminal shows them.
import { OrderStatus, OrderType, ParentType, Side, StopType } from '@trading-pro/contract';
import type { Order } from '../types/broker';

export const sideLabel = (side: Side): string => (side === Side.Buy ? 'Buy' : 'Sell');

const TYPE_LABELS: Record<OrderType, string> = {
  [OrderType.Market]: 'Market',
  [OrderType.Limit]: 'Limit',
  [OrderType.Stop]: 'Stop',
  [OrderType.StopLimit]: 'Stop limit',
};
export const orderTypeLabel = (type: OrderType): string => TYPE_LABELS[type];

const STATUS_LABELS: Record<OrderStatus, string> = {
  [OrderStatus.Canceled]: 'Canceled',
  [OrderStatus.Filled]: 'Filled',
  [OrderStatus.Inactive]: 'Inactive',
  [OrderStatus.Placing]: 'Placing',
  [OrderStatus.Rejected]: 'Rejected',
  [OrderStatus.Working]: 'Working',
};
export const orderStatusLabel = (status: OrderStatus): string => STATUS_LABELS[status];

/** What the order is for: a bracket exit of a position, or a plain order. */
export function orderRoleLabel(order: Order): string {
  if (order.parentType !== ParentType.Position) return '';
  if (order.stopType === StopType.TrailingStop) return 'Trailing stop';
  return order.type === OrderType.Limit ? 'Take profit' : 'Stop loss';
}
