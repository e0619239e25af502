import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { countOrganisations, findOrganisationBySlug, listClinicLocations } from '../repos/organisations-repo.js';
import { demoLocations, demoOrganisation } from './demo-clinic.js';
import { loadDemoClinic } from './load-demo-clinic.js';

describe('loadDemoClinic', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('loads the visibly synthetic clinic once, however often and however concurrently it runs', async () => {
    const results = await Promise.all([loadDemoClinic(database.db), loadDemoClinic(database.db), loadDemoClinic(database.db)]);
    expect(results.reduce((sum, result) => sum + result.locationsCreated, 0)).toBe(demoLocations.length);
    expect((await loadDemoClinic(database.db)).locationsCreated).toBe(0);

    expect(await countOrganisations(database.db)).toBe(1);
    const organisation = await findOrganisationBySlug(database.db, 'demo');
    expect(organisation?.name).toBe('Demo Ketamine Clinic');
    const locations = await listClinicLocations(database.db, { organisationId: organisation!.id });
    expect(locations.map((location) => location.name).sort()).toEqual(demoLocations.map((location) => location.name).sort());
  });

  it('is visibly fake: demo names, the fictional region ZZ, postal code 00000, 555-01xx phones', () => {
    expect(demoOrganisation.name).toMatch(/^Demo /);
    for (const location of demoLocations) {
      expect(location.name).toMatch(/Demo/);
      expect(location.address.region).toBe('ZZ');
      expect(location.address.postalCode).toBe('00000');
      expect(location.phone).toMatch(/^\+1 555 01\d\d$/);
    }
  });
});
