import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientOnActiveCourse } from '../../../../tests/helpers/course-fixtures.js';
import { TestClock, createTestApp } from '../../../../tests/helpers/test-app.js';
import { buildLocation, createTestClinic } from '../../../../tests/helpers/test-clinic.js';
import { authoriseOnAllRegistrations } from '../../../../tests/helpers/test-credentials.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-database.js';
import { sessionCookieFor } from '../../../../tests/helpers/test-sessions.js';
import { createTestUser, type TestUser } from '../../../../tests/helpers/test-users.js';
import { totpCodeAt } from '../../../domain/auth/totp.js';
import { queryRows } from '../../../db/database.js';
import { listClinicLocations } from '../../../db/repos/organisations-repo.js';
import { patients } from '../../../db/schema/index.js';

const hour = 3_600_000;
// Synthetic supplier; DEA check digits: AB1234563 ((1+3+5) + 2×(2+4+6) = 33 → 3), FT5555555 (45 → 5).
const supplier = { name: 'Wholesaler, "Demo" Inc. (synthetic)', address: '1 Sample Way, Suite 2, Testville ZZ 00000', deaNumber: 'AB1234563' };

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return records;
}

/** The CSV's table as objects keyed by header, after the 7-line meta block and its empty line. */
function csvRows(body: string): { meta: string[][]; header: string[]; rows: Record<string, string>[] } {
  expect(body.startsWith('\ufeff')).toBe(true);
  const records = parseCsv(body.slice(1));
  expect(records[7]).toEqual(['']);
  const [header, ...rows] = records.slice(8);
  return { meta: records.slice(0, 7), header: header!, rows: rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!]))) };
}

