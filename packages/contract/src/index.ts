export * from './enums.js';
export * from './symbol-search.js';
export * from './topic.js';
export * from './ws.js';
