import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { countOrganisations, findOrganisationBySlug, listClinicLocations } from '../repos/organisations-repo.js';
import { checkPassword } from '../../domain/auth/password-policy.js';
import { demoLocations, demoOrganisation } from './demo-clinic.js';
import { demoPassword, demoPatients, demoStaff } from './demo-people.js';
import { loadDemoClinic } from './load-demo-clinic.js';

describe('loadDemoClinic', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('loads the visibly synthetic clinic once, however often and however concurrently it runs', async () => {
    const results = await Promise.all([loadDemoClinic(database.db), loadDemoClinic(database.db), loadDemoClinic(database.db)]);
    const sum = (key: 'locationsCreated' | 'usersCreated' | 'patientsCreated') => results.reduce((total, result) => total + result[key], 0);
    expect([sum('locationsCreated'), sum('usersCreated'), sum('patientsCreated')]).toEqual([demoLocations.length, demoStaff.length + 1, demoPatients.length]);
    expect(await loadDemoClinic(database.db)).toMatchObject({ locationsCreated: 0, usersCreated: 0, patientsCreated: 0 });

    expect(await countOrganisations(database.db)).toBe(1);
    const organisation = await findOrganisationBySlug(database.db, 'demo');
    expect(organisation?.name).toBe('Demo Ketamine Clinic');
    const locations = await listClinicLocations(database.db, { organisationId: organisation!.id });
    expect(locations.map((location) => location.name).sort()).toEqual(demoLocations.map((location) => location.name).sort());
  });

  it('has a demo password the password policy accepts', () => {
    expect(checkPassword(demoPassword, {})).toEqual({ kind: 'acceptable' });
  });

  it('gives demo people visibly fake names, addresses, phones and e-mail domains', () => {
    for (const patient of demoPatients) {
      expect(`${patient.familyName}`).toMatch(/Demo|Sample|Fictional|Test/);
      expect(patient.address?.region).toBe('ZZ');
      expect(patient.phone).toMatch(/^\+1 555 01\d\d$/);
    }
    for (const staff of demoStaff) expect(staff.email).toMatch(/@ketaclinic-demo\.example$/);
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
