export * from './organisations.js';
