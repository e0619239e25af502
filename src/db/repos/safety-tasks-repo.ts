import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { SafetySeverity } from '../../domain/safety/safety-signal.js';
import type { Database } from '../database.js';
import { patients, safetyTasks, type SafetyResolution } from '../schema/index.js';
import type { AccessScope } from './access-scope.js';
import type { OrganisationScope } from './organisations-repo.js';
import { patientLocationCondition } from './patients-repo.js';

export interface SafetyTaskRecord {
  id: string;
  patientId: string;
  patientName: string;
  mrn: string;
  severity: SafetySeverity;
  reasons: string[];
  openedAt: string;
  dueAt: string;
  escalatedAt: string | null;
  resolvedAt: string | null;
  resolution: SafetyResolution | null;
}

export async function insertSafetyTask(
  db: Database,
  scope: OrganisationScope,
  input: { patientId: string; assessmentId: string; severity: SafetySeverity; reasons: string[]; openedAt: Date; dueAt: Date },
): Promise<string> {
  const [row] = await db.insert(safetyTasks).values({ organisationId: scope.organisationId, ...input }).returning({ id: safetyTasks.id });
  return row!.id;
}

/** Open tasks (or all), most urgent first, within the caller's scope of patients. */
export async function listSafetyTasks(db: Database, scope: AccessScope, openOnly: boolean): Promise<SafetyTaskRecord[]> {
  const rows = await db
    .select({ task: safetyTasks, givenName: patients.givenName, familyName: patients.familyName, mrn: patients.mrn })
    .from(safetyTasks)
    .innerJoin(patients, eq(patients.id, safetyTasks.patientId))
    .where(
      and(
        eq(safetyTasks.organisationId, scope.organisationId),
        openOnly ? isNull(safetyTasks.resolvedAt) : undefined,
        scope.onlyPatientId ? eq(safetyTasks.patientId, scope.onlyPatientId) : undefined,
        patientLocationCondition(scope),
      ),
    )
    .orderBy(asc(safetyTasks.dueAt))
    .limit(500);
  return rows.map(({ task, givenName, familyName, mrn }) => ({
    id: task.id,
    patientId: task.patientId,
    patientName: `${familyName}, ${givenName}`,
    mrn,
    severity: task.severity,
    reasons: task.reasons,
    openedAt: task.openedAt.toISOString(),
    dueAt: task.dueAt.toISOString(),
    escalatedAt: task.escalatedAt?.toISOString() ?? null,
    resolvedAt: task.resolvedAt?.toISOString() ?? null,
    resolution: task.resolution ?? null,
  }));
}

/** Resolves an open task once; answers its patient, or undefined when there is no such open task. */
export async function resolveSafetyTask(db: Database, scope: OrganisationScope, taskId: string, userId: string, resolution: SafetyResolution, now: Date): Promise<string | undefined> {
  const [row] = await db
    .update(safetyTasks)
    .set({ resolvedAt: now, resolvedByUserId: userId, resolution })
    .where(and(eq(safetyTasks.organisationId, scope.organisationId), eq(safetyTasks.id, taskId), isNull(safetyTasks.resolvedAt)))
    .returning({ patientId: safetyTasks.patientId });
  return row?.patientId;
}

/** Marks overdue, unresolved, not yet escalated tasks as escalated; answers them (all organisations). */
export async function markOverdueSafetyTasksEscalated(db: Database, now: Date): Promise<{ id: string; organisationId: string; patientId: string; severity: SafetySeverity }[]> {
  return db
    .update(safetyTasks)
    .set({ escalatedAt: now })
    .where(and(isNull(safetyTasks.resolvedAt), isNull(safetyTasks.escalatedAt), lt(safetyTasks.dueAt, now)))
    .returning({ id: safetyTasks.id, organisationId: safetyTasks.organisationId, patientId: safetyTasks.patientId, severity: safetyTasks.severity });
}

/** How many tasks are open and overdue in the caller's scope: numbers only, for the navigation badge. */
export async function countOpenSafetyTasks(db: Database, scope: AccessScope, now: Date): Promise<{ open: number; overdue: number }> {
  const [row] = await db
    .select({ open: sql<number>`count(*)::int`, overdue: sql<number>`count(*) filter (where ${safetyTasks.dueAt} < ${now.toISOString()})::int` })
    .from(safetyTasks)
    .innerJoin(patients, eq(patients.id, safetyTasks.patientId))
    .where(
      and(
        eq(safetyTasks.organisationId, scope.organisationId),
        isNull(safetyTasks.resolvedAt),
        patientLocationCondition(scope),
      ),
    );
  return { open: row?.open ?? 0, overdue: row?.overdue ?? 0 };
}
