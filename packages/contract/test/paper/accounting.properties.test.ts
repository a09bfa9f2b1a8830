// Invariants of the accounting over random fill sequences. Each compares the incremental engine
// with an independent, path-free formula, so a wrong averaging, sign or rounding rule shows up.
import { Side } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFill,
  commission,
  equityData,
  unrealizedPL,
  type Fill,
} from '../../src/paper/accounting.js';
import type { BidAsk } from '../../src/paper/matching.js';

const TOLERANCE = 1e-6;
const DEPOSIT = 100_000;

const priceArb = fc.integer({ min: 100, max: 100_000 }).map((cents) => cents / 100);
const fillArb: fc.Arbitrary<Fill> = fc.record({
  side: fc.constantFrom(Side.Buy, Side.Sell),
  qty: fc.integer({ min: 1, max: 1000 }),
  price: priceArb,
});
const fillsArb = fc.array(fillArb, { minLength: 1, maxLength: 50 });
const rateArb = fc.integer({ min: 0, max: 100 }).map((basisPoints) => basisPoints / 100_000);
const quoteArb: fc.Arbitrary<BidAsk> = fc
  .tuple(priceArb, fc.integer({ min: 0, max: 500 }))
  .map(([bid, spreadCents]) => ({ bid, ask: bid + spreadCents / 100 }));

/** Runs the engine over the fills the way the broker does: fill by fill, summing as it goes. */
function replay(fills: readonly Fill[], rate: number) {
  let position = applyFill(undefined, fills[0]!);
  let realized = position.realizedPL;
  let commissions = commission(fills[0]!.qty, fills[0]!.price, rate);
  for (const fill of fills.slice(1)) {
    position = applyFill(position.position, fill);
    realized += position.realizedPL;
    commissions += commission(fill.qty, fill.price, rate);
  }
  return { position: position.position, realized, commissions };
}

/** The P&L of every fill marked at `mark`, independent of averaging and of the fill order. */
const markedPL = (fills: readonly Fill[], mark: number) =>
  fills.reduce((sum, { side, qty, price }) => sum + side * qty * (mark - price), 0);

describe('accounting over random fill sequences', () => {
  it('holds a position qty equal to the signed sum of the fills', () => {
    fc.assert(
      fc.property(fillsArb, (fills) => {
        const { position } = replay(fills, 0);
        expect(position.qty).toBe(fills.reduce((sum, f) => sum + f.side * f.qty, 0));
      }),
    );
  });

  it('keeps the average price within the fill prices, and 0 only when flat', () => {
    fc.assert(
      fc.property(fillsArb, (fills) => {
        const { position } = replay(fills, 0);
        const prices = fills.map((f) => f.price);
        if (position.qty === 0) {
          expect(position.avgPrice).toBe(0);
        } else {
          expect(position.avgPrice).toBeGreaterThanOrEqual(Math.min(...prices) - TOLERANCE);
          expect(position.avgPrice).toBeLessThanOrEqual(Math.max(...prices) + TOLERANCE);
        }
      }),
    );
  });

  it('splits the P&L of marking every fill at P into realised plus unrealised at P', () => {
    fc.assert(
      fc.property(fillsArb, priceArb, (fills, mark) => {
        const { position, realized } = replay(fills, 0);
        const total = realized + unrealizedPL(position, { bid: mark, ask: mark });
        expect(Math.abs(total - markedPL(fills, mark))).toBeLessThanOrEqual(TOLERANCE);
      }),
    );
  });

  it('makes the balance deposit + realised − commissions, commissions being rate × traded value', () => {
    fc.assert(
      fc.property(fillsArb, rateArb, quoteArb, (fills, rate, quote) => {
        const { position, realized, commissions } = replay(fills, rate);
        const account = equityData({ deposit: DEPOSIT, realizedPL: realized, commissions }, [
          { symbol: 'X', position, quote, leverage: 10 },
        ]);
        const traded = fills.reduce((sum, f) => sum + f.qty * f.price, 0);
        expect(Math.abs(commissions - traded * rate)).toBeLessThanOrEqual(TOLERANCE);
        expect(Math.abs(account.balance - (DEPOSIT + realized - commissions))).toBeLessThanOrEqual(
          TOLERANCE,
        );
      }),
    );
  });

  it('makes equity balance + unrealised, i.e. every fill marked at the exit side of the quote', () => {
    fc.assert(
      fc.property(fillsArb, rateArb, quoteArb, (fills, rate, quote) => {
        const { position, realized, commissions } = replay(fills, rate);
        const account = equityData({ deposit: DEPOSIT, realizedPL: realized, commissions }, [
          { symbol: 'X', position, quote, leverage: 10 },
        ]);
        const exit = position.qty >= 0 ? quote.bid : quote.ask;
        const independent = DEPOSIT - commissions + markedPL(fills, exit);
        expect(Math.abs(account.equity - (account.balance + account.unrealizedPL))).toBeLessThan(
          TOLERANCE,
        );
        expect(Math.abs(account.equity - independent)).toBeLessThanOrEqual(TOLERANCE);
        expect(
          Math.abs(account.marginAvailable - (account.equity - account.marginUsed)),
        ).toBeLessThanOrEqual(TOLERANCE);
      }),
    );
  });
});
