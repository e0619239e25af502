import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database.js';
import { claimNextMessage, markDelivered, markFailed } from '../../db/repos/outbox-repo.js';
import type { Mailer } from './mailer.js';

const maxAttempts = 5;

/**
 * Sends what is waiting in the outbox, one message per transaction holding its row lock, so processes running
 * this at once share the work instead of each sending everything. A failure is recorded and retried on the next
 * run, up to 5 times.
 */
export async function deliverOutbox(db: Database, mailer: Mailer, now: () => Date, logger: FastifyBaseLogger): Promise<number> {
  let delivered = 0;
  const tried: string[] = [];
  while (tried.length < 100) {
    const outcome = await db.transaction(async (tx) => {
      const message = await claimNextMessage(tx, maxAttempts, tried);
      if (!message) return 'none' as const;
      tried.push(message.id);
      try {
        await mailer.send({ to: message.recipient, subject: message.subject, body: message.body });
        await markDelivered(tx, message.id, now());
        return 'sent' as const;
      } catch (error) {
        logger.warn({ err: error, messageId: message.id }, 'outbox delivery failed');
        await markFailed(tx, message.id, error instanceof Error ? error.message : String(error));
        return 'failed' as const;
      }
    });
    if (outcome === 'none') break;
    if (outcome === 'sent') delivered += 1;
  }
  return delivered;
}
