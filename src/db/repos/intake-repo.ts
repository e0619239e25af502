import { and, eq, sql } from 'drizzle-orm';
import type { IntakeSections } from '../../domain/intake/intake-sections.js';
import type { Database } from '../database.js';
import { intakes } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface IntakeRecord {
  id: string;
  status: 'in-progress' | 'completed';
  sections: IntakeSections;
  revision: number;
  confidentiality: 'normal' | 'part2';
  updatedAt: string;
  completedAt: string | null;
}

const columns = {
  id: intakes.id,
  status: intakes.status,
  sections: intakes.sections,
  revision: intakes.revision,
  confidentiality: intakes.confidentiality,
  updatedAt: intakes.updatedAt,
  completedAt: intakes.completedAt,
};

function toRecord(row: { updatedAt: Date; completedAt: Date | null } & Omit<IntakeRecord, 'updatedAt' | 'completedAt'>): IntakeRecord {
  return { ...row, updatedAt: row.updatedAt.toISOString(), completedAt: row.completedAt?.toISOString() ?? null };
}

export async function findIntake(db: Database, scope: OrganisationScope, patientId: string, options: { forUpdate?: boolean } = {}): Promise<IntakeRecord | undefined> {
  const query = db
    .select(columns)
    .from(intakes)
    .where(and(eq(intakes.organisationId, scope.organisationId), eq(intakes.patientId, patientId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ? toRecord(row) : undefined;
}

/** Creates the intake on first save; the unique key makes two first saves at once meet as one row. */
export async function lockOrCreateIntake(db: Database, scope: OrganisationScope, patientId: string, userId: string, now: Date): Promise<IntakeRecord> {
  await db
    .insert(intakes)
    .values({ organisationId: scope.organisationId, patientId, sections: {}, revision: 0, updatedByUserId: userId, updatedAt: now })
    .onConflictDoNothing();
  return (await findIntake(db, scope, patientId, { forUpdate: true }))!;
}

export async function saveIntakeSections(
  db: Database,
  scope: OrganisationScope,
  intakeId: string,
  change: { sections: IntakeSections; confidentiality: 'normal' | 'part2'; userId: string; now: Date; complete?: boolean },
): Promise<IntakeRecord> {
  const [row] = await db
    .update(intakes)
    .set({
      sections: change.sections,
      confidentiality: change.confidentiality,
      revision: sql`${intakes.revision} + 1`,
      updatedByUserId: change.userId,
      updatedAt: change.now,
      ...(change.complete ? { status: 'completed' as const, completedByUserId: change.userId, completedAt: change.now } : {}),
    })
    .where(and(eq(intakes.organisationId, scope.organisationId), eq(intakes.id, intakeId)))
    .returning(columns);
  return toRecord(row!);
}
