export * from './enums.js';
export * from './topic.js';
export * from './ws.js';
