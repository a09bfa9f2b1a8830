/** The `message` of the backend's `{ statusCode, error, message }` error body, if it has one. */
export function backendMessage(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('message' in body)) return null;
  const { message } = body as { message: unknown };
  return typeof message === 'string' && message.trim() !== '' ? message : null;
}

/** What to tell the trader about a failure: an Error's message, or the thrown value as text. */
export function errorMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
