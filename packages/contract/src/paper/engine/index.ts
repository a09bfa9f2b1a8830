// THE paper-trading engine (ARCHITECTURE §2, §3): pure and synchronous — a book, a command or a
// quote, the market and the policy in; the changes out. The backend's broker persists them; the
// offline demo keeps them in the browser.
export * from './book.js';
export * from './commands.js';
export { Draft } from './draft.js';
export { ExpiryQueue } from './expiry-queue.js';
export * from './merge.js';
export * from './policy.js';
export * from './previews.js';
export * from './quotes.js';
export * from './request-checks.js';
export * from './types.js';
export * from './valuation.js';
export * from './broker-config.js';
export { TriggerBoard } from './trigger-board.js';
export type { TriggerSummary } from './trigger-index.js';
