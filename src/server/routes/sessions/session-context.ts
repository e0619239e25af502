import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { ProtocolDefinition } from '../../../domain/protocols/protocol-definition.js';
import type { VitalReading, VitalThresholds } from '../../../domain/sessions/vital-thresholds.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { findClinicLocation } from '../../../db/repos/organisations-repo.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { findPatientChart, type PatientChart } from '../../../db/repos/patients-repo.js';
import { listTreatmentPlans, type TreatmentPlanRecord } from '../../../db/repos/treatment-plans-repo.js';
import { findSession, readSessionChart, type SessionRow, type VitalRow } from '../../../db/repos/treatment-sessions-repo.js';
import { readVitalThresholds } from '../../../db/repos/vital-thresholds-repo.js';
import { assessments, safetyTasks } from '../../../db/schema/index.js';

export interface SessionContext {
  session: SessionRow;
  plan: TreatmentPlanRecord;
  protocol: ProtocolDefinition;
  patient: PatientChart;
  chart: Awaited<ReturnType<typeof readSessionChart>>;
  thresholds: VitalThresholds;
  timeZone: string;
}

/** Loads a session with everything its rules need; `forUpdate` locks the session row for the change. */
export async function loadSessionContext(tx: Database, scope: AccessScope, sessionId: string, options: { forUpdate?: boolean } = {}): Promise<SessionContext> {
  const session = await findSession(tx, scope, sessionId, options);
  if (!session) throw new AppError('NOT_FOUND', 'No such session.');
  const [plan] = await listTreatmentPlans(tx, scope, session.patientId, { planId: session.planId });
  const patient = await findPatientChart(tx, scope, session.patientId);
  if (!plan || !patient) throw new AppError('NOT_FOUND', 'No such session.');
  const location = await findClinicLocation(tx, scope, session.locationId);
  return {
    session,
    plan,
    protocol: plan.protocol,
    patient,
    chart: await readSessionChart(tx, scope, sessionId),
    thresholds: (await readVitalThresholds(tx, scope)).thresholds,
    timeZone: location?.timeZone ?? 'UTC',
  };
}

/** The same session after a change: its row and chart read again; plan, patient and thresholds kept. */
export async function refreshSessionContext(tx: Database, scope: AccessScope, context: SessionContext): Promise<SessionContext> {
  const session = await findSession(tx, scope, context.session.id);
  if (!session) throw new AppError('NOT_FOUND', 'No such session.');
  return { ...context, session, chart: await readSessionChart(tx, scope, session.id) };
}

export function toReading(vital: Pick<VitalRow, 'systolicMmHg' | 'diastolicMmHg' | 'heartRateBpm' | 'spo2Percent' | 'respiratoryRatePerMin'>): VitalReading {
  const reading: VitalReading = {};
  if (vital.systolicMmHg !== null) reading.systolicMmHg = vital.systolicMmHg;
  if (vital.diastolicMmHg !== null) reading.diastolicMmHg = vital.diastolicMmHg;
  if (vital.heartRateBpm !== null) reading.heartRateBpm = vital.heartRateBpm;
  if (vital.spo2Percent !== null) reading.spo2Percent = vital.spo2Percent;
  if (vital.respiratoryRatePerMin !== null) reading.respiratoryRatePerMin = vital.respiratoryRatePerMin;
  return reading;
}

/**
 * The pre-dose baseline: each signal's newest value charted before dosing began (or so far, before dosing),
 * so a BP taken at 09:02 and an SpO2 at 09:04 together make one baseline.
 */
export function baselineReading(vitals: readonly VitalRow[], dosingStartedAt: Date | null): VitalReading | null {
  const before = vitals.filter((vital) => !dosingStartedAt || vital.measuredAt <= dosingStartedAt);
  if (before.length === 0) return null;
  return Object.assign({}, ...before.map(toReading)) as VitalReading;
}

/** The newest reading charted after administration ended (for discharge), merged per signal. */
export function latestAfter(vitals: readonly VitalRow[], after: Date | null): { reading: VitalReading; at: Date } | null {
  if (!after) return null;
  const later = vitals.filter((vital) => vital.measuredAt >= after);
  if (later.length === 0) return null;
  return { reading: Object.assign({}, ...later.map(toReading)) as VitalReading, at: later.at(-1)!.measuredAt };
}

/** The newest C-SSRS screener done today, and whether the patient has an open safety task. */
export async function cssrsToday(tx: Database, scope: AccessScope, patientId: string, dayStart: Date): Promise<{ risk: 'none' | 'low' | 'moderate' | 'high' | null; pathwayResolved: boolean }> {
  const [latest] = await tx
    .select({ band: assessments.band })
    .from(assessments)
    .where(and(eq(assessments.organisationId, scope.organisationId), eq(assessments.patientId, patientId), eq(assessments.instrumentId, 'cssrs-screener'), sql`${assessments.completedAt} >= ${dayStart.toISOString()}`))
    .orderBy(desc(assessments.completedAt))
    .limit(1);
  const [open] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(safetyTasks)
    .where(and(eq(safetyTasks.organisationId, scope.organisationId), eq(safetyTasks.patientId, patientId), isNull(safetyTasks.resolvedAt)));
  return { risk: (latest?.band as 'none' | 'low' | 'moderate' | 'high' | undefined) ?? null, pathwayResolved: (open?.count ?? 0) === 0 };
}
