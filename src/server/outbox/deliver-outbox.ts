import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database.js';
import { markDelivered, markFailed, pendingMessages } from '../../db/repos/outbox-repo.js';
import type { Mailer } from './mailer.js';

const maxAttempts = 5;

/** Sends what is waiting in the outbox; a failure is recorded and retried on the next run, up to 5 times. */
export async function deliverOutbox(db: Database, mailer: Mailer, now: () => Date, logger: FastifyBaseLogger): Promise<number> {
  let delivered = 0;
  for (const message of await pendingMessages(db, 100, maxAttempts)) {
    try {
      await mailer.send({ to: message.recipient, subject: message.subject, body: message.body });
      await markDelivered(db, message.id, now());
      delivered += 1;
    } catch (error) {
      logger.warn({ err: error, messageId: message.id }, 'outbox delivery failed');
      await markFailed(db, message.id, error instanceof Error ? error.message : String(error));
    }
  }
  return delivered;
}
