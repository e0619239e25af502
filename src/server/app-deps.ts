import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseHandle } from '../db/database.js';
import type { JournalEntry } from '../db/migrations.js';
import type { AppConfig } from './config.js';
import type { Mailer } from './outbox/mailer.js';

/** Everything the app needs from outside, passed in: no module-level singletons. */
export interface AppDeps {
  database: DatabaseHandle;
  config: AppConfig;
  logger: FastifyBaseLogger;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  /** The migrations this code ships, read once at start-up. */
  journal: JournalEntry[];
  /** Directory of the built web app, or null to serve the API only. */
  webRoot: string | null;
  /** Delivers what the outbox holds (e-mail with invitation and reset links). */
  mailer: Mailer;
}
