// What every broker route shares: the started broker, the account a request acts on (docs/broker.md#accounts:
// `X-Account-Id`, else the oldest account; an account this broker does not hold is 404), and
// the refusal of trading without market data.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { IdempotencyHeadersSchema } from '../../models/broker/orders.js';
import { errorResponses, ErrorSchema } from '../../models/common.js';
import type { AccountCommands } from './broker.account-commands.js';
import { ACCOUNT_HEADER } from './broker.accounts.js';
import type { BrokerCommands } from './broker.commands.js';
import type { ConnectionMonitor } from './broker.connection.js';
import type { AccountDesk } from './broker.desk.js';
import { ServiceUnavailableError } from './broker.errors.js';
import type { BrokerQueries } from './broker.queries.js';
import type { QuoteLoop } from './broker.quote-loop.js';
import type { BrokerRepository } from './broker.repository.js';
import type { Valuation } from './broker.valuation.js';
import type { StreamSources } from './broker.ws.js';
import type { QuoteSource } from '../../shared/ports/quote-source.js';

/** The broker once started: what its routes and streams use. */
export interface BrokerApi {
  commands: BrokerCommands;
  accounts: AccountCommands;
  queries: BrokerQueries;
  valuation: Valuation;
  desk: AccountDesk;
  repo: BrokerRepository;
  connection: ConnectionMonitor;
  quotes: QuoteLoop;
  /** The quote source in reach, if any. */
  market(): QuoteSource | undefined;
  streams: StreamSources;
}

export const tags = ['broker'];
export const withErrors = { ...errorResponses, 409: ErrorSchema, 503: ErrorSchema };

export const AccountHeadersSchema = Type.Object({
  [ACCOUNT_HEADER]: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'The account to act on; the oldest account when absent',
    }),
  ),
});

export const PlaceHeadersSchema = Type.Object({
  ...AccountHeadersSchema.properties,
  ...IdempotencyHeadersSchema.properties,
});

export function routeContext(broker: () => BrokerApi) {
  return {
    /** The account the request names (404 when this broker holds no such account), or the oldest. */
    accountOf(request: FastifyRequest): string {
      const { desk } = broker();
      const named = request.headers[ACCOUNT_HEADER];
      if (typeof named === 'string') {
        desk.book(named);
        return named;
      }
      const oldest = desk.accountIds()[0];
      if (oldest === undefined) throw new ServiceUnavailableError('The broker holds no account');
      return oldest;
    },
    /**
     * Orders need prices: without market data in reach, 503 says so. With `symbol`, the market
     * data of that symbol is made ready first (a datafeed in another process is asked for it).
     */
    async trading(symbol?: string): Promise<BrokerApi> {
      const api = broker();
      const source = api.market();
      if (source === undefined) {
        throw new ServiceUnavailableError(
          'Market data is unavailable: no quote source reaches the broker, so orders cannot be priced or filled',
        );
      }
      // prepare waits a moment for a link being re-established; without it the answer is now.
      if (symbol !== undefined && source.prepare !== undefined) {
        try {
          await source.prepare(symbol);
        } catch (error) {
          throw new ServiceUnavailableError(
            `Market data is unavailable: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      } else {
        const link = source.link?.();
        if (link !== undefined && !link.up)
          throw new ServiceUnavailableError(`Market data is unavailable: ${link.reason}`);
      }
      return api;
    },
  };
}
