import type { Database } from '../../db/database.js';
import { appendAuditEvent } from '../../db/repos/audit-repo.js';
import { enqueueEmail } from '../../db/repos/outbox-repo.js';
import { markOverdueSafetyTasksEscalated } from '../../db/repos/safety-tasks-repo.js';
import { listUsers } from '../../db/repos/users-repo.js';

/**
 * Escalates every overdue safety task to the supervising prescribers (prescribers and medical directors) of
 * its organisation: an audit entry and an e-mail each. The e-mail names no patient: it points to the queue.
 */
export async function escalateOverdueSafetyTasks(db: Database, now: Date, publicUrl: string): Promise<number> {
  return db.transaction(async (tx) => {
    const escalated = await markOverdueSafetyTasksEscalated(tx, now);
    for (const task of escalated) {
      const scope = { organisationId: task.organisationId };
      const supervisors = (await listUsers(tx, scope)).filter(
        (user) => !user.disabled && user.kind === 'staff' && user.roles.some((role) => role === 'prescriber' || role === 'medical-director'),
      );
      for (const supervisor of supervisors) {
        await enqueueEmail(
          tx,
          scope,
          {
            recipient: supervisor.email,
            subject: `Overdue ${task.severity} safety task`,
            body: `Hello ${supervisor.displayName},\n\nA ${task.severity}-severity safety task has passed its deadline without a documented response. Please review it now:\n${publicUrl}/safety\n`,
          },
          now,
        );
      }
      await appendAuditEvent(tx, scope, { action: 'safety.escalated', outcome: 'success', entity: { type: 'safety-task', id: task.id }, patientId: task.patientId, details: { severity: task.severity, notified: supervisors.length } }, now);
    }
    return escalated.length;
  });
}
