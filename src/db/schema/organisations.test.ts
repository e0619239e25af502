import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';

// The database has the last word: these rows bypass every application check and must still be refused.
describe('organisation and clinic_location constraints', () => {
  let database: TestDatabase;
  let organisationId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const rows = await database.db.execute(sql`insert into organisation (slug, name) values ('constraint-test', 'Constraint Test Clinic') returning id`);
    organisationId = (rows as unknown as { rows: { id: string }[] }).rows[0]!.id;
  });
  afterAll(async () => database.close());

  const insertLocation = (overrides: Record<string, unknown> = {}) => {
    const row = { name: 'A', country: 'US', time_zone: 'America/Chicago', organisation_id: organisationId, ...overrides };
    return database.db.execute(sql`
      insert into clinic_location (organisation_id, name, address_line1, city, region, postal_code, country, time_zone)
      values (${row.organisation_id}, ${row.name}, '1 Test St', 'Testville', 'ZZ', '00000', ${row.country}, ${row.time_zone})`);
  };

  it.each([
    ['a bad slug', sql`insert into organisation (slug, name) values ('Bad Slug', 'X')`],
    ['a blank name', sql`insert into organisation (slug, name) values ('blank-name', '   ')`],
    ['a duplicate slug', sql`insert into organisation (slug, name) values ('constraint-test', 'Again')`],
  ])('refuses an organisation with %s', async (_label, statement) => {
    await expect(database.db.execute(statement)).rejects.toThrow();
  });

  it('accepts a valid location and refuses a second of the same name in the organisation', async () => {
    await insertLocation({ name: 'Unique' });
    await expect(insertLocation({ name: 'Unique' })).rejects.toThrow();
  });

  it.each([
    ['a lower-case country', { country: 'us' }],
    ['an empty time zone', { time_zone: '' }],
    ['a blank name', { name: ' ' }],
    ['an unknown organisation', { organisation_id: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses a location with %s', async (_label, overrides) => {
    await expect(insertLocation(overrides)).rejects.toThrow();
  });
});
