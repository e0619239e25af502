export * from './organisations.js';
export * from './patients.js';
export * from './accounts.js';
export * from './audit.js';
export * from './outbox.js';
export * from './assessments.js';
export * from './safety.js';
export * from './self-report.js';
