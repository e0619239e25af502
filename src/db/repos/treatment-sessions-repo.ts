import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { patients, treatmentPlans, sessionAddenda, sessionDeviceAdministrations, sessionEvents, sessionObservations, sessionTransitions, sessionVitals, treatmentSessions, users } from '../schema/index.js';
import type { AccessScope } from './access-scope.js';
import type { OrganisationScope } from './organisations-repo.js';
import { patientLocationCondition } from './patients-repo.js';

export type SessionRow = typeof treatmentSessions.$inferSelect;
export type VitalRow = typeof sessionVitals.$inferSelect;
export type EventRow = typeof sessionEvents.$inferSelect;
export type ObservationRow = typeof sessionObservations.$inferSelect;

export async function insertSession(db: Database, scope: OrganisationScope, values: Omit<typeof treatmentSessions.$inferInsert, 'organisationId'>): Promise<string> {
  const [row] = await db
    .insert(treatmentSessions)
    .values({ ...values, organisationId: scope.organisationId })
    .returning({ id: treatmentSessions.id });
  return row!.id;
}

/** The session if the caller may see its patient (location scope, break-glass, a patient's own). */
export async function findSession(db: Database, scope: AccessScope, sessionId: string, options: { forUpdate?: boolean } = {}): Promise<SessionRow | undefined> {
  const query = db
    .select({ session: treatmentSessions })
    .from(treatmentSessions)
    .innerJoin(patients, eq(patients.id, treatmentSessions.patientId))
    .where(and(eq(treatmentSessions.organisationId, scope.organisationId), eq(treatmentSessions.id, sessionId), scope.onlyPatientId ? eq(treatmentSessions.patientId, scope.onlyPatientId) : undefined, patientLocationCondition(scope)));
  const [row] = options.forUpdate ? await query.for('update', { of: treatmentSessions }) : await query;
  return row?.session;
}

/** Applies a change and bumps the revision; the caller holds the row lock. */
export async function updateSession(db: Database, scope: OrganisationScope, sessionId: string, change: Partial<typeof treatmentSessions.$inferInsert>): Promise<void> {
  await db
    .update(treatmentSessions)
    .set({ ...change, revision: sql`${treatmentSessions.revision} + 1` })
    .where(and(eq(treatmentSessions.organisationId, scope.organisationId), eq(treatmentSessions.id, sessionId)));
}

export async function insertTransition(db: Database, scope: OrganisationScope, values: { sessionId: string; fromState: string | null; toState: string; byUserId: string; at: Date; reason?: string | null }): Promise<void> {
  await db.insert(sessionTransitions).values({ ...values, organisationId: scope.organisationId, reason: values.reason ?? null });
}

export async function insertVitals(db: Database, scope: OrganisationScope, rows: Omit<typeof sessionVitals.$inferInsert, 'organisationId'>[]): Promise<VitalRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(sessionVitals)
    .values(rows.map((row) => ({ ...row, organisationId: scope.organisationId })))
    .returning();
}

export async function insertEvent(db: Database, scope: OrganisationScope, values: Omit<typeof sessionEvents.$inferInsert, 'organisationId'>): Promise<string> {
  const [row] = await db
    .insert(sessionEvents)
    .values({ ...values, organisationId: scope.organisationId })
    .returning({ id: sessionEvents.id });
  return row!.id;
}

/** Writes the action note once; false when the event is unknown or already has one. */
export async function recordEventAction(db: Database, scope: OrganisationScope, sessionId: string, eventId: string, action: { note: string; outcome: string | null; userId: string; at: Date }): Promise<boolean> {
  const rows = await db
    .update(sessionEvents)
    .set({ actionNote: action.note, outcome: action.outcome, actionByUserId: action.userId, actionAt: action.at })
    .where(and(eq(sessionEvents.organisationId, scope.organisationId), eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.id, eventId), isNull(sessionEvents.actionAt)))
    .returning({ id: sessionEvents.id });
  return rows.length === 1;
}

/** The prescriber signs the actions taken on a "stop" event, once, and only after they are written. */
export async function signEvent(db: Database, scope: OrganisationScope, sessionId: string, eventId: string, userId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(sessionEvents)
    .set({ prescriberSignedByUserId: userId, prescriberSignedAt: at })
    .where(
      and(
        eq(sessionEvents.organisationId, scope.organisationId),
        eq(sessionEvents.sessionId, sessionId),
        eq(sessionEvents.id, eventId),
        isNull(sessionEvents.prescriberSignedAt),
        sql`${sessionEvents.actionAt} is not null`,
      ),
    )
    .returning({ id: sessionEvents.id });
  return rows.length === 1;
}

export async function insertObservation(db: Database, scope: OrganisationScope, values: Omit<typeof sessionObservations.$inferInsert, 'organisationId'>): Promise<void> {
  await db.insert(sessionObservations).values({ ...values, organisationId: scope.organisationId });
}

export async function insertDeviceAdministration(db: Database, scope: OrganisationScope, values: { sessionId: string; deviceNumber: number; administeredAt: Date; byUserId: string }): Promise<void> {
  await db.insert(sessionDeviceAdministrations).values({ ...values, organisationId: scope.organisationId });
}

