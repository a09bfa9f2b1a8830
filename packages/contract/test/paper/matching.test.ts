import { OrderType, Side } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { match, type MatchableOrder, type MatchResult } from '../../src/paper/matching.js';

// One quote for every case: the spread makes "filled at the ask" and "at the bid" distinguishable.
const QUOTE = { bid: 100, ask: 101 };
const fillAt = (price: number): MatchResult => ({ kind: 'fill', price });
const NONE: MatchResult = { kind: 'none' };
const TRIGGER: MatchResult = { kind: 'trigger' };

type Case = [name: string, order: MatchableOrder, expected: MatchResult];

describe('match', () => {
  it.each<Case>([
    ['fills a market buy at the ask', { type: OrderType.Market, side: Side.Buy }, fillAt(101)],
    ['fills a market sell at the bid', { type: OrderType.Market, side: Side.Sell }, fillAt(100)],
  ])('%s', (_name, order, expected) => {
    expect(match(order, QUOTE)).toEqual(expected);
  });

  describe('limit', () => {
    const limit = (side: Side, limitPrice: number): MatchableOrder => ({
      type: OrderType.Limit,
      side,
      limitPrice,
    });
    it.each<Case>([
      [
        'fills a buy when the ask is below the limit, at the ask',
        limit(Side.Buy, 102),
        fillAt(101),
      ],
      ['fills a buy when the ask is exactly at the limit', limit(Side.Buy, 101), fillAt(101)],
      ['keeps a buy working while the ask is above the limit', limit(Side.Buy, 100.5), NONE],
      [
        'fills a sell when the bid is above the limit, at the bid',
        limit(Side.Sell, 99),
        fillAt(100),
      ],
      ['fills a sell when the bid is exactly at the limit', limit(Side.Sell, 100), fillAt(100)],
      ['keeps a sell working while the bid is below the limit', limit(Side.Sell, 100.5), NONE],
    ])('%s', (_name, order, expected) => {
      expect(match(order, QUOTE)).toEqual(expected);
    });
  });

  describe('stop', () => {
    const stop = (side: Side, stopPrice: number): MatchableOrder => ({
      type: OrderType.Stop,
      side,
      stopPrice,
    });
    it.each<Case>([
      ['fills a buy as market when the ask is past the stop', stop(Side.Buy, 100.5), fillAt(101)],
      ['fills a buy when the ask is exactly at the stop', stop(Side.Buy, 101), fillAt(101)],
      ['keeps a buy working while the ask is below the stop', stop(Side.Buy, 102), NONE],
      ['fills a sell as market when the bid is past the stop', stop(Side.Sell, 100.5), fillAt(100)],
      ['fills a sell when the bid is exactly at the stop', stop(Side.Sell, 100), fillAt(100)],
      ['keeps a sell working while the bid is above the stop', stop(Side.Sell, 99), NONE],
    ])('%s', (_name, order, expected) => {
      expect(match(order, QUOTE)).toEqual(expected);
    });
  });

  describe('stop-limit', () => {
    // The limit is chosen so that the untriggered and triggered answers always differ.
    const stopLimit = (side: Side, stopPrice: number, triggered?: boolean): MatchableOrder => ({
      type: OrderType.StopLimit,
      side,
      stopPrice,
      limitPrice: side === Side.Buy ? 105 : 95,
      triggered,
    });
    it.each<Case>([
      ['triggers a buy when the ask is past the stop', stopLimit(Side.Buy, 100.5), TRIGGER],
      ['triggers a buy when the ask is exactly at the stop', stopLimit(Side.Buy, 101), TRIGGER],
      ['leaves a buy untriggered while the ask is below the stop', stopLimit(Side.Buy, 102), NONE],
      ['triggers a sell when the bid is past the stop', stopLimit(Side.Sell, 100.5), TRIGGER],
      ['triggers a sell when the bid is exactly at the stop', stopLimit(Side.Sell, 100), TRIGGER],
      ['leaves a sell untriggered while the bid is above the stop', stopLimit(Side.Sell, 99), NONE],
      ['treats triggered: false as not yet triggered', stopLimit(Side.Buy, 200, false), NONE],
      ['fills a triggered buy as a limit', stopLimit(Side.Buy, 200, true), fillAt(101)],
      ['fills a triggered sell as a limit', stopLimit(Side.Sell, 1, true), fillAt(100)],
    ])('%s', (_name, order, expected) => {
      expect(match(order, QUOTE)).toEqual(expected);
    });

    it.each<Case>([
      [
        'fills a triggered buy when the ask is exactly at the limit',
        {
          type: OrderType.StopLimit,
          side: Side.Buy,
          stopPrice: 99,
          limitPrice: 101,
          triggered: true,
        },
        fillAt(101),
      ],
      [
        'keeps a triggered buy working while the ask is above the limit',
        {
          type: OrderType.StopLimit,
          side: Side.Buy,
          stopPrice: 99,
          limitPrice: 100,
          triggered: true,
        },
        NONE,
      ],
      [
        'fills a triggered sell when the bid is exactly at the limit',
        {
          type: OrderType.StopLimit,
          side: Side.Sell,
          stopPrice: 102,
          limitPrice: 100,
          triggered: true,
        },
        fillAt(100),
      ],
      [
        'keeps a triggered sell working while the bid is below the limit',
        {
          type: OrderType.StopLimit,
          side: Side.Sell,
          stopPrice: 102,
          limitPrice: 101,
          triggered: true,
        },
        NONE,
      ],
    ])('%s', (_name, order, expected) => {
      expect(match(order, QUOTE)).toEqual(expected);
    });

    it('triggers, then waits for the limit after a gap through it', () => {
      // Buy stop 100 / limit 100.5; the ask gaps from 99 to 103: the stop fires but the limit
      // is not reached until the ask comes back to 100.5.
      const order: MatchableOrder = {
        type: OrderType.StopLimit,
        side: Side.Buy,
        stopPrice: 100,
        limitPrice: 100.5,
      };
      expect(match(order, { bid: 98, ask: 99 })).toEqual(NONE);
      expect(match(order, { bid: 102, ask: 103 })).toEqual(TRIGGER);
      const triggered = { ...order, triggered: true };
      expect(match(triggered, { bid: 102, ask: 103 })).toEqual(NONE);
      expect(match(triggered, { bid: 100, ask: 100.4 })).toEqual(fillAt(100.4));
    });
  });

  it.each<[string, MatchableOrder]>([
    ['a limit without limitPrice', { type: OrderType.Limit, side: Side.Buy }],
    ['a stop without stopPrice', { type: OrderType.Stop, side: Side.Sell }],
    [
      'a stop-limit without stopPrice',
      { type: OrderType.StopLimit, side: Side.Buy, limitPrice: 1 },
    ],
    [
      'a triggered stop-limit without limitPrice',
      { type: OrderType.StopLimit, side: Side.Buy, stopPrice: 1, triggered: true },
    ],
  ])('refuses %s rather than leaving it working forever', (_name, order) => {
    expect(() => match(order, QUOTE)).toThrow(RangeError);
  });
});
