// The one default policy: the backend starts from it (its environment may change deposit and
// commission), the offline demo uses it as it is, so both sides trade by the same numbers.
import type { PaperPolicy } from './types.js';

export const DEFAULT_POLICY: Readonly<PaperPolicy> = Object.freeze({
  deposit: 100_000,
  commissionRate: 0,
  leverage: Object.freeze({ min: 1, max: 100, step: 1, default: 10 }),
  highLeverage: 20,
});

/** The default policy with some numbers replaced. */
export function paperPolicy(overrides: Partial<Omit<PaperPolicy, 'leverage'>> = {}): PaperPolicy {
  return { ...DEFAULT_POLICY, leverage: { ...DEFAULT_POLICY.leverage }, ...overrides };
}
