// Turns an openapi-fetch result into data or a thrown error carrying the backend's own message
// (`{ statusCode, error, message }`), so the trader reads "limitPrice is required", not "400".
import { backendMessage, errorMessage } from '../../formatting/errorMessage';
import { BrokerRequestError } from '../broker.service';

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export function messageOf(error: unknown, response: Response): string {
  return (
    backendMessage(error) ?? `${response.status} ${response.statusText || 'request failed'}`.trim()
  );
}

/** The answer's body, or a BrokerRequestError with the backend's message and status. */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (cause) {
    const reason = errorMessage(cause);
    throw new BrokerRequestError(`Cannot reach the server: ${reason}`, 0);
  }
  if (result.error !== undefined || result.data === undefined) {
    throw new BrokerRequestError(messageOf(result.error, result.response), result.response.status);
  }
  return result.data;
}

/** For an answer without a body (204): resolves when it succeeded, throws like unwrap. */
export async function succeed(request: Promise<FetchResult<unknown>>): Promise<void> {
  let result: FetchResult<unknown>;
  try {
    result = await request;
  } catch (cause) {
    throw new BrokerRequestError(`Cannot reach the server: ${errorMessage(cause)}`, 0);
  }
  if (result.error !== undefined || !result.response.ok) {
    throw new BrokerRequestError(messageOf(result.error, result.response), result.response.status);
  }
}
