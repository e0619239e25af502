import { type Actor, authorize } from '../../../domain/access/permissions.js';
import { nextState, type SessionAction, type SessionState } from '../../../domain/sessions/session-states.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { insertTransition, updateSession } from '../../../db/repos/treatment-sessions-repo.js';
import type { SessionChange } from './change-session.js';
import { requireCredentials } from '../../plugins/require-credentials.js';
import { sessionDose, sessionStatus } from './session-status.js';

const minimumReasonLength = 10;

function blocked(message: string, blockers: readonly { code: string; message: string }[]): AppError {
  return new AppError('TREATMENT_BLOCKED', `${message} ${blockers.map((blocker) => blocker.message).join(' ')}`, [], { blockers });
}

/** Guards and side effects of each state change (issue 6). Every change is recorded with who and when. */
export function transitionSession(scope: AccessScope, actor: Actor, body: { action: SessionAction; reason?: string | undefined; override?: boolean | undefined }): SessionChange {
  return async (tx: Database, context, now) => {
    const { session } = context;
    const from = session.state as SessionState;
    const to = nextState(from, body.action);
    if (!to) return { refused: new AppError('CONFLICT', `A session that is ${from} cannot ${body.action.replaceAll('-', ' ')}.`) };
    const reason = body.reason?.trim() || null;
    const audit = { action: `session.${body.action}`, details: { from, to } };
    const change: Parameters<typeof updateSession>[3] = { state: to };
    const status = await sessionStatus(tx, scope, context, now);

    switch (body.action) {
      case 'check-in':
        change.checkedInAt = now;
        break;
      case 'confirm-readiness': {
        const gaps = [...status.treatmentBlockers, ...status.readinessGaps];
        if (gaps.length > 0) {
          if (!body.override) return { refused: blocked('Not ready to dose:', gaps), audit };
          if (authorize(actor, 'session.sign').kind !== 'allow') return { refused: new AppError('FORBIDDEN', 'Only a prescriber may proceed despite the readiness checks.'), audit: { ...audit, action: 'session.readiness-override' } };
          if ((reason?.length ?? 0) < minimumReasonLength) {
            throw new AppError('VALIDATION', 'Proceeding despite the readiness checks needs a written reason.', [{ in: 'body', pointer: '/reason', detail: `Write at least ${minimumReasonLength} characters` }]);
          }
          change.readinessOverrideReason = reason;
          audit.action = 'session.readiness-override';
        }
        break;
      }
      case 'start-dosing': {
        const dose = sessionDose(context);
        if (!dose) return { refused: blocked('Record the dose first.', [{ code: 'DOSE_NOT_RECORDED', message: 'No dose has been recorded.' }]) };
        const anaesthetic = dose.result.reasons.find((entry) => entry.code === 'ANESTHETIC_RANGE');
        if (anaesthetic) return { refused: blocked('This dose cannot be given:', [anaesthetic]), audit };
        const aboveMax = dose.result.reasons.find((entry) => entry.code === 'DOSE_ABOVE_MAX');
        if (aboveMax && !session.doseVerifiedByUserId) return { refused: blocked('A second clinician must verify this dose:', [aboveMax]), audit };
        // Whoever starts an IV or IM dose supervises it at the chair: the clinic's rules ask for current ACLS.
        if (session.route === 'iv' || session.route === 'im') await requireCredentials(tx, scope, 'session.start-parenteral', { userId: actor.userId, locationId: session.locationId, now });
        change.dosingStartedAt = now;
        break;
      }
      case 'finish-dosing': {
        if (session.route === 'intranasal-esketamine') {
          const planned = status.devicesPlanned ?? 0;
          if (context.chart.devices.length < planned) {
            return { refused: blocked('Not every device has been given:', [{ code: 'DEVICES_REMAINING', message: `${context.chart.devices.length} of ${planned} devices given.` }]) };
          }
          change.administrationEndedAt = context.chart.devices.at(-1)?.administeredAt ?? now;
          break;
        }
        const minutes = sessionDose(context)?.result.minimumAdministrationMinutes ?? 0;
        const elapsedMinutes = session.dosingStartedAt ? (now.getTime() - session.dosingStartedAt.getTime()) / 60_000 : 0;
        if (elapsedMinutes < minutes) {
          return { refused: blocked('The infusion is not over:', [{ code: 'ADMINISTRATION_TOO_SHORT', message: `It runs ${minutes} minutes; ${Math.ceil(minutes - elapsedMinutes)} to go. Stop the session instead if it must end early.` }]) };
        }
        change.administrationEndedAt = now;
        break;
      }
      case 'mark-discharge-ready':
        if (status.dischargeBlockers.length > 0) return { refused: blocked('Not ready for discharge:', status.dischargeBlockers) };
        break;
      case 'discharge':
        change.dischargedAt = now;
        break;
      case 'stop':
        if (!reason) throw new AppError('VALIDATION', 'Say why the session is stopping.', [{ in: 'body', pointer: '/reason', detail: 'Required' }]);
        change.stopReason = reason;
        break;
    }
    await updateSession(tx, scope, session.id, change);
    await insertTransition(tx, scope, { sessionId: session.id, fromState: from, toState: to, byUserId: actor.userId, at: now, reason });
    return { audit: { ...audit, reason } };
  };
}
