import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { ensureClinicLocation, ensureOrganisation, type OrganisationRow } from '../../src/db/repos/organisations-repo.js';
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

/** A fresh organisation with a unique slug, and the given locations. */
export async function createTestClinic(db: Database, locations: ClinicLocationInput[] = [buildLocation()]): Promise<OrganisationRow> {
  const suffix = randomBytes(4).toString('hex');
  const organisation = await ensureOrganisation(db, { slug: `test-clinic-${suffix}`, name: `Test Clinic ${suffix}` });
  for (const location of locations) await ensureClinicLocation(db, { organisationId: organisation.id }, location);
  return organisation;
}