export async function insertAddendum(db: Database, scope: OrganisationScope, values: { sessionId: string; text: string; authorUserId: string; writtenAt: Date }): Promise<void> {
  await db.insert(sessionAddenda).values({ ...values, organisationId: scope.organisationId });
}

/** Everything charted on a session, each list in time order. */
export async function readSessionChart(db: Database, scope: OrganisationScope, sessionId: string) {
  const inSession = <T extends { organisationId: unknown; sessionId: unknown }>(table: T) =>
    and(eq(table.organisationId as never, scope.organisationId), eq(table.sessionId as never, sessionId));
  const [transitions, vitals, events, observations, devices, addenda] = await Promise.all([
    db
      .select({ fromState: sessionTransitions.fromState, toState: sessionTransitions.toState, at: sessionTransitions.at, reason: sessionTransitions.reason, by: users.displayName, byUserId: sessionTransitions.byUserId })
      .from(sessionTransitions)
      .innerJoin(users, eq(users.id, sessionTransitions.byUserId))
      .where(inSession(sessionTransitions))
      .orderBy(asc(sessionTransitions.seq)),
    db.select().from(sessionVitals).where(inSession(sessionVitals)).orderBy(asc(sessionVitals.measuredAt), asc(sessionVitals.recordedAt)),
    db.select().from(sessionEvents).where(inSession(sessionEvents)).orderBy(asc(sessionEvents.occurredAt)),
    db.select().from(sessionObservations).where(inSession(sessionObservations)).orderBy(asc(sessionObservations.observedAt)),
    db.select().from(sessionDeviceAdministrations).where(inSession(sessionDeviceAdministrations)).orderBy(asc(sessionDeviceAdministrations.deviceNumber)),
    db
      .select({ text: sessionAddenda.text, writtenAt: sessionAddenda.writtenAt, author: users.displayName })
      .from(sessionAddenda)
      .innerJoin(users, eq(users.id, sessionAddenda.authorUserId))
      .where(inSession(sessionAddenda))
      .orderBy(asc(sessionAddenda.writtenAt)),
  ]);
  return { transitions, vitals, events, observations, devices, addenda };
}

/** The newest dosing session of the patient that reached dosing, other than this one: the interval rule needs it. */
export async function lastDoseAt(db: Database, scope: OrganisationScope, patientId: string, exceptSessionId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: treatmentSessions.dosingStartedAt })
    .from(treatmentSessions)
    .where(and(eq(treatmentSessions.organisationId, scope.organisationId), eq(treatmentSessions.patientId, patientId), sql`${treatmentSessions.id} <> ${exceptSessionId}`, sql`${treatmentSessions.dosingStartedAt} is not null`))
    .orderBy(desc(treatmentSessions.dosingStartedAt))
    .limit(1);
  return row?.at ?? null;
}

export interface FloorRow {
  session: SessionRow;
  /** The plan's protocol: its monitoring interval drives the due timer. */
  protocol: unknown;
  givenName: string;
  familyName: string;
  lastVitalAt: Date | null;
  openEvents: number;
  unsignedStopEvents: number;
}

/** The floor: sessions on the floor now, and today's scheduled ones, for the caller's locations. */
export async function listFloor(db: Database, scope: AccessScope, filter: { locationId?: string | undefined; dayStart: Date; dayEnd: Date }): Promise<FloorRow[]> {
  const onFloor = inArray(treatmentSessions.state, ['checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready']);
  const today = and(gte(treatmentSessions.scheduledFor, filter.dayStart), lt(treatmentSessions.scheduledFor, filter.dayEnd));
  const rows = await db
    .select({
      session: treatmentSessions,
      protocol: treatmentPlans.protocol,
      givenName: patients.givenName,
      familyName: patients.familyName,
      lastVitalAt: sql<Date | null>`(select max(${sessionVitals.measuredAt}) from ${sessionVitals} where ${sessionVitals.organisationId} = ${treatmentSessions.organisationId} and ${sessionVitals.sessionId} = ${treatmentSessions.id})`.mapWith(
        (value: string | Date | null) => (value === null ? null : new Date(value)),
      ),
      openEvents: sql<number>`(select count(*) from ${sessionEvents} where ${sessionEvents.organisationId} = ${treatmentSessions.organisationId} and ${sessionEvents.sessionId} = ${treatmentSessions.id} and ${sessionEvents.actionAt} is null)`.mapWith(Number),
      unsignedStopEvents: sql<number>`(select count(*) from ${sessionEvents} where ${sessionEvents.organisationId} = ${treatmentSessions.organisationId} and ${sessionEvents.sessionId} = ${treatmentSessions.id} and ${sessionEvents.level} = 'stop' and ${sessionEvents.prescriberSignedAt} is null)`.mapWith(Number),
    })
    .from(treatmentSessions)
    .innerJoin(patients, eq(patients.id, treatmentSessions.patientId))
    .innerJoin(treatmentPlans, eq(treatmentPlans.id, treatmentSessions.planId))
    .where(and(eq(treatmentSessions.organisationId, scope.organisationId), filter.locationId ? eq(treatmentSessions.locationId, filter.locationId) : undefined, patientLocationCondition(scope), or(onFloor, today)))
    .orderBy(asc(treatmentSessions.chair), asc(treatmentSessions.scheduledFor));
  return rows;
}
