// What a client may read (docs/contract.md#rest): history from storage, the open state from the account's
// book, valuations and previews from the engine — none of them in the account's queue.
import {
  brokerConfig,
  accountEquity,
  executionView,
  openPositions,
  leverageInfo,
  orderView,
  previewLeverage,
  previewOrder,
  type BookOrder,
  type EngineEnv,
  type OrderRequest,
} from '@trading-pro/contract/paper';
import type { AccountMetainfo } from '../../models/broker/account.js';
import type { BrokerConfig } from '../../models/broker/config.js';
import type { Snapshot } from '../../models/broker/snapshot.js';
import type { Execution } from '../../models/broker/executions.js';
import type { OrderPreviewResult, PlacedOrder } from '../../models/broker/orders.js';
import { BadRequestError } from '../../shared/http/errors.js';
import type { AccountDesk } from './broker.desk.js';
import type { BrokerRepository } from './broker.repository.js';
import { executionFromRow, orderFromRow } from './broker.rows.js';

export class BrokerQueries {
  constructor(
    private readonly desk: AccountDesk,
    private readonly repo: BrokerRepository,
    private readonly env: () => EngineEnv,
  ) {}

  account(accountId: string): AccountMetainfo {
    const { id, name, currency } = this.desk.book(accountId).account;
    return { id, name, currency };
  }

  /**
   * Every order of the account, oldest first: the working ones from its book, the rest from
   * storage. The book is read first, so an order that stops working meanwhile is found in
   * storage in its final state, never lost between the two.
   */
  async orders(accountId: string): Promise<PlacedOrder[]> {
    const working = this.desk.book(accountId).workingOrders();
    const past = await this.repo.pastOrders(accountId);
    const byId = new Map<number, BookOrder>(working.map((order) => [order.id, order]));
    for (const row of past) {
      const order = orderFromRow(row);
      byId.set(order.id, order);
    }
    return [...byId.values()].sort((a, b) => a.id - b.id).map(orderView);
  }

  async executions(accountId: string, symbol: string): Promise<Execution[]> {
    this.desk.book(accountId);
    return (await this.repo.executions(accountId, symbol)).map((row) =>
      executionView(executionFromRow(row)),
    );
  }

  /** The account as of its last change, read in its turn so that no change lands midway. */
  snapshot(accountId: string): Promise<Snapshot> {
    return this.desk.serial(accountId, async (book) => {
      const [orders, executions] = await Promise.all([
        this.orders(accountId),
        this.repo.executions(accountId),
      ]);
      const { market, policy } = this.env();
      const { id, name, currency, seq } = book.account;
      return {
        seq,
        account: { id, name, currency },
        orders,
        positions: openPositions(book, market),
        equity: accountEquity(book, market, policy),
        executions: executions.map((row) => executionView(executionFromRow(row))),
      };
    });
  }

  config(): BrokerConfig {
    return brokerConfig(this.env().policy);
  }

  previewOrder(accountId: string, pre: OrderRequest): OrderPreviewResult {
    return previewOrder(this.desk.book(accountId), this.env(), pre);
  }

  leverageInfo(accountId: string, symbol: string) {
    const env = this.env();
    const instrument = env.market.instrument(symbol);
    if (instrument === undefined) throw new BadRequestError(`symbol: unknown symbol "${symbol}"`);
    return leverageInfo(this.desk.book(accountId), env, instrument.symbol);
  }

  previewLeverage(accountId: string, symbol: string, leverage: number) {
    const env = this.env();
    const instrument = env.market.instrument(symbol);
    if (instrument === undefined) return { errors: [`symbol: unknown symbol "${symbol}"`] };
    return previewLeverage(this.desk.book(accountId), env, instrument.symbol, leverage);
  }
}
