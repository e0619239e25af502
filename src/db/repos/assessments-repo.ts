import { and, asc, desc, eq, sql } from 'drizzle-orm';
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

/** The newest completion time of each instrument the patient has done, for working out what is due. */
export async function latestCompletionByInstrument(db: Database, scope: AccessScope, patientId: string): Promise<Record<string, Date>> {
  const rows = await db
    .select({ instrumentId: assessments.instrumentId, completedAt: sql<Date>`max(${assessments.completedAt})`.mapWith((value: string | Date) => new Date(value)) })
    .from(assessments)
    .where(and(eq(assessments.organisationId, scope.organisationId), eq(assessments.patientId, patientId)))
    .groupBy(assessments.instrumentId);
  return Object.fromEntries(rows.map((row) => [row.instrumentId, row.completedAt]));
}

/** The patient's newest assessment on one instrument, if any. */
export async function latestAssessment(db: Database, scope: AccessScope, patientId: string, instrumentId: string): Promise<{ band: string | null; total: number | null; completedAt: Date } | undefined> {
  const [row] = await db
    .select({ band: assessments.band, total: assessments.total, completedAt: assessments.completedAt })
    .from(assessments)
    .where(and(eq(assessments.organisationId, scope.organisationId), eq(assessments.patientId, patientId), eq(assessments.instrumentId, instrumentId)))
    .orderBy(desc(assessments.completedAt))
    .limit(1);
  return row;
}
