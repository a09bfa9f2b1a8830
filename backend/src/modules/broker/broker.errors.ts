// The engine's refusals as the HTTP errors a client sees (docs/contract.md#conventions): invalid 400, not found 404,
// conflict 409, unavailable 503 — mapped here only.
import { EngineError } from '@trading-pro/contract/paper';
import {
  BadRequestError,
  ConflictError,
  DomainError,
  NotFoundError,
} from '../../shared/http/errors.js';
import { StaleBookError } from './broker.repository.js';

export class ServiceUnavailableError extends DomainError {
  override name = 'ServiceUnavailableError';
  constructor(message: string) {
    super(503, message);
  }
}

export function domainError(error: unknown): unknown {
  if (error instanceof StaleBookError) {
    return new ConflictError('The account changed while the request was decided; try again');
  }
  if (!(error instanceof EngineError)) return error;
  switch (error.kind) {
    case 'invalid':
      return new BadRequestError(error.message);
    case 'not-found':
      return new NotFoundError(error.message);
    case 'conflict':
      return new ConflictError(error.message);
    case 'unavailable':
      return new ServiceUnavailableError(error.message);
  }
}
