import { and, asc, eq } from 'drizzle-orm';
import type { ScoreResult, ScoringContext } from '../../domain/instruments/instrument.js';
import type { Database } from '../database.js';
import { assessments } from '../schema/index.js';
import type { AccessScope } from './access-scope.js';

export const assessmentPurposes = ['baseline', 'pre-session', 'post-session', 'follow-up', 'routine'] as const;
export type AssessmentPurpose = (typeof assessmentPurposes)[number];

export interface NewAssessment {
  patientId: string;
  answers: Record<string, number>;
  context: ScoringContext;
  result: ScoreResult;
  purpose: AssessmentPurpose;
  enteredBy: 'patient' | 'clinician' | 'import';
  enteredByUserId: string | null;
  completedAt: Date;
  confidentiality: 'normal' | 'part2';
}

export interface AssessmentRecord {
  id: string;
  instrumentId: string;
  instrumentVersion: string;
  answers: Record<string, number>;
  total: number | null;
  band: string | null;
  flags: string[];
  subscales: Record<string, number>;
  purpose: string;
  enteredBy: string;
  completedAt: string;
  confidentiality: 'normal' | 'part2';
}

export async function insertAssessment(db: Database, scope: AccessScope, input: NewAssessment, now: Date): Promise<string> {
  const [row] = await db
    .insert(assessments)
    .values({
      organisationId: scope.organisationId,
      patientId: input.patientId,
      instrumentId: input.result.instrument,
      instrumentVersion: input.result.version,
      answers: input.answers,
      context: { ...input.context },
      total: input.result.total,
      band: input.result.band,
      flags: input.result.flags,
      subscales: input.result.subscales,
      findings: input.result.findings,
      purpose: input.purpose,
      enteredBy: input.enteredBy,
      enteredByUserId: input.enteredByUserId,
      completedAt: input.completedAt,
      recordedAt: now,
      confidentiality: input.confidentiality,
    })
    .returning({ id: assessments.id });
  return row!.id;
}

/** A patient's assessments, oldest first (a trajectory reads left to right), optionally of one instrument. */
export async function listAssessments(db: Database, scope: AccessScope, patientId: string, instrumentId?: string): Promise<AssessmentRecord[]> {
  const rows = await db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, scope.organisationId),
        eq(assessments.patientId, patientId),
        instrumentId ? eq(assessments.instrumentId, instrumentId) : undefined,
      ),
    )
    .orderBy(asc(assessments.completedAt), asc(assessments.recordedAt));
  return rows.map((row) => ({
    id: row.id,
    instrumentId: row.instrumentId,
    instrumentVersion: row.instrumentVersion,
    answers: row.answers,
    total: row.total,
    band: row.band,
    flags: row.flags,
    subscales: row.subscales,
    purpose: row.purpose,
    enteredBy: row.enteredBy,
    completedAt: row.completedAt.toISOString(),
    confidentiality: row.confidentiality,
  }));
}
