// Domain errors a service may throw, and their one mapping to HTTP (docs/contract.md#conventions). Services speak of
// "not found" and "conflict"; only this file knows those are 404 and 409.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export class DomainError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export class BadRequestError extends DomainError {
  override name = 'BadRequestError';
  constructor(message: string) {
    super(400, message);
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super(404, message);
  }
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  constructor(message: string) {
    super(409, message);
  }
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

export function errorBody(statusCode: number, message: string): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

function statusOf(error: FastifyError | DomainError | Error): number {
  const code = (error as { statusCode?: unknown }).statusCode;
  return typeof code === 'number' && code >= 400 && code <= 599 ? code : 500;
}

/**
 * Every error leaves in the same shape. Client errors keep their message (Fastify's validation
 * messages name the field, e.g. "body/qty must be > 0"), and so do the domain's own 5xx (a 503
 * that says what is unavailable); anything unexpected is logged with its stack and answered with
 * a generic 500 that leaks nothing.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const statusCode = statusOf(error);
    if (statusCode >= 500 && error instanceof DomainError) {
      request.log.warn({ statusCode, reason: error.message }, 'request not served');
      return reply.status(statusCode).send(errorBody(statusCode, error.message));
    }
    if (statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.status(statusCode).send(errorBody(statusCode, 'Internal server error'));
    }
    request.log.info({ statusCode, reason: error.message }, 'request rejected');
    return reply.status(statusCode).send(errorBody(statusCode, error.message));
  });
}
