// The paper-trading rules both sides apply: the backend's broker, and the terminal's offline
// demo account, and the terminal's ticket and dialogs checking input as it is typed. One implementation, so the demo fills, nets and
// accounts exactly as the server does (docs/broker.md#orders-and-fills). Pure functions over plain numbers.
export * from './accounting.js';
export * from './brackets.js';
export * from './conversion.js';
export * from './matching.js';
export * from './money.js';
export * from './order-rules.js';
export * from './preview.js';
export * from './engine/index.js';
