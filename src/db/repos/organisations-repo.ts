import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { ClinicLocationInput, OrganisationInput } from '../../domain/organisations/clinic-location.js';
import type { Database } from '../database.js';
import { clinicLocations, organisations } from '../schema/index.js';

export interface OrganisationRow {
  id: string;
  slug: string;
  name: string;
}

export interface ClinicLocationRow extends ClinicLocationInput {
  id: string;
}

/** The scope of a query on tenant data: a caller never reads outside their organisation. */
export interface OrganisationScope {
  organisationId: string;
}

export async function countOrganisations(db: Database): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(organisations);
  return row?.count ?? 0;
}

export async function findOrganisationBySlug(db: Database, slug: string): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  return row;
}

/** The first two organisations by creation; callers use it to tell "exactly one" from "several". */
export async function listFirstOrganisations(db: Database): Promise<OrganisationRow[]> {
  return db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .orderBy(asc(organisations.createdAt), asc(organisations.slug))
    .limit(2);
}

/** Creates the organisation unless its slug exists; answers the stored row either way. */
export async function ensureOrganisation(db: Database, input: OrganisationInput): Promise<OrganisationRow> {
  await db.insert(organisations).values(input).onConflictDoNothing({ target: organisations.slug });
  const row = await findOrganisationBySlug(db, input.slug);
  if (!row) throw new Error(`organisation ${input.slug} vanished after insert`);
  return row;
}

/** Creates the location unless one of that name exists in the organisation. Answers true when created. */
export async function ensureClinicLocation(db: Database, scope: OrganisationScope, input: ClinicLocationInput): Promise<boolean> {
  const inserted = await db
    .insert(clinicLocations)
    .values({
      organisationId: scope.organisationId,
      name: input.name,
      addressLine1: input.address.line1,
      addressLine2: input.address.line2 ?? null,
      city: input.address.city,
      region: input.address.region,
      postalCode: input.address.postalCode,
      country: input.address.country,
      timeZone: input.timeZone,
      phone: input.phone ?? null,
    })
    .onConflictDoNothing({ target: [clinicLocations.organisationId, clinicLocations.name] })
    .returning({ id: clinicLocations.id });
  return inserted.length > 0;
}

export async function listClinicLocations(db: Database, scope: OrganisationScope): Promise<ClinicLocationRow[]> {
  const rows = await db
    .select()
    .from(clinicLocations)
    .where(eq(clinicLocations.organisationId, scope.organisationId))
    .orderBy(asc(clinicLocations.name));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    address: {
      line1: row.addressLine1,
      ...(row.addressLine2 ? { line2: row.addressLine2 } : {}),
      city: row.city,
      region: row.region,
      postalCode: row.postalCode,
      country: row.country,
    },
    timeZone: row.timeZone,
    ...(row.phone ? { phone: row.phone } : {}),
  }));
}

export async function findOrganisationById(db: Database, organisationId: string): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row;
}

/** Sets the location's opening hours; false when the location is not the organisation's. */
export async function setLocationOpeningHours(db: Database, scope: OrganisationScope, locationId: string, openingHours: Record<string, { opens: string; closes: string } | null>): Promise<boolean> {
  const rows = await db
    .update(clinicLocations)
    .set({ openingHours })
    .where(and(eq(clinicLocations.organisationId, scope.organisationId), eq(clinicLocations.id, locationId)))
    .returning({ id: clinicLocations.id });
  return rows.length === 1;
}

export type ClinicLocationDetails = Pick<
  typeof clinicLocations.$inferSelect,
  'id' | 'name' | 'addressLine1' | 'addressLine2' | 'city' | 'region' | 'postalCode' | 'country' | 'timeZone' | 'phone' | 'openingHours'
>;

const locationDetails = {
  id: clinicLocations.id,
  name: clinicLocations.name,
  addressLine1: clinicLocations.addressLine1,
  addressLine2: clinicLocations.addressLine2,
  city: clinicLocations.city,
  region: clinicLocations.region,
  postalCode: clinicLocations.postalCode,
  country: clinicLocations.country,
  timeZone: clinicLocations.timeZone,
  phone: clinicLocations.phone,
  openingHours: clinicLocations.openingHours,
};

export async function findClinicLocation(db: Database, scope: OrganisationScope, locationId: string): Promise<ClinicLocationDetails | undefined> {
  const [row] = await db
    .select(locationDetails)
    .from(clinicLocations)
    .where(and(eq(clinicLocations.organisationId, scope.organisationId), eq(clinicLocations.id, locationId)));
  return row;
}

/** Where a patient is treated: the location asked for, else their home location, else the clinic's first by name. */
export async function findTreatingLocation(db: Database, scope: OrganisationScope, homeLocationId: string | null, requestedId?: string): Promise<ClinicLocationDetails | undefined> {
  if (requestedId) return findClinicLocation(db, scope, requestedId);
  const [row] = await db
    .select(locationDetails)
    .from(clinicLocations)
    .where(eq(clinicLocations.organisationId, scope.organisationId))
    .orderBy(desc(sql`${clinicLocations.id} = ${homeLocationId}`), asc(clinicLocations.name))
    .limit(1);
  return row;
}
