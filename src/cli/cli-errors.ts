import { DataDirLockedError } from '../db/data-dir-lock.js';
import { PendingMigrationsError } from '../db/migrations.js';
import { ConfigError } from '../server/config.js';

const expectedErrors = [DataDirLockedError, PendingMigrationsError, ConfigError];

/** Errors an operator can fix get their message alone; anything else also gets its stack. */
export function describeCliError(error: unknown): string {
  if (expectedErrors.some((kind) => error instanceof kind)) return (error as Error).message;
  const connection = findConnectionError(error);
  if (connection) return `Could not open the PostgreSQL database named by DATABASE_URL: ${connection.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

// Refused, unknown host, bad password, no such database; drizzle wraps the driver's error as `cause`.
const connectionCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', '28P01', '28000', '3D000']);

function findConnectionError(error: unknown): Error | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code && connectionCodes.has(code)) return current;
    if (current instanceof AggregateError && current.errors[0] instanceof Error) return findConnectionError(current.errors[0]);
  }
  return undefined;
}
