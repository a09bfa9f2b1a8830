import { OrderType, Side } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bracketErrors,
  exitSide,
  roundToTick,
  trailingStopPrice,
  type BracketInput,
} from '../../src/paper/brackets.js';

const QUOTE = { bid: 100, ask: 101 };

// Every order type's reference sits at a distinct price (and away from the quote), so a check
// against the wrong reference gives a different answer.
const ENTRIES: readonly {
  name: string;
  order: Omit<BracketInput, 'side' | 'quote'>;
  reference: (side: Side) => [price: number, label: string];
}[] = [
  {
    name: 'market',
    order: { type: OrderType.Market },
    reference: (side) => (side === Side.Buy ? [101, 'the ask'] : [100, 'the bid']),
  },
  {
    name: 'limit',
    order: { type: OrderType.Limit, limitPrice: 90 },
    reference: () => [90, 'the limit price'],
  },
  {
    name: 'stop',
    order: { type: OrderType.Stop, stopPrice: 120 },
    reference: () => [120, 'the stop price'],
  },
  {
    name: 'stop-limit',
    order: { type: OrderType.StopLimit, stopPrice: 130, limitPrice: 125 },
    reference: () => [125, 'the limit price'],
  },
];

describe('bracketErrors', () => {
  for (const entry of ENTRIES) {
    for (const side of [Side.Buy, Side.Sell]) {
      const [ref, label] = entry.reference(side);
      const buy = side === Side.Buy;
      const sideName = buy ? 'buy' : 'sell';
      const below = ref - 5;
      const above = ref + 5;
      const check = (brackets: { stopLoss?: number; takeProfit?: number }) =>
        bracketErrors({ side, quote: QUOTE, ...entry.order, ...brackets });

      describe(`a ${entry.name} ${sideName} (reference ${label})`, () => {
        it('accepts brackets on the right side', () => {
          expect(
            check(
              buy ? { stopLoss: below, takeProfit: above } : { stopLoss: above, takeProfit: below },
            ),
          ).toEqual([]);
        });

        it('rejects a stopLoss on the wrong side', () => {
          const stopLoss = buy ? above : below;
          expect(check({ stopLoss })).toEqual([
            `stopLoss: ${stopLoss} must be ${buy ? 'below' : 'above'} ${ref} (${label}) for a ${sideName}`,
          ]);
        });

        it('rejects a takeProfit on the wrong side', () => {
          const takeProfit = buy ? below : above;
          expect(check({ takeProfit })).toEqual([
            `takeProfit: ${takeProfit} must be ${buy ? 'above' : 'below'} ${ref} (${label}) for a ${sideName}`,
          ]);
        });

        it('rejects both at exactly the reference price', () => {
          expect(check({ stopLoss: ref, takeProfit: ref })).toEqual([
            `stopLoss: ${ref} must be ${buy ? 'below' : 'above'} ${ref} (${label}) for a ${sideName}`,
            `takeProfit: ${ref} must be ${buy ? 'above' : 'below'} ${ref} (${label}) for a ${sideName}`,
          ]);
        });
      });
    }
  }

  it('has nothing to say about an order without brackets', () => {
    expect(bracketErrors({ side: Side.Buy, type: OrderType.Limit, quote: QUOTE })).toEqual([]);
  });

  it.each<[string, BracketInput, string]>([
    [
      'a limit order',
      { side: Side.Buy, type: OrderType.Limit, stopLoss: 1, quote: QUOTE },
      'limitPrice: required to check takeProfit and stopLoss',
    ],
    [
      'a stop order',
      { side: Side.Sell, type: OrderType.Stop, takeProfit: 1, quote: QUOTE },
      'stopPrice: required to check takeProfit and stopLoss',
    ],
  ])('names the missing reference price of %s', (_name, input, message) => {
    expect(bracketErrors(input)).toEqual([message]);
  });
});

describe('exitSide', () => {
  it.each([
    [Side.Buy, Side.Sell],
    [Side.Sell, Side.Buy],
  ])('closes a %s position with %s', (position, exit) => {
    expect(exitSide(position)).toBe(exit);
  });
});

describe('trailingStopPrice', () => {
  const forex = { quote: { bid: 1.105, ask: 1.1052 }, pips: 20, pipSize: 0.0001 };

  it.each<[string, Parameters<typeof trailingStopPrice>[0], number]>([
    ['places a new long stop below the bid', { ...forex, positionSide: Side.Buy }, 1.103],
    ['places a new short stop above the ask', { ...forex, positionSide: Side.Sell }, 1.1072],
    [
      'raises a long stop as the bid rises',
      { ...forex, positionSide: Side.Buy, current: 1.1 },
      1.103,
    ],
    ['never lowers a long stop', { ...forex, positionSide: Side.Buy, current: 1.104 }, 1.104],
    [
      'lowers a short stop as the ask falls',
      { ...forex, positionSide: Side.Sell, current: 1.2 },
      1.1072,
    ],
    ['never raises a short stop', { ...forex, positionSide: Side.Sell, current: 1.107 }, 1.107],
    [
      'keeps fractional pips exact',
      { quote: { bid: 150.123, ask: 150.13 }, pips: 2.5, pipSize: 0.01, positionSide: Side.Buy },
      150.098,
    ],
  ])('%s', (_name, input, expected) => {
    expect(trailingStopPrice(input)).toBe(expected);
  });

  it.each([
    [0, 0.01],
    [10, 0],
  ])('rejects pips %s with pipSize %s', (pips, pipSize) => {
    expect(() =>
      trailingStopPrice({ positionSide: Side.Buy, quote: QUOTE, pips, pipSize }),
    ).toThrow(RangeError);
  });

  it('only ratchets: follows the best price seen, never gives it back', () => {
    const bidsArb = fc.array(fc.integer({ min: 10_000, max: 20_000 }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(bidsArb, fc.constantFrom(Side.Buy, Side.Sell), (ticks, positionSide) => {
        const long = positionSide === Side.Buy;
        let stop: number | undefined;
        let best = long ? -Infinity : Infinity;
        for (const tick of ticks) {
          const quote = { bid: tick / 100, ask: (tick + 2) / 100 };
          const next = trailingStopPrice({
            positionSide,
            quote,
            pips: 15,
            pipSize: 0.01,
            current: stop,
          });
          if (stop !== undefined) expect(long ? next >= stop : next <= stop).toBe(true);
          best = long ? Math.max(best, quote.bid) : Math.min(best, quote.ask);
          expect(next).toBeCloseTo(long ? best - 0.15 : best + 0.15, 9);
          stop = next;
        }
      }),
    );
  });
});

describe('roundToTick', () => {
  it.each<[number, number, number]>([
    [100.123, 0.01, 100.12],
    [100.13, 0.05, 100.15],
    [101.3, 0.25, 101.25],
    [0.1 + 0.2, 0.1, 0.3],
    [1.234567, 0.00001, 1.23457],
    [1234, 5, 1235],
    [0.000012345, 1e-8, 0.00001235],
    [-0.004, 0.01, 0],
  ])('rounds %s to the %s grid as %s', (price, tick, expected) => {
    expect(roundToTick(price, tick)).toBe(expected);
  });

  it.each([0, -0.01])('rejects tick %s', (tick) => {
    expect(() => roundToTick(1, tick)).toThrow(RangeError);
  });
});
