import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { appendAuditEvent, type AuditEventInput } from '../../../db/repos/audit-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { notifyFloorChange } from '../../floor/floor-events.js';
import { auditContext, scopeOf } from '../../plugins/request-auth.js';
import { loadSessionContext, refreshSessionContext, type SessionContext } from './session-context.js';
import { sessionStatus } from './session-status.js';
import { sessionView } from './session-view.js';
import type { SessionResponse } from './sessions.schemas.js';

export type SessionChange = (tx: Database, context: SessionContext, now: Date) => Promise<{ audit: Pick<AuditEventInput, 'action'> & Partial<AuditEventInput> } | { refused: AppError; audit?: Pick<AuditEventInput, 'action'> & Partial<AuditEventInput> }>;

/**
 * Runs one change to a session in a transaction that holds the session's row lock, so two nurses on one chart
 * take turns; checks the revision the client read (when sent), audits, tells the floor, and answers the chart.
 * A refusal that should be audited (a blocked transition) is committed as an audit entry, then thrown.
 */
export async function changeSession(deps: AppDeps, request: FastifyRequest, sessionId: string, revision: number | undefined, change: SessionChange): Promise<SessionResponse> {
  const scope = scopeOf(request);
  const now = deps.now();
  const outcome = await deps.database.db.transaction(async (tx) => {
    const context = await loadSessionContext(tx, scope, sessionId, { forUpdate: true });
    if (context.session.signedAt) throw new AppError('CONFLICT', 'This session is signed: add an addendum instead.');
    if (revision !== undefined && revision !== context.session.revision) {
      throw new AppError('CONFLICT', 'Someone else changed this session since you opened it. Reload to see their changes.', [{ in: 'body', pointer: '/revision', detail: `The session is at revision ${context.session.revision}` }]);
    }
    const result = await change(tx, context, now);
    const base = { ...auditContext(request), patientId: context.session.patientId, entity: { type: 'treatment-session', id: sessionId } };
    if ('refused' in result) {
      if (result.audit) await appendAuditEvent(tx, scope, { ...base, outcome: 'denied', ...result.audit }, now);
      return { kind: 'refused' as const, error: result.refused };
    }
    const fresh = await refreshSessionContext(tx, scope, context);
    const view = await sessionView(tx, fresh, await sessionStatus(tx, scope, fresh, now));
    // The audit chain's head stays locked until commit, so the entry is written last: every other audited
    // change in the organisation waits for this transaction's commit only, not for the chart read above.
    await appendAuditEvent(tx, scope, { ...base, outcome: 'success', ...result.audit }, now);
    await notifyFloorChange(tx, { organisationId: scope.organisationId, locationId: context.session.locationId, sessionId });
    return { kind: 'done' as const, view };
  });
  if (outcome.kind === 'refused') throw outcome.error;
  return outcome.view;
}
