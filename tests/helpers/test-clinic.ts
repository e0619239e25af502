import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { ensureClinicLocation, ensureOrganisation, listClinicLocations, type OrganisationRow } from '../../src/db/repos/organisations-repo.js';
import { deaRegistrations } from '../../src/db/schema/index.js';
import { syntheticDeaNumber } from './test-credentials.js';
import type { ClinicLocationInput } from '../../src/domain/organisations/clinic-location.js';

/** A synthetic location; override what a test cares about. */
export function buildLocation(overrides: Partial<ClinicLocationInput> = {}): ClinicLocationInput {
  return {
    name: 'Test Location',
    address: { line1: '1 Test Street', city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' },
    timeZone: 'America/Chicago',
    ...overrides,
  };
}

/**
 * A fresh organisation with a unique slug, and the given locations, each with a DEA registration for
 * Schedules III–V (synthetic numbers) unless `deaRegistrations: false`.
 */
export async function createTestClinic(db: Database, locations: ClinicLocationInput[] = [buildLocation()], options: { deaRegistrations?: boolean } = {}): Promise<OrganisationRow> {
  const suffix = randomBytes(4).toString('hex');
  const organisation = await ensureOrganisation(db, { slug: `test-clinic-${suffix}`, name: `Test Clinic ${suffix}` });
  const scope = { organisationId: organisation.id };
  for (const location of locations) await ensureClinicLocation(db, scope, location);
  if (options.deaRegistrations !== false) {
    for (const [index, location] of (await listClinicLocations(db, scope)).entries()) {
      await db.insert(deaRegistrations).values({ organisationId: organisation.id, locationId: location.id, number: syntheticDeaNumber('BT', 100_000 + index), schedules: ['3', '3N', '4', '5'], expiresOn: '2030-12-31' });
    }
  }
  return organisation;
}
