import { DataDirLockedError } from '../db/data-dir-lock.js';
import { PendingMigrationsError } from '../db/migrations.js';
import { ConfigError } from '../server/config.js';

const expectedErrors = [DataDirLockedError, PendingMigrationsError, ConfigError];

/** Errors an operator can fix get their message alone; anything else also gets its stack. */
export function describeCliError(error: unknown): string {
  if (expectedErrors.some((kind) => error instanceof kind)) return (error as Error).message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000') {
    return `Could not open the PostgreSQL database named by DATABASE_URL: ${(error as Error).message}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
