// What a client may ask the broker to do (docs/contract.md#rest, docs/broker.md#accounts): each command runs in its account's turn,
// is decided by the engine, written in one transaction and announced after the commit.
import {
  cancelOrder,
  closePosition,
  modifyOrder,
  notWorkingError,
  placeOrder,
  setBrackets,
  setLeverage,
  type BracketsRequest,
  type OrderRequest,
} from '@trading-pro/contract/paper';
import type { AccountDesk } from './broker.desk.js';
import { domainError } from './broker.errors.js';
import type { BrokerRepository, BrokerTx } from './broker.repository.js';

export class BrokerCommands {
  constructor(
    private readonly desk: AccountDesk,
    private readonly repo: BrokerRepository,
  ) {}

  /** An `Idempotency-Key` makes a retry answer the first order and place nothing new. */
  async placeOrder(
    accountId: string,
    pre: OrderRequest,
    key?: string,
  ): Promise<{ orderId: string }> {
    const { orderId } = await this.desk.execute(
      accountId,
      (book, env) => placeOrder(book, env, pre),
      key === undefined
        ? {}
        : {
            before: async (tx) => {
              const existing = await this.repo.idempotentOrder(tx, accountId, key);
              return existing === undefined ? undefined : { orderId: existing };
            },
            after: (tx, result, env) =>
              this.repo.rememberIdempotencyKey(tx, accountId, key, result.orderId, env.now),
          },
    );
    return { orderId: String(orderId) };
  }

  modifyOrder(accountId: string, id: number, pre: OrderRequest): Promise<void> {
    return this.desk.execute(accountId, (book, env) => modifyOrder(book, env, id, pre), {
      prepare: (book, tx) => this.mustBeWorking(tx, accountId, book.order(id) !== undefined, id),
    });
  }

  cancelOrder(accountId: string, id: number): Promise<void> {
    return this.desk.execute(accountId, (book, env) => cancelOrder(book, env, id), {
      prepare: (book, tx) => this.mustBeWorking(tx, accountId, book.order(id) !== undefined, id),
    });
  }

  /** An order the book does not hold is unknown (404) or finished (409, with its status). */
  private async mustBeWorking(
    tx: BrokerTx,
    accountId: string,
    working: boolean,
    id: number,
  ): Promise<void> {
    if (working) return;
    throw domainError(notWorkingError(id, await this.repo.orderStatus(tx, accountId, id)));
  }

  async closePosition(
    accountId: string,
    symbol: string,
    amount?: number,
  ): Promise<{ filled: boolean }> {
    const { filled } = await this.desk.execute(accountId, (book, env) =>
      closePosition(book, env, symbol, amount),
    );
    return { filled };
  }

  setBrackets(accountId: string, symbol: string, brackets: BracketsRequest): Promise<void> {
    return this.desk.execute(accountId, (book, env) => setBrackets(book, env, symbol, brackets));
  }

  async setLeverage(accountId: string, symbol: string, leverage: number): Promise<number> {
    const result = await this.desk.execute(accountId, (book, env) =>
      setLeverage(book, env, symbol, leverage),
    );
    return result.leverage;
  }
}
