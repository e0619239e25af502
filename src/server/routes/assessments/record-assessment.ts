import type { InstrumentDefinition, ScoreResult, ScoringContext } from '../../../domain/instruments/instrument.js';
import { assessmentConfidentiality } from '../../../domain/instruments/confidentiality.js';
import { findInstrument } from '../../../domain/instruments/registry.js';
import { scoreInstrument } from '../../../domain/instruments/score-instrument.js';
import { crisisMessage, detectSafetySignal, safetyTaskDueAt } from '../../../domain/safety/safety-signal.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { type AssessmentPurpose, insertAssessment } from '../../../db/repos/assessments-repo.js';
import { type AuditEventInput, appendAuditEvent } from '../../../db/repos/audit-repo.js';
import { insertSafetyTask } from '../../../db/repos/safety-tasks-repo.js';

// RFC 6901: "~" and "/" inside a key are escaped, so an unknown key sent by a client still makes a valid pointer.
const escapePointerToken = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

export interface ScoredAnswers {
  instrument: InstrumentDefinition;
  answers: Record<string, number>;
  context: ScoringContext;
  result: ScoreResult;
}

/** Finds and scores; an unknown instrument or a bad answer is a 400 naming the field, and nothing is stored. */
export function scoreOrRefuse(instrumentId: string, answers: Record<string, number>, context: ScoringContext = {}): ScoredAnswers {
  const instrument = findInstrument(instrumentId);
  if (!instrument) throw new AppError('VALIDATION', `No instrument "${instrumentId}".`, [{ in: 'body', pointer: '/instrumentId', detail: 'Unknown instrument' }]);
  const outcome = scoreInstrument(instrument, answers, context);
  if (outcome.kind === 'invalid') {
    throw new AppError(
      'VALIDATION',
      outcome.errors.map((error) => error.detail).join('; '),
      outcome.errors.map((error) => ({ in: 'body' as const, pointer: `/answers/${escapePointerToken(error.item)}`, detail: error.detail })),
    );
  }
  return { instrument, answers, context, result: outcome.result };
}

export interface RecordedAssessment {
  id: string;
  result: ScoreResult;
  safety: { severity: 'high' | 'moderate' | 'low'; dueAt: string; crisis: { heading: string; resources: string[]; whenRead: string } } | null;
}

/**
 * Stores a scored assessment and, when the answers signal suicide risk, opens a safety task: all inside the
 * caller's transaction, each with its audit entry.
 */
export async function storeAssessment(
  tx: Database,
  scope: AccessScope,
  input: { patientId: string; scored: ScoredAnswers; purpose: AssessmentPurpose; enteredBy: 'patient' | 'clinician'; enteredByUserId: string | null; completedAt: Date; now: Date; audit: Pick<AuditEventInput, 'actor' | 'requestId' | 'sourceIp'> },
): Promise<RecordedAssessment> {
  const { scored, patientId, now } = input;
  const assessmentId = await insertAssessment(
    tx,
    scope,
    {
      patientId,
      answers: scored.answers,
      context: scored.context,
      result: scored.result,
      purpose: input.purpose,
      enteredBy: input.enteredBy,
      enteredByUserId: input.enteredByUserId,
      completedAt: input.completedAt,
      confidentiality: assessmentConfidentiality(scored.instrument.id),
    },
    now,
  );
  await appendAuditEvent(tx, scope, { ...input.audit, action: 'assessment.record', outcome: 'success', entity: { type: 'assessment', id: assessmentId }, patientId, details: { instrument: scored.instrument.id } }, now);
  const signal = detectSafetySignal(scored.result, scored.answers);
  if (!signal) return { id: assessmentId, result: scored.result, safety: null };
  // The suicide-risk pathway: the task opens in the same transaction as the answers that raised it.
  const dueAt = safetyTaskDueAt(signal.severity, now);
  const taskId = await insertSafetyTask(tx, scope, { patientId, assessmentId, severity: signal.severity, reasons: signal.reasons, openedAt: now, dueAt });
  await appendAuditEvent(tx, scope, { ...input.audit, action: 'safety.opened', outcome: 'success', entity: { type: 'safety-task', id: taskId }, patientId, details: { severity: signal.severity } }, now);
  return { id: assessmentId, result: scored.result, safety: { severity: signal.severity, dueAt: dueAt.toISOString(), crisis: { ...crisisMessage, resources: [...crisisMessage.resources] } } };
}
