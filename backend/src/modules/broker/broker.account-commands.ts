// Managing paper accounts (docs/broker.md#accounts): create, rename, reset, delete. Renames and resets are
// changes of the account like any other (numbered, announced); a new account starts its own
// sequence; the last account cannot be deleted.
import {
  accountNameErrors,
  conversionRoute,
  renameAccount,
  resetAccount,
  type EngineEnv,
} from '@trading-pro/contract/paper';
import type { AccountMetainfo, CreateAccount } from '../../models/broker/account.js';
import { BadRequestError, ConflictError } from '../../shared/http/errors.js';
import { newAccountRow } from './broker.accounts.js';
import type { AccountDesk } from './broker.desk.js';
import { ServiceUnavailableError } from './broker.errors.js';
import type { BrokerRepository } from './broker.repository.js';

const metainfo = ({ id, name, currency }: AccountMetainfo): AccountMetainfo => ({
  id,
  name,
  currency,
});

export class AccountCommands {
  constructor(
    private readonly desk: AccountDesk,
    private readonly repo: BrokerRepository,
    private readonly env: () => EngineEnv,
  ) {}

  list(): AccountMetainfo[] {
    return this.desk.accountIds().map((id) => metainfo(this.desk.book(id).account));
  }

  async create(request: CreateAccount): Promise<AccountMetainfo> {
    const errors = accountNameErrors(request.name);
    if (errors.length > 0) throw new BadRequestError(errors.join('; '));
    const env = this.env();
    const currency = request.currency ?? 'USD';
    this.checkCurrency(env, currency);
    const row = newAccountRow({
      name: request.name.trim(),
      currency,
      deposit: request.deposit ?? env.policy.deposit,
      now: env.now,
    });
    await this.repo.insertAccount(row);
    await this.desk.reload(row.id);
    return metainfo(this.desk.book(row.id).account);
  }

  /** A currency the catalogue converts: dollars, or one a listed pair relates to dollars. */
  private checkCurrency(env: EngineEnv, currency: string): void {
    if (currency === 'USD') return;
    const listed = (symbol: string) => env.market.instrument(symbol) !== undefined;
    if (!listed('EURUSD') && !listed('USDJPY')) {
      throw new ServiceUnavailableError(
        `Market data is unavailable: cannot check that ${currency} is a currency the catalogue converts`,
      );
    }
    if (conversionRoute(currency, 'USD', listed)?.pair === undefined) {
      throw new BadRequestError(
        `currency: ${currency} is not a currency the catalogue converts (no ${currency}/USD pair is listed)`,
      );
    }
  }

  async rename(accountId: string, name: string): Promise<AccountMetainfo> {
    await this.desk.execute(accountId, (book, env) => renameAccount(book, env, name));
    return metainfo(this.desk.book(accountId).account);
  }

  async reset(accountId: string): Promise<AccountMetainfo> {
    await this.desk.execute(accountId, (book, env) => resetAccount(book, env), { alone: true });
    return metainfo(this.desk.book(accountId).account);
  }

  async remove(accountId: string): Promise<void> {
    await this.desk.serial(accountId, async () => {
      if (this.desk.accountIds().length <= 1) {
        throw new ConflictError(`account ${accountId} is the last account; it cannot be deleted`);
      }
      await this.repo.deleteAccount(accountId);
      this.desk.forget(accountId);
    });
  }
}
