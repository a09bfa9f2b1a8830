// Properties of the engine over random sessions (fast-check): the trigger index finds exactly
// what visiting every working order would; accounting holds through any sequence; a change that
// is not applied leaves the book as it was; the sequence numbers every change once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderStatus, OrderType, Side } from '../../../src/enums.js';
import { match } from '../../../src/paper/matching.js';
import { roundMoney } from '../../../src/paper/money.js';
import {
  EngineError,
  TriggerBoard,
  onQuote,
  placeOrder,
  type OrderRequest,
} from '../../../src/paper/index.js';
import { Ledger } from './kit.js';

const price = fc.integer({ min: 9_000, max: 11_000 }).map((cents) => cents / 100);
const qty = fc.integer({ min: 1, max: 50 }).map((n) => n / 10);
const side = fc.constantFrom(Side.Buy, Side.Sell);

const request: fc.Arbitrary<OrderRequest> = fc.oneof(
  fc.record({ symbol: fc.constant('BTCUSD'), type: fc.constant(OrderType.Market), side, qty }),
  fc.record({
    symbol: fc.constant('BTCUSD'),
    type: fc.constant(OrderType.Limit),
    side,
    qty,
    limitPrice: price,
  }),
  fc.record({
    symbol: fc.constant('BTCUSD'),
    type: fc.constant(OrderType.Stop),
    side,
    qty,
    stopPrice: price,
  }),
  fc.record({
    symbol: fc.constant('BTCUSD'),
    type: fc.constant(OrderType.StopLimit),
    side,
    qty,
    stopPrice: price,
    limitPrice: price,
  }),
  fc.record({
    symbol: fc.constant('BTCUSD'),
    type: fc.constant(OrderType.Market),
    side,
    qty,
    trailingStopPips: fc.integer({ min: 50, max: 500 }),
  }),
);

type Step =
  | { kind: 'place'; request: OrderRequest }
  | { kind: 'quote'; bid: number; spread: number; inSession: boolean }
  | { kind: 'cancel'; pick: number }
  | { kind: 'close'; part: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: request.map((r) => ({ kind: 'place' as const, request: r })) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('quote' as const),
      bid: price,
      spread: fc.integer({ min: 1, max: 20 }).map((c) => c / 100),
      inSession: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('close' as const),
      part: fc.integer({ min: 1, max: 10 }),
    }),
  },
);

/** Runs a step; a refusal (EngineError) is part of the game and changes nothing. */
function play(t: Ledger, s: Step): void {
  try {
    if (s.kind === 'place') t.place(s.request);
    else if (s.kind === 'quote') t.tick('BTCUSD', s.bid, roundMoney(s.bid + s.spread), s.inSession);
    else if (s.kind === 'cancel') {
      const working = t.working();
      if (working.length > 0) t.cancel(Number(working[s.pick % working.length]!.id));
    } else {
      const position = t.book.position('BTCUSD');
      if (position !== undefined)
        t.close('BTCUSD', roundMoney((Math.abs(position.qty) * s.part) / 10) || undefined);
    }
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
  }
}

describe('engine properties', () => {
  it('a quote acts on exactly the orders that visiting all working orders would act on', () => {
    fc.assert(
      fc.property(
        fc.array(request, { maxLength: 30 }),
        price,
        fc.integer({ min: 1, max: 30 }),
        (requests, bid, spread) => {
          const t = new Ledger({ leverage: { min: 1, max: 100, step: 1, default: 100 } });
          for (const r of requests) {
            try {
              t.place(r);
            } catch (error) {
              if (!(error instanceof EngineError)) throw error;
            }
          }
          const quote = { bid, ask: roundMoney(bid + spread / 100), inSession: true };
          const acting = t.book
            .workingOrders()
            .filter((o) => match(o, quote).kind !== 'none' || o.trailingStopPips !== undefined)
            .map((o) => o.id);
          const candidates = t.book.candidates('BTCUSD', quote);
          expect(candidates).toEqual(expect.arrayContaining(acting));
          // Nothing else is visited: every candidate is one the quote reaches or a trailing stop.
          expect(candidates.length).toBe(acting.length);
          expect(t.book.mayAct('BTCUSD', quote)).toBe(acting.length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the accounts consistent through any sequence of commands and quotes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const t = new Ledger({ commissionRate: 0.001 });
        for (const s of steps) play(t, s);
        const fills = t.fills('BTCUSD');
        const signed = roundMoney(fills.reduce((sum, e) => sum + e.side * e.qty, 0));
        const position = t.book.position('BTCUSD');
        expect(position?.qty ?? 0).toBeCloseTo(signed, 8);
        const fees = fills.reduce((sum, e) => sum + e.commission, 0);
        const e = t.equity();
        expect(t.book.account.commissions).toBeCloseTo(fees, 6);
        expect(e.balance).toBeCloseTo(100_000 + e.realizedPL - fees, 6);
        expect(e.equity).toBeCloseTo(e.balance + e.unrealizedPL, 6);
        expect(e.marginAvailable).toBeCloseTo(e.equity - e.marginUsed, 6);
        // Ids are handed out once, in order; the sequence counts each non-empty change once.
        expect(fills.map((f) => Number(f.id))).toEqual(fills.map((_, i) => i + 1));
        expect(t.committed.map((c) => c.seq)).toEqual(t.committed.map((_, i) => i + 1));
        // Exits follow their position; nothing is left Working for a flat book but entries.
        for (const order of t.book.workingOrders()) {
          expect(order.status).toBe(OrderStatus.Working);
          if (order.parentId !== undefined)
            expect(order.qty).toBeCloseTo(Math.abs(position!.qty), 8);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a decided change that is not applied leaves the book exactly as it was', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), request, price, (steps, last, bid) => {
        const t = new Ledger();
        for (const s of steps) play(t, s);
        const before = JSON.stringify(t.book.snapshot());
        // Decided, never applied: as when the backend's transaction fails.
        try {
          placeOrder(t.book, t.env, last);
        } catch (error) {
          if (!(error instanceof EngineError)) throw error;
        }
        onQuote(t.book, t.env, 'BTCUSD', { bid, ask: roundMoney(bid + 0.1), inSession: true });
        expect(JSON.stringify(t.book.snapshot())).toBe(before);
        // The book's own orders cannot be changed behind its back.
        for (const order of t.book.workingOrders()) expect(Object.isFrozen(order)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the trigger board over many books', () => {
  it('names exactly the books a quote may act on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(request, { maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        price,
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (books, bid, spread, inSession) => {
          const board = new TriggerBoard<number>();
          const ledgers = books.map((requests, key) => {
            const t = new Ledger({ leverage: { min: 1, max: 100, step: 1, default: 100 } });
            for (const r of requests) {
              try {
                t.place(r);
              } catch (error) {
                if (!(error instanceof EngineError)) throw error;
              }
            }
            board.set(key, 'BTCUSD', t.book.triggerSummary('BTCUSD'));
            return t;
          });
          const quote = { bid, ask: roundMoney(bid + spread / 100), inSession };
          const expected = ledgers.flatMap((t, key) =>
            t.book.mayAct('BTCUSD', quote) ? [key] : [],
          );
          expect(board.candidates('BTCUSD', quote).sort()).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
