import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { remsFormDueBy, remsFormUrgency } from '../../domain/rems-form/build-monitoring-form.js';
import type { Database } from '../../db/database.js';
import { appendAuditEvent } from '../../db/repos/audit-repo.js';
import { enqueueEmail } from '../../db/repos/outbox-repo.js';
import { listUsers } from '../../db/repos/users-repo.js';
import { remsFormReminders, remsFormSubmissions, sessionDeviceAdministrations, treatmentSessions } from '../../db/schema/index.js';

/**
 * Once a session's REMS monitoring form is due within two days (or late) and still unsubmitted, e-mails the
 * clinic's nurses and prescribers once. The e-mail names no patient: it points to the queue.
 */
export async function remindDueRemsForms(db: Database, now: Date, publicUrl: string): Promise<number> {
  return db.transaction(async (tx) => {
    const pending = await tx
      .select({ organisationId: treatmentSessions.organisationId, sessionId: treatmentSessions.id, firstDeviceAt: sql<Date>`min(${sessionDeviceAdministrations.administeredAt})`.mapWith((value: string | Date) => new Date(value)) })
      .from(treatmentSessions)
      .innerJoin(sessionDeviceAdministrations, and(eq(sessionDeviceAdministrations.organisationId, treatmentSessions.organisationId), eq(sessionDeviceAdministrations.sessionId, treatmentSessions.id)))
      .leftJoin(remsFormSubmissions, and(eq(remsFormSubmissions.organisationId, treatmentSessions.organisationId), eq(remsFormSubmissions.sessionId, treatmentSessions.id)))
      .leftJoin(remsFormReminders, and(eq(remsFormReminders.organisationId, treatmentSessions.organisationId), eq(remsFormReminders.sessionId, treatmentSessions.id)))
      .where(and(eq(treatmentSessions.route, 'intranasal-esketamine'), isNotNull(treatmentSessions.dosingStartedAt), sql`${remsFormSubmissions.id} is null`, sql`${remsFormReminders.id} is null`))
      .groupBy(treatmentSessions.organisationId, treatmentSessions.id);
    let reminded = 0;
    for (const form of pending) {
      const dueBy = remsFormDueBy(form.firstDeviceAt);
      const urgency = remsFormUrgency(dueBy, now);
      if (urgency === 'ok') continue;
      const scope = { organisationId: form.organisationId };
      const inserted = await tx.insert(remsFormReminders).values({ organisationId: form.organisationId, sessionId: form.sessionId, remindedAt: now }).onConflictDoNothing().returning({ id: remsFormReminders.id });
      if (inserted.length === 0) continue;
      const team = (await listUsers(tx, scope)).filter((user) => !user.disabled && user.kind === 'staff' && user.roles.some((role) => role === 'nurse' || role === 'prescriber' || role === 'medical-director'));
      for (const member of team) {
        await enqueueEmail(
          tx,
          scope,
          {
            recipient: member.email,
            subject: urgency === 'overdue' ? 'A Spravato REMS monitoring form is overdue' : 'A Spravato REMS monitoring form is due soon',
            body: `Hello ${member.displayName},\n\nA Spravato REMS Patient Monitoring Form is due by ${dueBy.toISOString().slice(0, 16).replace('T', ' ')} UTC and has not been submitted. Please complete and submit it:\n${publicUrl}/rems-forms\n`,
          },
          now,
        );
      }
      await appendAuditEvent(tx, scope, { action: 'rems-form.reminded', outcome: 'success', entity: { type: 'treatment-session', id: form.sessionId }, details: { urgency, notified: team.length } }, now);
      reminded += 1;
    }
    return reminded;
  });
}
