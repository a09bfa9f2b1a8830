// TradingView's UDF protocol at `/api/v1/datafeed/udf`, so the charting library's stock
// `UDFCompatibleDatafeed` adapter works against this server with no custom JavaScript. The same
// service answers as behind the REST routes; these handlers only translate.
import { errorResponses } from '../../../models/common.js';
import { DatafeedConfigurationSchema } from '../../../models/market/configuration.js';
import { BadRequestError } from '../../../shared/http/errors.js';
import type { TypedApp } from '../../../shared/http/typed-app.js';
import type { DatafeedApi } from '../datafeed.api.js';
import {
  MAX_UDF_QUOTE_SYMBOLS,
  parseUdfResolution,
  parseUdfSymbols,
  toUdfError,
  toUdfHistory,
  toUdfNoData,
  toUdfSearchQuery,
  toUdfSymbolInfo,
} from './udf.mapping.js';
import {
  UdfHistoryQuerySchema,
  UdfHistoryResponseSchema,
  UdfQuotesQuerySchema,
  UdfQuotesResponseSchema,
  UdfSearchQuerySchema,
  UdfSearchResponseSchema,
  UdfSymbolQuerySchema,
  UdfSymbolResponseSchema,
  UdfTimeSchema,
} from './udf.schemas.js';

const tags = ['datafeed'];

export function udfRoutes(app: TypedApp, api: DatafeedApi): void {
  app.get(
    '/udf/config',
    {
      schema: {
        operationId: 'udfConfig',
        summary: 'UDF: datafeed configuration',
        tags,
        response: { 200: DatafeedConfigurationSchema, ...errorResponses },
      },
    },
    () => api.configuration(),
  );

  app.get(
    '/udf/symbols',
    {
      schema: {
        operationId: 'udfSymbols',
        summary: 'UDF: resolve a symbol; an unknown one answers s: "error"',
        tags,
        querystring: UdfSymbolQuerySchema,
        response: { 200: UdfSymbolResponseSchema, ...errorResponses },
      },
    },
    (request) => {
      try {
        return toUdfSymbolInfo(api.resolve(request.query.symbol));
      } catch (error) {
        return toUdfError(error);
      }
    },
  );

  app.get(
    '/udf/search',
    {
      schema: {
        operationId: 'udfSearch',
        summary: 'UDF: search symbols, best matches first',
        tags,
        querystring: UdfSearchQuerySchema,
        response: { 200: UdfSearchResponseSchema, ...errorResponses },
      },
    },
    (request) => api.search(toUdfSearchQuery(request.query)),
  );

  app.get(
    '/udf/history',
    {
      schema: {
        operationId: 'udfHistory',
        summary: 'UDF: bars as columns; s: "no_data" with nextTime when the range is empty',
        tags,
        querystring: UdfHistoryQuerySchema,
        response: { 200: UdfHistoryResponseSchema, ...errorResponses },
      },
    },
    (request) => {
      const { symbol, from, to, countback } = request.query;
      const resolution = parseUdfResolution(request.query.resolution);
      if (resolution === undefined) {
        return {
          s: 'error' as const,
          errmsg: `Unsupported resolution ${request.query.resolution}`,
        };
      }
      try {
        const range = { symbol, resolution, from_time: from, to_time: to, count_back: countback };
        const { bars } = api.getBars(range);
        if (bars.length > 0) return toUdfHistory(bars);
        const earlier = api.getBars({ ...range, to_time: from, count_back: 1 });
        return toUdfNoData(earlier.bars, from);
      } catch (error) {
        return toUdfError(error);
      }
    },
  );

  app.get(
    '/udf/time',
    {
      schema: {
        operationId: 'udfTime',
        summary: 'UDF: server time, Unix seconds as plain text',
        tags,
        response: {
          200: {
            description: 'Unix seconds',
            content: { 'text/plain': { schema: UdfTimeSchema } },
          },
          ...errorResponses,
        },
      },
    },
    (_request, reply) => {
      reply.type('text/plain; charset=utf-8');
      return String(Math.floor(api.now().getTime() / 1000));
    },
  );

  app.get(
    '/udf/quotes',
    {
      schema: {
        operationId: 'udfQuotes',
        summary: 'UDF: quotes of comma-separated symbols',
        tags,
        querystring: UdfQuotesQuerySchema,
        response: { 200: UdfQuotesResponseSchema, ...errorResponses },
      },
    },
    (request) => {
      const symbols = parseUdfSymbols(request.query.symbols);
      if (symbols.length === 0 || symbols.length > MAX_UDF_QUOTE_SYMBOLS) {
        throw new BadRequestError(
          `querystring/symbols must name between 1 and ${MAX_UDF_QUOTE_SYMBOLS} symbols`,
        );
      }
      return { s: 'ok' as const, d: api.getQuotes(symbols) };
    },
  );
}
