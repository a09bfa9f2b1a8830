// What one fill changes, written inside the caller's transaction on a draft of the book: the
// order, the execution, the position, the account's totals, and the position's exit orders
// (created from the filled order's brackets, resized with the position, cancelled when it is
// flat or reverses — which also makes them one-cancels-other).
import { OrderStatus, OrderType, ParentType, StopType } from '@trading-pro/contract';
import type { InstrumentSpec, LiveQuote } from '../../shared/ports/quote-source.js';
import type { BrokerRepository, BrokerTx } from './broker.repository.js';
import type { ExecutionRow } from './broker.tables.js';
import { AccountBook, isExit, orderToRow, type Order } from './broker.domain.js';
import {
  applyFill,
  commission,
  exitSide,
  trailingStopPrice,
  roundMoney,
  roundQuantity,
  pipSize,
} from '@trading-pro/contract/paper';

/** What a committed change tells the world, collected while the transaction runs. */
export class ChangeSet {
  readonly orders = new Map<number, Order>();
  readonly executions: ExecutionRow[] = [];
  readonly symbols = new Set<string>();

  order(order: Order): void {
    this.orders.set(order.id, { ...order });
  }
}

export interface FillContext {
  repo: BrokerRepository;
  tx: BrokerTx;
  book: AccountBook;
  changes: ChangeSet;
  commissionRate: number;
  now: number;
}

export async function saveOrder(ctx: FillContext, order: Order): Promise<void> {
  order.updatedAt = ctx.now;
  await ctx.repo.updateOrder(ctx.tx, orderToRow(order));
  if (order.status === OrderStatus.Working) ctx.book.working.set(order.id, order);
  else ctx.book.working.delete(order.id);
  ctx.changes.order(order);
}

/**
 * Fills the rest of `order` at `price`; `fx` converts the instrument's currency into the
 * account's (commission and realised P&L are booked in the account currency, at the fill).
 */
export async function fillOrder(
  ctx: FillContext,
  order: Order,
  price: number,
  instrument: InstrumentSpec,
  quote: LiveQuote,
  fx: number,
): Promise<void> {
  const { book, repo, tx } = ctx;
  const qty = roundQuantity(order.qty - order.filledQty);
  const fee = commission(qty, price, ctx.commissionRate, fx);
  const before = book.positions.get(order.symbol);
  const { position, realizedPL } = applyFill(before, { side: order.side, qty, price }, fx);

  const [executionId] = await repo.nextIds(tx, 'executions');
  const execution: ExecutionRow = {
    id: executionId!,
    account_id: book.account.id,
    order_id: order.id,
    symbol: order.symbol,
    price,
    qty,
    side: order.side,
    time: ctx.now,
    commission: fee,
  };
  await repo.insertExecution(tx, execution);
  ctx.changes.executions.push(execution);

  order.filledQty = order.qty;
  order.avgPrice = price;
  order.status = OrderStatus.Filled;
  await saveOrder(ctx, order);

  book.positions.set(order.symbol, position);
  await repo.savePosition(tx, {
    account_id: book.account.id,
    symbol: order.symbol,
    qty: position.qty,
    avg_price: position.avgPrice,
    updated_at: ctx.now,
  });
  book.account.realizedPL = roundMoney(book.account.realizedPL + realizedPL);
  book.account.commissions = roundMoney(book.account.commissions + fee);
  await repo.addToTotals(tx, book.account.id, realizedPL, fee);
  ctx.changes.symbols.add(order.symbol);

  const reversed =
    before !== undefined && before.qty !== 0 && Math.sign(before.qty) !== Math.sign(position.qty);
  const brackets = isExit(order) ? undefined : bracketsOf(order);
  await syncExits(ctx, order.symbol, instrument, quote, { brackets, reset: reversed });
}

export interface BracketSet {
  takeProfit?: number;
  stopLoss?: number;
  guaranteedStop?: number;
  trailingStopPips?: number;
}

function bracketsOf(order: Order): BracketSet | undefined {
  const set: BracketSet = {
    takeProfit: order.takeProfit,
    stopLoss: order.stopLoss,
    guaranteedStop: order.guaranteedStop,
    trailingStopPips: order.trailingStopPips,
  };
  return Object.values(set).some((v) => v !== undefined) ? set : undefined;
}

/**
 * Makes the position's exit orders match the position: none when flat; replaced when new
 * brackets are given; cancelled when the position reversed; otherwise resized to its quantity.
 */
export async function syncExits(
  ctx: FillContext,
  symbol: string,
  instrument: InstrumentSpec,
  quote: LiveQuote,
  options: { brackets?: BracketSet; reset?: boolean },
): Promise<void> {
  const position = ctx.book.positions.get(symbol);
  const size = Math.abs(position?.qty ?? 0);
  const exits = ctx.book.exitsOf(symbol);
  const replace = size === 0 || options.brackets !== undefined || options.reset === true;
  if (replace) {
    for (const exit of exits) {
      exit.status = OrderStatus.Canceled;
      await saveOrder(ctx, exit);
    }
    if (size > 0 && options.brackets !== undefined) {
      await createExits(ctx, symbol, options.brackets, instrument, quote);
    }
    return;
  }
  for (const exit of exits) {
    if (exit.qty === size) continue;
    exit.qty = size;
    await saveOrder(ctx, exit);
  }
}

async function createExits(
  ctx: FillContext,
  symbol: string,
  brackets: BracketSet,
  instrument: InstrumentSpec,
  quote: LiveQuote,
): Promise<void> {
  const position = ctx.book.positions.get(symbol)!;
  const side = exitSide(AccountBook.sideOf(position));
  const base = {
    accountId: ctx.book.account.id,
    symbol,
    side,
    qty: Math.abs(position.qty),
    status: OrderStatus.Working,
    filledQty: 0,
    avgPrice: 0,
    parentId: symbol,
    parentType: ParentType.Position,
    triggered: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  } as const;
  const exits: Omit<Order, 'id'>[] = [];
  if (brackets.takeProfit !== undefined) {
    exits.push({ ...base, type: OrderType.Limit, limitPrice: brackets.takeProfit });
  }
  const stop = brackets.guaranteedStop ?? brackets.stopLoss;
  if (stop !== undefined) {
    exits.push({
      ...base,
      type: OrderType.Stop,
      stopPrice: stop,
      stopType: brackets.guaranteedStop !== undefined ? StopType.GuaranteedStop : StopType.StopLoss,
      ...(brackets.guaranteedStop !== undefined ? { guaranteedStop: brackets.guaranteedStop } : {}),
    });
  } else if (brackets.trailingStopPips !== undefined) {
    exits.push({
      ...base,
      type: OrderType.Stop,
      stopType: StopType.TrailingStop,
      trailingStopPips: brackets.trailingStopPips,
      stopPrice: trailingStopPrice({
        positionSide: AccountBook.sideOf(position),
        quote,
        pips: brackets.trailingStopPips,
        pipSize: pipSize(instrument),
      }),
    });
  }
  const ids = await ctx.repo.nextIds(ctx.tx, 'orders', exits.length);
  for (const [i, exit] of exits.entries()) {
    const order: Order = { ...exit, id: ids[i]! };
    await ctx.repo.insertOrder(ctx.tx, orderToRow(order));
    ctx.book.working.set(order.id, order);
    ctx.changes.order(order);
  }
}
