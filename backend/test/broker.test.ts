// The broker over HTTP (SPEC §3, §5, §7), on the embedded database and on PostgreSQL, with a
// quote source the test moves by hand.
import { OrderStatus, OrderType, ParentType, Side } from '@trading-pro/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EquityData } from '../src/models/broker/account.js';
import type { Execution } from '../src/models/broker/executions.js';
import type { PlacedOrder } from '../src/models/broker/orders.js';
import type { Position } from '../src/models/broker/positions.js';
import { startBrokerApp, type BrokerTestApp, type DatabaseKind } from './helpers/broker-app.js';
import { postgresAvailable } from './helpers/postgres.js';

const kinds: DatabaseKind[] = ['sqlite', 'postgres'];
const pgUp = await postgresAvailable();

describe.each(kinds)('broker on %s', (kind) => {
  const skip = kind === 'postgres' && !pgUp;
  let t: BrokerTestApp;
  beforeEach(async (ctx) => {
    if (skip) ctx.skip();
    t = await startBrokerApp(kind, { commissionRate: 0.001 });
  });
  afterEach(async () => {
    if (!skip) await t.close();
  });

  const api = async <T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
    headers?: Record<string, string>,
  ) => {
    const response = await t.app.inject({ method, url: `/api/v1/broker${url}`, payload, headers });
    return { status: response.statusCode, body: response.json<T>() };
  };
  const place = (order: object, headers?: Record<string, string>) =>
    api<{ orderId: string; message?: string }>('POST', '/orders', order, headers);
  const orders = async () => (await api<PlacedOrder[]>('GET', '/orders')).body;
  const order = async (id: string) => (await orders()).find((o) => o.id === id)!;
  const positions = async () => (await api<Position[]>('GET', '/positions')).body;
  const equity = async () => (await api<EquityData>('GET', '/equity')).body;
  const executions = async (symbol: string) =>
    (await api<Execution[]>('GET', `/executions/${symbol}`)).body;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

  describe('market orders', () => {
    it('fill a buy at the ask and a sell at the bid, with commission', async () => {
      const buy = await place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 2 });
      expect(buy.status).toBe(200);
      expect(await order(buy.body.orderId)).toMatchObject({
        status: OrderStatus.Filled,
        filledQty: 2,
        avgPrice: 100.1,
      });
      expect(await executions('BTCUSD')).toEqual([
        expect.objectContaining({
          orderId: buy.body.orderId,
          price: 100.1,
          qty: 2,
          side: Side.Buy,
          commission: 0.2002,
        }),
      ]);
      t.market.set('BTCUSD', 110, 110.1);
      const sell = await place({
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Sell,
        qty: 2,
      });
      expect(await order(sell.body.orderId)).toMatchObject({
        status: OrderStatus.Filled,
        avgPrice: 110,
      });
      expect(await positions()).toEqual([]);
      const e = await equity();
      expect(e.realizedPL).toBeCloseTo(19.8, 8);
      expect(e.balance).toBeCloseTo(100_000 + 19.8 - 0.2002 - 0.22, 8);
      expect(e.equity).toBe(e.balance);
    });

    it('average, realise and reverse one net position per symbol', async () => {
      await place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 }); // 100.1
      t.market.set('BTCUSD', 101.9, 102.1);
      await place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 }); // 102.1
      expect(await positions()).toEqual([
        expect.objectContaining({ id: 'BTCUSD', qty: 2, side: Side.Buy, avgPrice: 101.1 }),
      ]);
      t.market.set('BTCUSD', 103, 103.2);
      await place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Sell, qty: 3 }); // at 103: close 2, open 1 short
      const [short] = await positions();
      expect(short).toMatchObject({ qty: 1, side: Side.Sell, avgPrice: 103 });
      expect((await equity()).realizedPL).toBeCloseTo(2 * (103 - 101.1), 8);
      expect(short!.unrealizedPl).toBeCloseTo(103 - 103.2, 8); // a short is marked at the ask
    });
  });

  describe('working orders', () => {
    it('fill a buy limit when the ask reaches it, at the ask', async () => {
      const { body } = await place({
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 1,
        limitPrice: 95,
      });
      expect(await order(body.orderId)).toMatchObject({
        status: OrderStatus.Working,
        limitPrice: 95,
      });
      t.market.set('BTCUSD', 95.5, 95.6);
      await settle();
      expect((await order(body.orderId)).status).toBe(OrderStatus.Working);
      t.market.set('BTCUSD', 94.8, 94.9);
      await settle();
      expect(await order(body.orderId)).toMatchObject({
        status: OrderStatus.Filled,
        avgPrice: 94.9,
      });
    });

    it('trigger a sell stop when the bid falls to it and fill at the bid', async () => {
      await place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 });
      const { body } = await place({
        symbol: 'BTCUSD',
        type: OrderType.Stop,
        side: Side.Sell,
        qty: 1,
        stopPrice: 90,
      });
      t.market.set('BTCUSD', 89.5, 89.6);
      await settle();
      expect(await order(body.orderId)).toMatchObject({
        status: OrderStatus.Filled,
        avgPrice: 89.5,
      });
    });

    it('turn a triggered stop-limit into a limit', async () => {
      const { body } = await place({
        symbol: 'BTCUSD',
        type: OrderType.StopLimit,
        side: Side.Buy,
        qty: 1,
        stopPrice: 105,
        limitPrice: 105.5,
      });
      t.market.set('BTCUSD', 105.9, 106); // stop reached, limit not
      await settle();
      expect(await order(body.orderId)).toMatchObject({ status: OrderStatus.Working });
      t.market.set('BTCUSD', 105.3, 105.4);
      await settle();
      expect(await order(body.orderId)).toMatchObject({
        status: OrderStatus.Filled,
        avgPrice: 105.4,
      });
    });

    it('do not fill outside the session, then fill when it opens', async () => {
      t.market.set('AAPL', 50, 50.02, false);
      const { body } = await place({
        symbol: 'AAPL',
        type: OrderType.Market,
        side: Side.Buy,
        qty: 10,
      });
      expect((await order(body.orderId)).status).toBe(OrderStatus.Working);
      t.market.set('AAPL', 51, 51.02, true);
      await settle();
      expect(await order(body.orderId)).toMatchObject({
        status: OrderStatus.Filled,
        avgPrice: 51.02,
      });
    });

    it('can be modified and cancelled while working, and not after', async () => {
      const { body } = await place({
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 1,
        limitPrice: 90,
      });
      const modified = await api('PUT', `/orders/${body.orderId}`, {
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 3,
        limitPrice: 91,
      });
      expect(modified).toEqual({
        status: 200,
        body: { success: true, message: `Order ${body.orderId} modified` },
      });
      expect(await order(body.orderId)).toMatchObject({ qty: 3, limitPrice: 91 });
      expect((await api('DELETE', `/orders/${body.orderId}`)).status).toBe(200);
      expect((await order(body.orderId)).status).toBe(OrderStatus.Canceled);
      const again = await api<{ message: string }>('DELETE', `/orders/${body.orderId}`);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe(`Order ${body.orderId} is Canceled, not Working`);
      expect(
        (
          await api('PUT', `/orders/${body.orderId}`, {
            symbol: 'BTCUSD',
            type: 1,
            side: 1,
            qty: 1,
            limitPrice: 1,
          })
        ).status,
      ).toBe(409);
      expect((await api('DELETE', '/orders/999')).status).toBe(404);
    });
  });

  describe('brackets', () => {
    it('become one-cancels-other exit orders of the position, sized to it', async () => {
      const { body } = await place({
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Buy,
        qty: 2,
        takeProfit: 120,
        stopLoss: 90,
      });
      const exits = (await orders()).filter((o) => o.parentType === ParentType.Position);
      expect(exits).toEqual([
        expect.objectContaining({
          type: OrderType.Limit,
          side: Side.Sell,
          qty: 2,
          limitPrice: 120,
          parentId: 'BTCUSD',
          status: OrderStatus.Working,
        }),
        expect.objectContaining({
          type: OrderType.Stop,
          side: Side.Sell,
          qty: 2,
          stopPrice: 90,
          parentId: 'BTCUSD',
          status: OrderStatus.Working,
        }),
      ]);
      expect(await positions()).toEqual([
        expect.objectContaining({ qty: 2, takeProfit: 120, stopLoss: 90 }),
      ]);
      expect((await api('DELETE', '/positions/BTCUSD?amount=0.5')).status).toBe(200);
      expect(
        (await orders()).filter((o) => o.status === OrderStatus.Working).map((o) => o.qty),
      ).toEqual([1.5, 1.5]);
      t.market.set('BTCUSD', 120.5, 120.6);
      await settle();
      const after = await orders();
      expect(after.find((o) => o.id === exits[0]!.id)).toMatchObject({
        status: OrderStatus.Filled,
        avgPrice: 120.5,
      });
      expect(after.find((o) => o.id === exits[1]!.id)).toMatchObject({
        status: OrderStatus.Canceled,
      });
      expect(await positions()).toEqual([]);
      void body;
    });

    it('are refused on the wrong side of the price, placing nothing', async () => {
      const wrong = await place({
        symbol: 'BTCUSD',
        type: OrderType.Limit,
        side: Side.Buy,
        qty: 1,
        limitPrice: 95,
        stopLoss: 96,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.message).toMatch(/stopLoss/);
      expect(await orders()).toEqual([]);
    });

    it('can be replaced on the position; a field left out removes that exit', async () => {
      await place({
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Buy,
        qty: 1,
        takeProfit: 120,
        stopLoss: 90,
      });
      expect((await api('PUT', '/positions/BTCUSD/brackets', { stopLoss: 95 })).status).toBe(200);
      const working = (await orders()).filter((o) => o.status === OrderStatus.Working);
      expect(working).toEqual([
        expect.objectContaining({ type: OrderType.Stop, stopPrice: 95, qty: 1 }),
      ]);
      expect(await positions()).toEqual([expect.objectContaining({ stopLoss: 95 })]);
      expect((await positions())[0]!.takeProfit).toBeUndefined();
      expect((await api('PUT', '/positions/BTCUSD/brackets', { takeProfit: 99 })).status).toBe(400);
      expect((await api('PUT', '/positions/ETHUSD/brackets', {})).status).toBe(404);
    });

    it('trail a stop behind a rising price and never back', async () => {
      await place({
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Buy,
        qty: 1,
        trailingStopPips: 200,
      }); // 2.00 below the bid
      const stop = () =>
        orders().then((all) =>
          all.find((o) => o.parentType === ParentType.Position && o.status === OrderStatus.Working),
        );
      expect((await stop())!.stopPrice).toBe(98);
      t.market.set('BTCUSD', 105, 105.1);
      await settle();
      expect((await stop())!.stopPrice).toBe(103);
      t.market.set('BTCUSD', 104, 104.1);
      await settle();
      expect((await stop())!.stopPrice).toBe(103);
      t.market.set('BTCUSD', 102.9, 103);
      await settle();
      expect(await positions()).toEqual([]);
    });
  });

  describe('margin', () => {
    it('rejects an order that would leave marginAvailable negative, with the reason', async () => {
      const { status, body } = await place({
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Buy,
        qty: 20_000,
      });
      expect(status).toBe(200);
      const rejected = await order(body.orderId);
      expect(rejected.status).toBe(OrderStatus.Rejected);
      expect(rejected.rejectReason).toMatch(/Insufficient margin/);
      expect(await positions()).toEqual([]);
      expect(await executions('BTCUSD')).toEqual([]);
    });

    it('follows the leverage set for the symbol', async () => {
      expect((await api('GET', '/leverage/info?symbol=BTCUSD')).body).toEqual({
        title: 'Leverage for BTCUSD',
        leverage: 10,
        min: 1,
        max: 100,
        step: 1,
      });
      expect((await api('PUT', '/leverage/set', { symbol: 'BTCUSD', leverage: 50 })).body).toEqual({
        leverage: 50,
      });
      await place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 10 });
      expect((await equity()).marginUsed).toBeCloseTo((10 * 100) / 50, 8);
      expect((await api('PUT', '/leverage/set', { symbol: 'BTCUSD', leverage: 101 })).status).toBe(
        400,
      );
      expect(
        (
          await api<{ errors: string[] }>('POST', '/leverage/preview', {
            symbol: 'BTCUSD',
            leverage: 0,
          })
        ).body.errors,
      ).toHaveLength(1);
      expect(
        (
          await api<{ warnings: string[] }>('POST', '/leverage/preview', {
            symbol: 'BTCUSD',
            leverage: 60,
          })
        ).body.warnings,
      ).toHaveLength(1);
    });
  });

  describe('validation and idempotency', () => {
    it.each([
      [{ symbol: 'BTCUSD', type: OrderType.Limit, side: Side.Buy, qty: 1 }, /limitPrice: required/],
      [{ symbol: 'BTCUSD', type: OrderType.Stop, side: Side.Buy, qty: 1 }, /stopPrice: required/],
      [
        { symbol: 'NOPE', type: OrderType.Market, side: Side.Buy, qty: 1 },
        /symbol: unknown symbol "NOPE"/,
      ],
      [{ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 0 }, /qty/],
      [{ symbol: 'BTCUSD', type: OrderType.Market, side: 2, qty: 1 }, /side/],
      [{ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: '1' }, /qty/],
      [
        { symbol: 'BTCUSD', type: OrderType.Limit, side: Side.Buy, qty: 1, limitPrice: 95.001 },
        /limitPrice: 95.001 is not a multiple/,
      ],
      [
        { symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1, stopLos: 90 },
        /additional/,
      ],
    ])('rejects %j with a 400 naming the field, placing nothing', async (payload, message) => {
      const { status, body } = await place(payload);
      expect(status).toBe(400);
      expect(body.message).toMatch(message);
      expect(await orders()).toEqual([]);
    });

    it('answers a retry with the same Idempotency-Key with the first order', async () => {
      const headers = { 'idempotency-key': 'abc-123' };
      const first = await place(
        { symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 },
        headers,
      );
      const retry = await place(
        { symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 },
        headers,
      );
      expect(retry.body.orderId).toBe(first.body.orderId);
      expect(await orders()).toHaveLength(1);
      expect(await positions()).toEqual([expect.objectContaining({ qty: 1 })]);
    });

    it('closes positions only by a positive amount no larger than the position', async () => {
      await place({ symbol: 'BTCUSD', type: OrderType.Market, side: Side.Buy, qty: 1 });
      for (const amount of ['0', '-1', 'abc', '2']) {
        expect((await api('DELETE', `/positions/BTCUSD?amount=${amount}`)).status, amount).toBe(
          400,
        );
      }
      expect((await api('DELETE', '/positions/ETHUSD')).status).toBe(404);
      expect((await api('DELETE', '/positions/BTCUSD')).status).toBe(200);
      expect(await positions()).toEqual([]);
    });
  });

  describe('instruments quoted in another currency', () => {
    // USDJPY's prices are in yen: 1 JPY = 1 / mid(USDJPY) USD.
    const jpy = (bid: number, ask: number) => 2 / (bid + ask);
    const atMarket = (symbol: string, qty: number, side: Side = Side.Buy) => ({
      symbol,
      type: OrderType.Market,
      side,
      qty,
    });
    const preview = async (order: object) =>
      (
        await api<{
          sections: { rows: { title: string; value: string }[] }[];
          errors: string[];
          confirmId?: string;
        }>('POST', '/orders/preview', order)
      ).body;

    it('books commission, margin and P&L in the account currency', async () => {
      const buy = await place(atMarket('USDJPY', 10_000));
      expect(buy.status).toBe(200);
      expect(await order(buy.body.orderId)).toMatchObject({
        status: OrderStatus.Filled,
        avgPrice: 150.02,
      });
      const [fill] = await executions('USDJPY');
      // 10,000 USD bought: 0.1 % of it is about 10 USD, not 1,500 "USD" of yen.
      expect(fill!.commission).toBeCloseTo(10_000 * 150.02 * 0.001 * jpy(150, 150.02), 8);
      expect(fill!.commission).toBeCloseTo(10, 1);
      let e = await equity();
      // Margin: 10,000 USD at leverage 10, about 1,000 USD.
      expect(e.marginUsed).toBeCloseTo((10_000 * 150 * jpy(150, 150.02)) / 10, 6);
      expect(e.marginUsed).toBeCloseTo(1_000, 0);

      t.market.set('USDJPY', 151.5, 151.52);
      await settle();
      const [position] = await positions();
      const marked = (151.5 - 150.02) * 10_000 * jpy(151.5, 151.52);
      expect(position!.unrealizedPl).toBeCloseTo(marked, 6);
      expect(position!.unrealizedPl).toBeCloseTo(97.68, 1);
      e = await equity();
      expect(e.unrealizedPL).toBeCloseTo(marked, 6);

      await place(atMarket('USDJPY', 10_000, Side.Sell));
      e = await equity();
      expect(e.realizedPL).toBeCloseTo(marked, 6);
      const fees = (await executions('USDJPY')).reduce((sum, x) => sum + x.commission, 0);
      expect(e.balance).toBeCloseTo(100_000 + marked - fees, 6);
    });

    it('previews a leverage change with the margin in the account currency', async () => {
      await place(atMarket('USDJPY', 10_000));
      const { body } = await api<{ infos: string[] }>('POST', '/leverage/preview', {
        symbol: 'USDJPY',
        orderType: OrderType.Market,
        side: Side.Buy,
        leverage: 20,
      });
      // 10,000 USD valued at the bid (150.00 yen) and 1 / 150.01 USD a yen, as the account
      // counts it: 999.93 USD at 10, half at 20.
      expect(body.infos).toEqual([
        'Leverage of USDJPY: 10 → 20',
        'Margin of the open position: 999.93 USD → 499.97 USD',
      ]);
      expect((await equity()).marginUsed).toBeCloseTo(999.93, 2);
    });

    it('refuses a leverage that would leave negative margin available, and changes nothing', async () => {
      // 9,000 USD of position on 1,000 USD deposited: about 900 USD of margin at leverage 10,
      // about 9,000 at leverage 1 — more than the account has.
      const small = await startBrokerApp(kind, { deposit: 1_000 });
      try {
        await small.app.inject({
          method: 'POST',
          url: '/api/v1/broker/orders',
          payload: atMarket('USDJPY', 9_000),
        });
        const request = {
          symbol: 'USDJPY',
          orderType: OrderType.Market,
          side: Side.Buy,
          leverage: 1,
        };
        const preview = await small.app.inject({
          method: 'POST',
          url: '/api/v1/broker/leverage/preview',
          payload: request,
        });
        expect(preview.json<{ errors: string[] }>().errors).toEqual([
          expect.stringMatching(
            /^leverage: 1 would need 8,99\d\.\d\d USD of margin, more than the equity of 99\d\.\d\d$/,
          ),
        ]);
        const set = await small.app.inject({
          method: 'PUT',
          url: '/api/v1/broker/leverage/set',
          payload: request,
        });
        expect(set.statusCode).toBe(400);
        const info = await small.app.inject({
          method: 'GET',
          url: '/api/v1/broker/leverage/info?symbol=USDJPY&orderType=2&side=1',
        });
        expect(info.json<{ leverage: number }>().leverage).toBe(10);

        // A loss takes margin available below 0: raising the leverage, which frees margin,
        // is still allowed.
        small.market.set('USDJPY', 140, 140.02);
        await new Promise((resolve) => setTimeout(resolve, 30));
        const raised = await small.app.inject({
          method: 'PUT',
          url: '/api/v1/broker/leverage/set',
          payload: { ...request, leverage: 20 },
        });
        expect(raised.statusCode).toBe(200);
      } finally {
        await small.close();
      }
    });

    it('converts a stock in euros through EURUSD', async () => {
      await place(atMarket('SAP', 10));
      t.market.set('SAP', 210, 210.1);
      await settle();
      const [position] = await positions();
      expect(position!.unrealizedPl).toBeCloseTo((210 - 200.1) * 10 * 1.10001, 6);
    });

    it('shows the conversion in the preview, with commission and margin in USD', async () => {
      const body = await preview(atMarket('USDJPY', 10_000));
      const rows = Object.fromEntries(body.sections[0]!.rows.map((r) => [r.title, r.value]));
      expect(rows).toMatchObject({
        'Estimated price': '150.020 JPY',
        'Estimated value': '1,500,200.00 JPY',
        Conversion: '1 JPY = 0.0066662 USD',
        Commission: '10.00 USD',
        'Margin (leverage 10)': '1,000.07 USD',
        'Margin available': '100,000.00 USD',
      });
    });

    it('refuses an instrument whose currency no listed pair converts, and changes nothing', async () => {
      const refused = await place(atMarket('NESN', 1));
      expect(refused.status).toBe(400);
      expect(refused.body.message).toBe(
        'Prices in CHF cannot be converted to the account currency USD: no CHF/USD rate is listed',
      );
      expect(await orders()).toEqual([]);
      const body = await preview(atMarket('NESN', 1));
      expect(body.errors).toEqual([
        'Prices in CHF cannot be converted to the account currency USD: no CHF/USD rate is listed',
      ]);
      expect(body.confirmId).toBeUndefined();
    });
  });

  describe('account', () => {
    it('describes the demo account', async () => {
      expect((await api('GET', '/account')).body).toEqual({
        id: 'DEMO-ACCOUNT',
        name: 'Demo Trading Account',
        currency: 'USD',
      });
    });

    it('previews an order with price, value, commission and margin', async () => {
      const { body } = await api<{
        sections: { rows: { title: string; value: string }[] }[];
        errors: string[];
        confirmId?: string;
      }>('POST', '/orders/preview', {
        symbol: 'BTCUSD',
        type: OrderType.Market,
        side: Side.Buy,
        qty: 10,
      });
      const rows = Object.fromEntries(body.sections[0]!.rows.map((r) => [r.title, r.value]));
      expect(rows).toMatchObject({
        'Estimated price': '100.10 USD',
        'Estimated value': '1,001.00 USD',
        Commission: '1.00 USD',
        'Margin (leverage 10)': '100.10 USD',
      });
      expect(body.errors).toEqual([]);
      expect(body.confirmId).toBeDefined();
      expect(await orders()).toEqual([]);
    });
  });
});
