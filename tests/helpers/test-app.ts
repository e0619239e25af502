import type { FastifyInstance } from 'fastify';
import { readJournal } from '../../src/db/migrations.js';
import { buildApp } from '../../src/server/app.js';
import type { AppConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';
import type { Mail } from '../../src/server/outbox/mailer.js';
import { readPackageVersion } from '../../src/server/version.js';
import type { TestDatabase } from './test-database.js';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: '/nonexistent',
    siteOrganisation: undefined,
    logLevel: 'silent',
    version: readPackageVersion(),
    session: { idleMinutes: 15, absoluteHours: 12 },
    trustProxy: false,
    publicUrl: 'http://clinic.test',
    mfaRequiredRoles: ['admin', 'medical-director', 'prescriber', 'nurse'],
    ...overrides,
  };
}

export const fixedNow = new Date('2026-11-27T15:00:00Z');

/** A clock tests move by hand: sessions, back-off and TOTP steps become deterministic. */
export class TestClock {
  private current: number;
  constructor(start: Date = fixedNow) {
    this.current = start.getTime();
  }
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current += ms;
  }
}

export interface TestAppOptions {
  config?: Partial<AppConfig>;
  clock?: TestClock;
  /** Receives what the app e-mails; a test reads links from it. */
  sentMail?: Mail[];
  /** Adds routes before the app is ready (for testing plugins with routes of the test's own). */
  extend?: (app: FastifyInstance) => void | Promise<void>;
}

/** The real app on a test database, driven through `app.inject()`. */
export async function createTestApp(database: TestDatabase, options: TestAppOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp({
    database,
    config: testConfig(options.config),
    logger: createLogger('silent'),
    now: options.clock?.now ?? (() => fixedNow),
    journal: readJournal(),
    webRoot: null,
    mailer: { send: async (mail) => void options.sentMail?.push(mail) },
  });
  await options.extend?.(app);
  await app.ready();
  return app;
}
