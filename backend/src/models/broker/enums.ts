// The SPEC's numeric enumerations as schemas (values from the shared contract).
import {
  ConnectionStatus,
  OrderStatus,
  OrderType,
  ParentType,
  Side,
  StopType,
} from '@trading-pro/contract';
import { Type } from 'typebox';

// Type.Unsafe keeps the contract's union type (Side is 1 | -1, not number) for handlers, while
// the JSON schema is a plain integer enum with its names in the description.
const numericEnum = <T extends number>(values: Record<string, T>, title: string) =>
  Type.Unsafe<T>({
    type: 'integer',
    enum: Object.values(values),
    title,
    description: Object.entries(values)
      .map(([name, value]) => `${value} = ${name}`)
      .join(', '),
  });

export const SideSchema = numericEnum(Side, 'Side');
export const OrderTypeSchema = numericEnum(OrderType, 'OrderType');
export const OrderStatusSchema = numericEnum(OrderStatus, 'OrderStatus');
export const StopTypeSchema = numericEnum(StopType, 'StopType');
export const ParentTypeSchema = numericEnum(ParentType, 'ParentType');
export const ConnectionStatusSchema = numericEnum(ConnectionStatus, 'ConnectionStatus');
