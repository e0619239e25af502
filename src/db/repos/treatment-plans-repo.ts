import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { ProtocolDefinition } from '../../domain/protocols/protocol-definition.js';
import type { Database } from '../database.js';
import { treatmentPlanSessions, treatmentPlans, users } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export type PlanDose = { mgPerKg: number } | { mg: number };
export type PlanStatus = 'draft' | 'active' | 'completed' | 'stopped';

export interface PlannedSession {
  sequence: number;
  plannedDate: string;
  startTime: string;
  phase: 'induction' | 'maintenance';
  dose: PlanDose;
  note: string | null;
}

export interface TreatmentPlanRecord {
  id: string;
  status: PlanStatus;
  route: string;
  indications: string[];
  protocolKey: string;
  protocolVersion: number;
  protocol: ProtocolDefinition;
  startingDose: PlanDose;
  goals: string;
  integrationTherapist: { userId: string; name: string } | null;
  startDate: string;
  statusReason: string | null;
  createdAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  sessions: PlannedSession[];
}

export interface NewTreatmentPlan {
  patientId: string;
  route: string;
  indications: string[];
  protocolKey: string;
  protocolVersion: number;
  protocol: ProtocolDefinition;
  startingDose: PlanDose;
  goals: string;
  integrationTherapistUserId: string | null;
  startDate: string;
  confidentiality: 'normal' | 'part2';
  createdByUserId: string;
}

export async function insertTreatmentPlan(db: Database, scope: OrganisationScope, plan: NewTreatmentPlan, sessions: PlannedSession[], now: Date): Promise<string> {
  const [row] = await db
    .insert(treatmentPlans)
    .values({ organisationId: scope.organisationId, ...plan, status: 'draft', createdAt: now, updatedAt: now })
    .returning({ id: treatmentPlans.id });
  await replacePlanSessions(db, scope, row!.id, sessions);
  return row!.id;
}

export async function replacePlanSessions(db: Database, scope: OrganisationScope, planId: string, sessions: PlannedSession[]): Promise<void> {
  await db.delete(treatmentPlanSessions).where(and(eq(treatmentPlanSessions.organisationId, scope.organisationId), eq(treatmentPlanSessions.planId, planId)));
  if (sessions.length === 0) return;
  await db.insert(treatmentPlanSessions).values(sessions.map((session) => ({ organisationId: scope.organisationId, planId, ...session })));
}

export async function updateDraftPlan(db: Database, scope: OrganisationScope, planId: string, change: { goals?: string; integrationTherapistUserId?: string | null }, now: Date): Promise<void> {
  await db
    .update(treatmentPlans)
    .set({ ...change, updatedAt: now })
    .where(and(eq(treatmentPlans.organisationId, scope.organisationId), eq(treatmentPlans.id, planId)));
}

export async function setPlanStatus(
  db: Database,
  scope: OrganisationScope,
  planId: string,
  change: { status: PlanStatus; userId: string; reason?: string | null },
  now: Date,
): Promise<void> {
  const activating = change.status === 'active';
  await db
    .update(treatmentPlans)
    .set({
      status: change.status,
      updatedAt: now,
      ...(activating ? { activatedByUserId: change.userId, activatedAt: now } : { endedByUserId: change.userId, endedAt: now, statusReason: change.reason ?? null }),
    })
    .where(and(eq(treatmentPlans.organisationId, scope.organisationId), eq(treatmentPlans.id, planId)));
}

/** The patient's plans, newest first; `forUpdate` locks the one plan asked for. */
export async function listTreatmentPlans(db: Database, scope: OrganisationScope, patientId: string, options: { planId?: string; forUpdate?: boolean } = {}): Promise<TreatmentPlanRecord[]> {
  const query = db
    .select({
      id: treatmentPlans.id,
      status: treatmentPlans.status,
      route: treatmentPlans.route,
      indications: treatmentPlans.indications,
      protocolKey: treatmentPlans.protocolKey,
      protocolVersion: treatmentPlans.protocolVersion,
      protocol: treatmentPlans.protocol,
      startingDose: treatmentPlans.startingDose,
      goals: treatmentPlans.goals,
      integrationTherapistUserId: treatmentPlans.integrationTherapistUserId,
      startDate: treatmentPlans.startDate,
      statusReason: treatmentPlans.statusReason,
      createdAt: treatmentPlans.createdAt,
      activatedAt: treatmentPlans.activatedAt,
      endedAt: treatmentPlans.endedAt,
    })
    .from(treatmentPlans)
    .where(and(eq(treatmentPlans.organisationId, scope.organisationId), eq(treatmentPlans.patientId, patientId), options.planId ? eq(treatmentPlans.id, options.planId) : undefined))
    .orderBy(desc(treatmentPlans.createdAt));
  const plans = options.forUpdate ? await query.for('update') : await query;
  if (plans.length === 0) return [];
  const planIds = plans.map((plan) => plan.id);
  const sessions = await db
    .select({ planId: treatmentPlanSessions.planId, sequence: treatmentPlanSessions.sequence, plannedDate: treatmentPlanSessions.plannedDate, startTime: treatmentPlanSessions.startTime, phase: treatmentPlanSessions.phase, dose: treatmentPlanSessions.dose, note: treatmentPlanSessions.note })
    .from(treatmentPlanSessions)
    .where(and(eq(treatmentPlanSessions.organisationId, scope.organisationId), inArray(treatmentPlanSessions.planId, planIds)))
    .orderBy(asc(treatmentPlanSessions.sequence));
  const therapistIds = plans.flatMap((plan) => (plan.integrationTherapistUserId ? [plan.integrationTherapistUserId] : []));
  const therapists = therapistIds.length ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, therapistIds)) : [];
  return plans.map(({ integrationTherapistUserId, createdAt, activatedAt, endedAt, ...plan }) => ({
    ...plan,
    protocol: plan.protocol as ProtocolDefinition,
    integrationTherapist: integrationTherapistUserId ? { userId: integrationTherapistUserId, name: therapists.find((therapist) => therapist.id === integrationTherapistUserId)?.name ?? '' } : null,
    createdAt: createdAt.toISOString(),
    activatedAt: activatedAt?.toISOString() ?? null,
    endedAt: endedAt?.toISOString() ?? null,
    sessions: sessions.filter((session) => session.planId === plan.id).map(({ planId: _planId, ...session }) => session),
  }));
}