describe('the controlled-substance reports', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  // Monday 30 November 2026, 08:00 in Chicago.
  const clock = new TestClock(new Date('2026-11-30T14:00:00Z'));
  let organisationId: string;
  let locationId: string;
  let annexId: string;
  const users = {} as Record<'nurse' | 'prescriber' | 'director' | 'therapist' | 'witness', TestUser>;
  let patientId: string;
  let sessionId: string;
  let productId: string;
  let containerIds: string[];

  const cookieOf = (as: keyof typeof users) => sessionCookieFor(database.db, organisationId, users[as].id, clock.now());
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, as: keyof typeof users, payload?: object) => app.inject({ method, url, headers: { cookie: await cookieOf(as) }, ...(payload ? { payload } : {}) });
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, as: keyof typeof users, payload?: object) => {
    const response = await call(method, url, as, payload);
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, { clock });
    const clinic = await createTestClinic(database.db, [buildLocation(), buildLocation({ name: 'North Annex', address: { line1: '2 North Road', city: 'Testville', region: 'ZZ', postalCode: '00001', country: 'US' } })], { deaRegistrations: false });
    organisationId = clinic.id;
    const locations = await listClinicLocations(database.db, { organisationId });
    locationId = locations.find((location) => location.name === 'Test Location')!.id;
    annexId = locations.find((location) => location.name === 'North Annex')!.id;
    for (const role of ['nurse', 'prescriber', 'therapist'] as const) users[role] = await createTestUser(database.db, clinic, { roles: [role] });
    users.director = await createTestUser(database.db, clinic, { roles: ['medical-director'] });
    users.witness = await createTestUser(database.db, clinic, { roles: ['nurse'] });
    await database.db.execute(sql`update app_user set display_name = ${'Nora Nurse'} where id = ${users.nurse.id}`);
    await database.db.execute(sql`update app_user set display_name = ${'Wes Witness'} where id = ${users.witness.id}`);
    let planId: string;
    ({ patientId, planId } = await patientOnActiveCourse(app, database.db, organisationId, { nurse: await cookieOf('nurse'), prescriber: await cookieOf('prescriber') }, { protocolKey: 'iv-racemic-depression', route: 'iv', consentKind: 'racemic-iv-im', homeLocationId: locationId, now: clock.now() }));
    await database.db.update(patients).set({ addressLine1: '12 Elm Street, Apt "3"', city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' }).where(and(eq(patients.organisationId, organisationId), eq(patients.id, patientId)));
    sessionId = (await ok('POST', `/api/patients/${patientId}/sessions`, 'nurse', { planId, planSequence: 1, chair: 'Chair 1' })).id;

    await ok('POST', '/api/controlled-substances/registrations', 'director', { locationId, number: 'FT5555555', schedules: ['3', '3N'], expiresOn: '2028-03-31' });
    for (const user of Object.values(users)) await authoriseOnAllRegistrations(database.db, organisationId, user.id, clock.now());
    productId = (await ok('POST', '/api/controlled-substances/products', 'director', { genericName: 'ketamine hydrochloride', ndc: '42023-0113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial' })).id;
    // 23:30 on Sunday 29 November in Chicago (05:30 UTC on the 30th): the day before, on the location's clock.
    const lateSunday = await ok('POST', '/api/controlled-substances/receipts', 'nurse', { productId, locationId, lotNumber: 'LOT-SUN', expiresOn: '2028-01-31', containers: 1, supplier, invoiceNumber: 'INV-0', occurredAt: '2026-11-30T05:30:00Z' });
    expect(lateSunday.containerIds).toHaveLength(1);
    containerIds = (await ok('POST', '/api/controlled-substances/receipts', 'nurse', { productId, locationId, lotNumber: 'LOT-T1', expiresOn: '2028-01-31', containers: 2, supplier, invoiceNumber: 'INV-1' })).containerIds;
    clock.advance(2 * hour);
    await ok('POST', '/api/controlled-substances/entries', 'nurse', { entry: { kind: 'administration', containerId: containerIds[0], quantityMg: 50, quantityMl: 5, sessionId, patientId } });
    clock.advance(hour / 4);
    const witness = { email: users.witness.email, password: users.witness.password, code: totpCodeAt(users.witness.totpSecret!, clock.now()) };
    await ok('POST', '/api/controlled-substances/entries', 'nurse', { entry: { kind: 'waste', containerId: containerIds[0], quantityMg: 10, quantityMl: 1, method: 'Sharps-safe waste container, with absorbent' }, witness });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const dispensing = (query: string, as: keyof typeof users = 'nurse') => call('GET', `/api/controlled-substances/reports/dispensing?${query}`, as);

  it('exports the dispensing record as CSV with every field of 21 CFR 1304.22(c) for a receipt, an administration and a waste', async () => {
    const response = await dispensing(`from=2026-11-30&to=2026-11-30&locationId=${locationId}&format=csv`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="dispensing-record-2026-11-30-to-2026-11-30.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    const { meta, rows } = csvRows(response.body);
    expect(meta[1]).toEqual(['Registrant', 'Test Location, 1 Test Street, Testville, ZZ 00000, US, DEA FT5555555']);
    expect(meta[2]).toEqual(['Period', '2026-11-30 to 2026-11-30 (inclusive)']);
    expect(meta[5]).toEqual(['Retain until', '2028-11-30 (2 years)']);
    // The Sunday-night receipt is on the 29th at the location: not in a report for the 30th.
    expect(rows.map((row) => [row.Record, row['Ledger kind']])).toEqual([
      ['receipt', 'receipt'],
      ['administration', 'administration'],
      ['disposal', 'waste'],
    ]);
    const [receipt, administration, waste] = rows as [Record<string, string>, Record<string, string>, Record<string, string>];
    const finishedForm = { Substance: 'ketamine hydrochloride', 'Strength (mg/mL)': '10', 'Volume per container (mL)': '20', Form: 'vial', NDC: '42023-0113-10' };
    // (c)(1)–(3): substance, finished form; containers received, date, supplier name, address and DEA number.
    expect(receipt).toMatchObject({
      ...finishedForm,
      'Date and time': '2026-11-30 08:00',
      'Containers received': '2',
      'Quantity (mg)': '400',
      'Quantity (mL)': '40',
      'Supplier name': 'Wholesaler, "Demo" Inc. (synthetic)',
      'Supplier address': '1 Sample Way, Suite 2, Testville ZZ 00000',
      'Supplier DEA number': 'AB1234563',
      'Invoice number': 'INV-1',
      'Recorded by': 'Nora Nurse',
      Lot: 'LOT-T1',
    });
    // (c)(4): quantity, patient name and address, date, who administered.
    expect(administration).toMatchObject({
      ...finishedForm,
      'Date and time': '2026-11-30 10:00',
      'Quantity (mg)': '50',
      'Quantity (mL)': '5',
      'Patient name': 'Sol Sessiontest',
      'Patient address': '12 Elm Street, Apt "3", Testville, ZZ 00000, US',
      'Administered by': 'Nora Nurse',
      'Supplier name': '',
    });
    // (c)(5): quantity, date and manner of disposal; the witness (clinic policy).
    expect(waste).toMatchObject({
      ...finishedForm,
      'Date and time': '2026-11-30 10:15',
      'Quantity (mg)': '10',
      'Quantity (mL)': '1',
      'Manner of disposal': 'Wasted: Sharps-safe waste container, with absorbent',
      Witnesses: 'Wes Witness',
      'Patient name': '',
    });
  });

  it('answers the same record as JSON and as a PDF, and audits each report generated', async () => {
    const json = await dispensing('from=2026-11-29&to=2026-11-30&locationId=' + locationId);
    expect(json.statusCode, json.body).toBe(200);
    const report = json.json();
    expect(report.meta).toMatchObject({ period: { from: '2026-11-29', to: '2026-11-30' }, registrants: [{ locationName: 'Test Location', deaNumber: 'FT5555555' }], retainUntil: '2028-11-30', retentionYears: 2, timeZone: 'America/Chicago' });
    expect(report.rows.map((row: Record<string, string>) => [row.date, row.kind, row.containersReceived])).toEqual([
      ['2026-11-29 23:30', 'receipt', '1'],
      ['2026-11-30 08:00', 'receipt', '2'],
      ['2026-11-30 10:00', 'administration', ''],
      ['2026-11-30 10:15', 'waste', ''],
    ]);
    const pdf = await dispensing(`from=2026-11-30&to=2026-11-30&locationId=${locationId}&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('inline; filename="dispensing-record-2026-11-30-to-2026-11-30.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await PDFDocument.load(pdf.rawPayload)).getTitle()).toBe('Dispensing record (21 CFR 1304.22(c))');
    const audited = await queryRows<{ actor_user_id: string; details: Record<string, unknown> }>(
      database.db,
      sql`select actor_user_id, details from audit_event where organisation_id = ${organisationId} and action = 'stock.report' order by seq`,
    );
    expect(audited.slice(-3)).toEqual([
      { actor_user_id: users.nurse.id, details: { report: 'dispensing', from: '2026-11-30', to: '2026-11-30', format: 'csv', rows: 3 } },
      { actor_user_id: users.nurse.id, details: { report: 'dispensing', from: '2026-11-29', to: '2026-11-30', format: 'json', rows: 4 } },
      { actor_user_id: users.nurse.id, details: { report: 'dispensing', from: '2026-11-30', to: '2026-11-30', format: 'pdf', rows: 3 } },
    ]);
  });

  it('lists a product’s ledger with the running balance from the entries before the period, and each entry’s hash', async () => {
    const response = await call('GET', `/api/controlled-substances/reports/ledger?productId=${productId}&from=2026-11-30&to=2026-11-30&locationId=${locationId}`, 'director');
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.meta.details.slice(1, 3)).toEqual([
      { label: 'Opening balance (start of 2026-11-30)', value: '200 mg (20 mL)' },
      { label: 'Closing balance (end of 2026-11-30)', value: '540 mg (54 mL)' },
    ]);
    const ledger = (await ok('GET', `/api/controlled-substances/ledger?containerId=${containerIds[0]}`, 'nurse')).entries as { seq: number; hash: string }[];
    const hashes = new Map(ledger.map((entry) => [String(entry.seq), entry.hash]));
    expect(report.rows.map((row: Record<string, string>) => [row.kind, row.changeMg, row.balanceMg, row.author, row.witnesses])).toEqual([
      ['receipt', '200', '400', 'Nora Nurse', ''],
      ['receipt', '200', '600', 'Nora Nurse', ''],
      ['administration', '-50', '550', 'Nora Nurse', ''],
      ['waste', '-10', '540', 'Nora Nurse', 'Wes Witness'],
    ]);
    const withHashes = (report.rows as Record<string, string>[]).filter((row) => hashes.has(row.seq!));
    expect(withHashes).toHaveLength(3); // the first vial's receipt, administration and waste
    for (const row of withHashes) expect(row.hash).toBe(hashes.get(row.seq!));
    const csv = await call('GET', `/api/controlled-substances/reports/ledger?productId=${productId}&from=2026-11-30&to=2026-11-30&locationId=${locationId}&format=csv`, 'director');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="ledger-42023-0113-10-2026-11-30-to-2026-11-30.csv"');
    expect(csvRows(csv.body).rows.map((row) => row['Balance (mg)'])).toEqual(['400', '600', '550', '540']);
  });

  it('prints an inventory: kind, close of business, date, DEA registration, each container counted, exact or estimated, against the ledger', async () => {
    clock.advance(8 * hour); // 18:15 in Chicago
    const counted = await ok('POST', '/api/controlled-substances/counts', 'nurse', {
      locationId,
      kind: 'biennial',
      timing: 'close',
      lines: [
        { containerId: containerIds[0], state: 'in-use', countedMl: 13.9, sealedPresent: true, method: 'estimated' },
        { containerId: containerIds[1], state: 'sealed', countedMl: null, sealedPresent: true },
      ],
    });
    const response = await call('GET', `/api/controlled-substances/reports/inventory/${counted.countId}?format=csv`, 'director');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="inventory-${counted.countId.slice(0, 8)}.csv"`);
    const { meta, rows } = csvRows(response.body);
    expect(meta[0]).toEqual(['Report', 'Biennial inventory (21 CFR 1304.11(c))']);
    expect(meta[6]![1]).toContain('Taken at: close of business; Date and time: 2026-11-30 18:15; Location: Test Location (DEA FT5555555); Counted by: Nora Nurse; Discrepancies: 1');
    expect(rows.map((row) => [row.Lot, row.State, row['Counted (mL)'], row['Counted (mg)'], row['Exact or estimated'], row['Ledger expected (mL)'], row['Difference (mL)'], row.Discrepancy])).toEqual([
      ['LOT-T1', 'in-use', '13.9', '139', 'estimated', '14', '-0.1', 'none'],
      ['LOT-T1', 'sealed', '20', '200', 'exact', '20', '0', 'none'],
      ['LOT-SUN', 'not-found', '0', '0', 'not found', '20', '-20', 'missing container'],
    ]);
    expect(rows[0]).toMatchObject({ Substance: 'ketamine hydrochloride', NDC: '42023-0113-10' });
    const pdf = await call('GET', `/api/controlled-substances/reports/inventory/${counted.countId}?format=pdf`, 'director');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.length).toBeGreaterThan(1000);
    expect((await call('GET', '/api/controlled-substances/reports/inventory/00000000-0000-4000-8000-000000000000', 'director')).statusCode).toBe(404);
  });

  it('refuses a role without stock.read, and names the field of a bad period, location or product', async () => {
    for (const url of [
      '/api/controlled-substances/reports/dispensing?from=2026-11-30&to=2026-11-30',
      `/api/controlled-substances/reports/ledger?productId=${productId}&from=2026-11-30&to=2026-11-30`,
      '/api/controlled-substances/reports/inventory/00000000-0000-4000-8000-000000000000',
    ])
      expect((await call('GET', url, 'therapist')).statusCode).toBe(403);
    const problem = async (query: string) => {
      const response = await dispensing(query);
      expect(response.statusCode).toBe(400);
      return response.json().errors.map((error: { pointer: string; detail: string }) => [error.pointer, error.detail]);
    };
    expect(await problem('from=2026-12-01&to=2026-11-30')).toEqual([['/to', 'On or after from']]);
    expect(await problem('from=2024-11-29&to=2026-11-30')).toEqual([['/to', 'At most 2 years after from (2026-11-29); ask for several reports']]);
    expect(await problem('from=2026-02-30&to=2026-11-30')).toEqual([['/from', 'A date as YYYY-MM-DD']]);
    expect(await problem('from=2026-11-01&to=2026-11-30&format=xlsx')).toEqual([['/format', 'One of json, csv, pdf']]);
    expect(await problem('from=2026-11-01&to=2026-11-30&locationId=00000000-0000-4000-8000-000000000000')).toEqual([['/locationId', 'Unknown location']]);
    const unknownProduct = await call('GET', '/api/controlled-substances/reports/ledger?from=2026-11-01&to=2026-11-30&productId=00000000-0000-4000-8000-000000000000', 'nurse');
    expect(unknownProduct.json().errors).toEqual([{ in: 'query', pointer: '/productId', detail: 'Unknown product' }]);
    // A clinic that keeps records five years may ask for five years at once.
    await ok('PUT', '/api/controlled-substances/settings', 'director', { retentionYears: 5, countIntervalHours: 24, expiryWarningDays: 60, patientShipmentDays: 14 });
    const fiveYears = await dispensing('from=2021-11-30&to=2026-11-30');
    expect(fiveYears.statusCode, fiveYears.body).toBe(200);
    expect(fiveYears.json().meta).toMatchObject({ retainUntil: '2031-11-30', retentionYears: 5 });
  });

  it('is an empty table for a period with nothing in it', async () => {
    const response = await dispensing('from=2026-10-01&to=2026-10-31&format=csv');
    const { header, rows } = csvRows(response.body);
    expect(header).toContain('Patient address');
    expect(rows).toEqual([]);
  });

  it('shows a transfer between two registered locations as a disposal at one and a receipt from a registrant at the other', async () => {
    await ok('POST', '/api/controlled-substances/registrations', 'director', { locationId: annexId, number: 'BK1234563', schedules: ['3', '3N'], expiresOn: '2028-03-31' });
    await authoriseOnAllRegistrations(database.db, organisationId, users.nurse!.id, clock.now());
    await ok('POST', '/api/controlled-substances/transfers', 'nurse', { containerId: containerIds[1], toLocationId: annexId });
    const report = (await dispensing('from=2026-11-30&to=2026-11-30')).json();
    expect(report.meta.registrants).toEqual([
      { locationName: 'North Annex', address: '2 North Road, Testville, ZZ 00001, US', deaNumber: 'BK1234563' },
      { locationName: 'Test Location', address: '1 Test Street, Testville, ZZ 00000, US', deaNumber: 'FT5555555' },
    ]);
    const transfers = report.rows.filter((row: Record<string, string>) => row.kind!.startsWith('transfer'));
    expect(transfers.map((row: Record<string, string>) => [row.location, row.record, row.disposalManner, row.supplierName, row.supplierAddress, row.supplierDeaNumber, row.containersReceived])).toEqual([
      ['Test Location (DEA FT5555555)', 'disposal', 'Transferred to North Annex, 2 North Road, Testville, ZZ 00001, US, DEA BK1234563', '', '', '', ''],
      ['North Annex (DEA BK1234563)', 'receipt', '', 'Test Location', '1 Test Street, Testville, ZZ 00000, US', 'FT5555555', '1'],
    ]);
    // The annex's own record holds the receipt only.
    const annex = (await dispensing(`from=2026-11-30&to=2026-11-30&locationId=${annexId}`)).json();
    expect(annex.rows.map((row: Record<string, string>) => row.kind)).toEqual(['transfer-in']);
  });
});
