import { and, desc, eq, gte, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { StaffRole } from '../../domain/access/roles.js';
import { defaultCredentialRules } from '../../domain/credentials/credential-rules.js';
import { type CourseFacts, type DosingSessionFacts, inductionCompletions, type Phq9Total, phq9Span } from '../../domain/public-page/outcome-figures.js';
import { type ListedCredentialFacts, type StaffFacts, clinicalRoles, publicCredentialKinds } from '../../domain/public-page/public-clinicians.js';
import { type PublicPageSettings, readStoredPublicPageSettings } from '../../domain/public-page/public-page-settings.js';
import { groupBy } from '../../domain/shared/group-by.js';
import { type Database, queryRows } from '../database.js';
import {
  assessments,
  credentialSettings,
  credentialVerifications,
  organisations,
  sessionEvents,
  staffCredentials,
  treatmentPlanSessions,
  treatmentPlans,
  treatmentSessions,
  userRoles,
  users,
} from '../schema/index.js';
import { type ClinicLocationRow, type OrganisationScope, listClinicLocations } from './organisations-repo.js';

/** The clinic's public page settings (the defaults, switched off, until it saves its own). */
export async function readPublicPageSettings(db: Database, scope: OrganisationScope): Promise<PublicPageSettings> {
  const [row] = await db
    .select({ enabled: credentialSettings.publicPageEnabled, page: credentialSettings.publicPage })
    .from(credentialSettings)
    .where(eq(credentialSettings.organisationId, scope.organisationId));
  return readStoredPublicPageSettings(row?.enabled ?? false, row?.page ?? {});
}

/** Saves the settings; a clinic without a credential_settings row gets one with the default credential rules. */
export async function writePublicPageSettings(tx: Database, scope: OrganisationScope, settings: PublicPageSettings, now: Date): Promise<void> {
  const { enabled, ...page } = settings;
  await tx
    .insert(credentialSettings)
    .values({ organisationId: scope.organisationId, rules: [...defaultCredentialRules], publicPageEnabled: enabled, publicPage: page, updatedAt: now })
    .onConflictDoUpdate({ target: credentialSettings.organisationId, set: { publicPageEnabled: enabled, publicPage: page, updatedAt: now } });
}

export interface PublishedClinic {
  organisationId: string;
  name: string;
  slug: string;
  settings: PublicPageSettings;
}

/** The clinic behind a public slug, only while its public page is switched on. */
export async function findPublishedClinic(db: Database, slug: string): Promise<PublishedClinic | undefined> {
  const [row] = await db
    .select({ organisationId: organisations.id, name: organisations.name, slug: organisations.slug, page: credentialSettings.publicPage })
    .from(organisations)
    .innerJoin(credentialSettings, eq(credentialSettings.organisationId, organisations.id))
    .where(and(eq(organisations.slug, slug), eq(credentialSettings.publicPageEnabled, true)));
  return row ? { organisationId: row.organisationId, name: row.name, slug: row.slug, settings: readStoredPublicPageSettings(true, row.page) } : undefined;
}

export interface PublicClinicRecords {
  locations: ClinicLocationRow[];
  staff: StaffFacts[];
  credentials: ListedCredentialFacts[];
  courses: CourseFacts[];
  sessions: DosingSessionFacts[];
  phq9: Phq9Total[];
}

/**
 * Everything the public page is built from, in one batch of queries. Only what the page may show is read: staff
 * names and roles, publicly listed licences and certifications, and for outcomes only pseudonymous ids, times and
 * totals (no names, MRNs, dates of birth or contact details). Records under 42 CFR Part 2 are not read.
 */
export async function loadPublicClinicRecords(db: Database, scope: OrganisationScope, window: { from: Date; to: Date }): Promise<PublicClinicRecords> {
  const organisationId = scope.organisationId;
  // Courses that could have completed an induction series in the window: activated, not Part 2, not ended before it.
  const coursePlan = and(
    eq(treatmentPlans.organisationId, organisationId),
    eq(treatmentPlans.confidentiality, 'normal'),
    ne(treatmentPlans.status, 'draft'),
    isNotNull(treatmentPlans.activatedAt),
    or(isNull(treatmentPlans.endedAt), gte(treatmentPlans.endedAt, window.from)),
  );
  const latestVerification = db
    .selectDistinctOn([credentialVerifications.credentialId], { credentialId: credentialVerifications.credentialId, at: credentialVerifications.verifiedAt, outcome: credentialVerifications.outcome })
    .from(credentialVerifications)
    .where(eq(credentialVerifications.organisationId, organisationId))
    .orderBy(credentialVerifications.credentialId, desc(credentialVerifications.verifiedAt), desc(credentialVerifications.id))
    .as('latest_verification');

  const [locations, staff, credentials, plans, inductionSlots, sessions] = await Promise.all([
    listClinicLocations(db, scope),
    db
      .select({ userId: users.id, displayName: users.displayName, roles: sql<StaffRole[]>`array_agg(${userRoles.role} order by ${userRoles.role})` })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.organisationId, organisationId)))
      .where(and(eq(users.organisationId, organisationId), eq(users.kind, 'staff'), isNull(users.disabledAt), inArray(userRoles.role, [...clinicalRoles])))
      .groupBy(users.id, users.displayName),
    db
      .select({
        userId: staffCredentials.userId,
        kind: staffCredentials.kind,
        type: staffCredentials.type,
        jurisdiction: staffCredentials.jurisdiction,
        number: staffCredentials.number,
        issuer: staffCredentials.issuer,
        status: staffCredentials.status,
        expiresAt: staffCredentials.expiresAt,
        verifiedAt: latestVerification.at,
        verificationOutcome: latestVerification.outcome,
      })
      .from(staffCredentials)
      .leftJoin(latestVerification, eq(latestVerification.credentialId, staffCredentials.id))
      .where(and(eq(staffCredentials.organisationId, organisationId), eq(staffCredentials.publiclyListed, true), inArray(staffCredentials.kind, [...publicCredentialKinds]))),
    db.select({ id: treatmentPlans.id, patientId: treatmentPlans.patientId }).from(treatmentPlans).where(coursePlan),
    db
      .select({ planId: treatmentPlanSessions.planId, sequence: treatmentPlanSessions.sequence })
      .from(treatmentPlanSessions)
      .innerJoin(treatmentPlans, eq(treatmentPlans.id, treatmentPlanSessions.planId))
      .where(and(eq(treatmentPlanSessions.organisationId, organisationId), eq(treatmentPlanSessions.phase, 'induction'), coursePlan)),
    db
      .select({
        planId: treatmentSessions.planId,
        patientId: treatmentSessions.patientId,
        planSequence: treatmentSessions.planSequence,
        dosingStartedAt: treatmentSessions.dosingStartedAt,
        administrationEndedAt: treatmentSessions.administrationEndedAt,
        adverseEvents: sql<number>`count(${sessionEvents.id}) filter (where ${sessionEvents.kind} = 'adverse-event')`.mapWith(Number),
        seriousAdverseEvents: sql<number>`count(${sessionEvents.id}) filter (where ${sessionEvents.kind} = 'adverse-event' and ${sessionEvents.serious})`.mapWith(Number),
      })
      .from(treatmentSessions)
      .leftJoin(sessionEvents, and(eq(sessionEvents.sessionId, treatmentSessions.id), eq(sessionEvents.organisationId, organisationId)))
      .where(
        and(
          eq(treatmentSessions.organisationId, organisationId),
          eq(treatmentSessions.confidentiality, 'normal'),
          isNotNull(treatmentSessions.dosingStartedAt),
          inArray(treatmentSessions.planId, db.select({ id: treatmentPlans.id }).from(treatmentPlans).where(coursePlan)),
        ),
      )
      .groupBy(treatmentSessions.id),
  ]);

  const sessionsByPlan = groupBy(sessions, (session) => session.planId);
  const inductionByPlan = groupBy(inductionSlots, (slot) => slot.planId, (slot) => slot.sequence);
  const courses: CourseFacts[] = plans.map((plan) => ({
    patientId: plan.patientId,
    inductionSequences: inductionByPlan.get(plan.id) ?? [],
    dosedSessions: (sessionsByPlan.get(plan.id) ?? []).map((session) => ({ planSequence: session.planSequence, dosingStartedAt: session.dosingStartedAt!, administrationEndedAt: session.administrationEndedAt })),
  }));
  // Only the PHQ-9s each counted course can use (phq9Span), through the patient index: a fraction of a network's.
  const spans = [...inductionCompletions(courses, window)].map(([patientId, completion]) => {
    const span = phq9Span(completion);
    return { patient_id: patientId, from_at: span.from.toISOString(), to_at: span.to.toISOString() };
  });
  const phq9 = await queryRows<{ patientId: string; completedAt: string | Date; total: number }>(
    db,
    sql`select a.patient_id as "patientId", a.completed_at as "completedAt", a.total
      from jsonb_to_recordset(${JSON.stringify(spans)}::jsonb) as span(patient_id uuid, from_at timestamptz, to_at timestamptz)
      join ${assessments} a on a.organisation_id = ${organisationId} and a.patient_id = span.patient_id and a.instrument_id = 'phq9'
        and a.completed_at >= span.from_at and a.completed_at <= span.to_at
      where a.confidentiality = 'normal' and a.total is not null`,
  );
  return {
    locations,
    staff: staff.map((person) => ({ userId: person.userId, displayName: person.displayName, roles: person.roles })),
    credentials: credentials.map(({ verifiedAt, verificationOutcome, ...credential }) => ({
      ...credential,
      lastVerification: verifiedAt && verificationOutcome ? { at: verifiedAt, outcome: verificationOutcome } : null,
    })),
    courses,
    sessions: sessions.map((session) => ({ patientId: session.patientId, dosingStartedAt: session.dosingStartedAt!, adverseEvents: session.adverseEvents, seriousAdverseEvents: session.seriousAdverseEvents })),
    phq9: phq9.map((point) => ({ patientId: point.patientId, completedAt: new Date(point.completedAt), total: Number(point.total) })),
  };
}
