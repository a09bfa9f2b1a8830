// What a client builds its order ticket from (docs/broker.md#durations `GET /broker/config`): the durations, the
// order types and the features the engine supports, and the policy's leverage and commission.
import { OrderType } from '../../enums.js';
import { DURATION_NAMES } from './previews.js';
import { DURATION_TYPES, type DurationType, type PaperPolicy } from './types.js';

export interface BrokerConfigView {
  durations: { name: string; value: DurationType; default?: boolean; hasDatetime?: boolean }[];
  orderTypes: { name: string; value: OrderType }[];
  supportsBrackets: boolean;
  supportsTrailingStop: boolean;
  supportsLeverage: boolean;
  leverage: PaperPolicy['leverage'];
  commissionRate: number;
}

export function brokerConfig(policy: PaperPolicy): BrokerConfigView {
  return {
    durations: DURATION_TYPES.map((value) => ({
      name: DURATION_NAMES[value],
      value,
      ...(value === 'GTC' ? { default: true } : {}),
      ...(value === 'GTD' ? { hasDatetime: true } : {}),
    })),
    orderTypes: Object.entries(OrderType).map(([name, value]) => ({ name, value })),
    supportsBrackets: true,
    supportsTrailingStop: true,
    supportsLeverage: true,
    leverage: { ...policy.leverage },
    commissionRate: policy.commissionRate,
  };
}
