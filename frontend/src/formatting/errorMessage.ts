/** What to tell the trader about a failure: an Error's message, or the thrown value as text. */
export function errorMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
