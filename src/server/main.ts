import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createDb } from '../db/create-db.js';
import type { DatabaseHandle } from '../db/database.js';
import { loadDemoClinic } from '../db/demo/load-demo-clinic.js';
import { readJournal } from '../db/migrations.js';
import { countOrganisations } from '../db/repos/organisations-repo.js';
import { buildApp } from './app.js';
import type { AppConfig } from './config.js';
import { createLogger } from './logger.js';
import { deliverOutbox } from './outbox/deliver-outbox.js';
import { escalateOverdueSafetyTasks } from './safety/escalate-safety-tasks.js';
import { remindDueRemsForms } from './rems-form/remind-rems-forms.js';
import { remindExpiringCredentials } from './credentials/remind-expiring-credentials.js';
import { createLogMailer } from './outbox/mailer.js';

export interface StartOptions {
  config: AppConfig;
  /** Load the demo clinic when the database has no organisation yet. */
  withDemo: boolean;
  /** Where the human-readable start-up lines go (logs stay JSON on stdout). */
  announce: (line: string) => void;
}

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** <root>/dist/web, from src/server (tsx) and dist/server (built) alike. */
export const defaultWebRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options;
  const logger = createLogger(config.logLevel);
  const database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (options.withDemo && (await countOrganisations(database.db)) === 0) {
      await loadDemoClinic(database.db);
      options.announce('Loaded the synthetic demo clinic ("Demo Ketamine Clinic") into the empty database.');
    }
    const webRoot = existsSync(defaultWebRoot) ? defaultWebRoot : null;
    if (!webRoot) options.announce('The web app is not built (run `npm run build`): serving the API only.');
    const mailer = createLogMailer(logger);
    const now = () => new Date();
    const app = await buildApp({ database, config, logger, now, journal: readJournal(), webRoot, mailer });
    await app.listen({ port: config.port, host: config.host });
    // Retries what could not be delivered right after its transaction committed.
    const outboxTimer = setInterval(() => void deliverOutbox(database.db, mailer, now, logger).catch(() => {}), 30_000);
    outboxTimer.unref();
    // Overdue safety tasks go to the supervising prescribers within a minute of their deadline; REMS forms
    // nearing their 7-day deadline unsubmitted go to the care team once; credentials reaching 90/60/30 days or
    // expiry go to their holder and the credential managers once per threshold.
    const safetyTimer = setInterval(
      () =>
        void escalateOverdueSafetyTasks(database.db, now(), config.publicUrl)
          .then(async (count) => count + (await remindDueRemsForms(database.db, now(), config.publicUrl)))
          .then(async (count) => count + (await remindExpiringCredentials(database.db, now(), config.publicUrl)))
          .then((count) => (count > 0 ? deliverOutbox(database.db, mailer, now, logger) : 0))
          .catch((error: unknown) => logger.error({ err: error }, 'safety escalation failed')),
      60_000,
    );
    safetyTimer.unref();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    let stopping: Promise<void> | undefined;
    const stop = () => {
      clearInterval(outboxTimer);
      clearInterval(safetyTimer);
      stopping ??= app.close().finally(() => database.close());
      return stopping;
    };
    return { app, database, url, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Stops cleanly on SIGINT/SIGTERM (in-flight requests finish, PGlite checkpoints); a second signal forces exit. */
export function stopOnSignals(server: RunningServer, announce: (line: string) => void): void {
  let received = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) {
      announce(`${signal} again: exiting without waiting.`);
      process.exit(130);
    }
    received = true;
    announce(`${signal} received: finishing requests and closing the database…`);
    server.stop().then(
      () => {
        announce('Stopped cleanly.');
        process.exit(0);
      },
      (error: unknown) => {
        announce(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
