import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic } from '../../../tests/helpers/test-clinic.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { enqueueEmail } from '../../db/repos/outbox-repo.js';
import { deliverOutbox } from './deliver-outbox.js';
import type { Mail, Mailer } from './mailer.js';

describe('delivering the outbox', () => {
  let database: TestDatabase;
  const logger = pino({ level: 'silent' });
  const now = () => new Date('2026-11-30T14:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('sends each message once when two processes deliver at the same moment, and retries a failure later', async () => {
    const clinic = await createTestClinic(database.db);
    for (let index = 1; index <= 20; index += 1) {
      await enqueueEmail(database.db, { organisationId: clinic.id }, { recipient: `staff-${index}@example.test`, subject: `Reminder ${index}`, body: 'Synthetic test message.' }, now());
    }
    const sent: string[] = [];
    let failOnce = true;
    const mailer: Mailer = {
      async send(mail: Mail) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        if (mail.to === 'staff-7@example.test' && failOnce) {
          failOnce = false;
          throw new Error('SMTP 451 try again later');
        }
        sent.push(mail.to);
      },
    };
    const [first, second] = await Promise.all([deliverOutbox(database.db, mailer, now, logger), deliverOutbox(database.db, mailer, now, logger)]);
    const third = await deliverOutbox(database.db, mailer, now, logger);
    // The failed one is sent by whichever run comes to it next; nothing is sent twice.
    expect(first + second + third).toBe(20);
    expect(sent).toHaveLength(20);
    expect(new Set(sent).size).toBe(20);
    expect(await deliverOutbox(database.db, mailer, now, logger)).toBe(0);
  });
});
