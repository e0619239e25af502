export * from './organisations.js';
export * from './audit.js';
