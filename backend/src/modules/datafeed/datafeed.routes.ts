import { Type } from 'typebox';
import { errorResponses } from '../../models/common.js';
import {
  BarsQuerySchema,
  BarsResponseSchema,
  type BarsResponse,
} from '../../models/market/bars.js';
import { DatafeedConfigurationSchema } from '../../models/market/configuration.js';
import { SymbolInfoSchema, TickerSchema } from '../../models/market/instruments.js';
import { QuoteDataSchema, QuotesRequestSchema } from '../../models/market/quotes.js';
import { SessionsQuerySchema, SessionsResponseSchema } from '../../models/market/sessions.js';
import { SearchQuerySchema, SearchResultItemSchema } from '../../models/market/search.js';
import type { TypedApp } from '../../shared/http/typed-app.js';
import type { DatafeedApi } from './datafeed.api.js';

const tags = ['datafeed'];

export function datafeedRoutes(app: TypedApp, api: DatafeedApi): void {
  app.get(
    '/config',
    {
      schema: {
        operationId: 'getDatafeedConfiguration',
        summary: 'Resolutions, exchanges and symbol types the datafeed supports',
        tags,
        response: { 200: DatafeedConfigurationSchema, ...errorResponses },
      },
    },
    () => api.configuration(),
  );

  app.get(
    '/search',
    {
      schema: {
        operationId: 'searchSymbols',
        summary: 'Instruments matching a text, best matches first',
        tags,
        querystring: SearchQuerySchema,
        response: { 200: Type.Array(SearchResultItemSchema), ...errorResponses },
      },
    },
    (request) => api.search(request.query),
  );

  app.get(
    '/resolve/:symbol',
    {
      schema: {
        operationId: 'resolveSymbol',
        summary: 'Everything a chart needs to know of an instrument',
        tags,
        params: Type.Object({ symbol: TickerSchema }),
        response: { 200: SymbolInfoSchema, ...errorResponses },
      },
    },
    (request) => api.resolve(request.params.symbol),
  );

  app.get(
    '/sessions',
    {
      schema: {
        operationId: 'getSessions',
        summary: 'Trading sessions of an instrument: the one in progress, then the next ones',
        tags,
        querystring: SessionsQuerySchema,
        response: { 200: SessionsResponseSchema, ...errorResponses },
      },
    },
    (request) => api.sessions(request.query),
  );

  app.get(
    '/bars',
    {
      schema: {
        operationId: 'getBars',
        summary: 'Historical bars in [from_time, to_time), ascending',
        tags,
        querystring: BarsQuerySchema,
        response: { 200: BarsResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // Already the JSON bytes of a BarsResponse: Fastify sends a Buffer as is; the schema documents it.
      const json = api.getBarsJson(request.query) as unknown as BarsResponse;
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );

  app.post(
    '/quotes',
    {
      schema: {
        operationId: 'getQuotes',
        summary: 'Current quotes; an unknown symbol gets an s: "error" entry',
        tags,
        body: QuotesRequestSchema,
        response: { 200: Type.Array(QuoteDataSchema), ...errorResponses },
      },
    },
    (request) => api.getQuotes(request.body.symbols),
  );
}
