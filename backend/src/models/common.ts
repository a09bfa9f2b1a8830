// Primitives every module's schemas are built from.
import { Type, type Static } from 'typebox';

/** The error body of docs/contract.md#conventions: Fastify's shape, one for every 4xx/5xx. */
export const ErrorSchema = Type.Object(
  {
    statusCode: Type.Integer({ minimum: 400, maximum: 599 }),
    error: Type.String({ description: 'HTTP reason phrase, e.g. "Bad Request"' }),
    message: Type.String({ description: 'Human-readable explanation naming the offending field' }),
  },
  { title: 'Error' },
);
export type ErrorResponse = Static<typeof ErrorSchema>;

/** ISO-8601 timestamp with timezone, as produced by `Date.prototype.toISOString`. */
export const IsoDateTimeSchema = Type.String({ format: 'date-time' });

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = Type.String({ format: 'date' });

/**
 * The last second a time parameter may name: 9999-12-31T23:59:59Z. Far beyond any history, and
 * small enough that its milliseconds are an exact integer; without it `1e400` would parse as
 * Infinity and pass as an "integer".
 */
export const MAX_UNIX_SECONDS = 253_402_300_799;

/** A time parameter in Unix seconds, from the epoch to MAX_UNIX_SECONDS. */
export const UnixSecondsSchema = (description: string) =>
  Type.Integer({ minimum: 0, maximum: MAX_UNIX_SECONDS, description });

/** The error responses every route may answer, for its `response` schema. */
export const errorResponses = {
  400: ErrorSchema,
  404: ErrorSchema,
  500: ErrorSchema,
} as const;
