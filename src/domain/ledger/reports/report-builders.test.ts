import { describe, expect, it } from 'vitest';
import { buildDispensingRecord } from './dispensing-record.js';
import { buildInventoryReport } from './inventory-report.js';
import { buildLedgerReport } from './product-ledger-report.js';
import { toCsv } from './report-csv.js';
import { noAddressOnFile, patientAddress } from './report-formatting.js';
import type { ReportEntry, ReportLocation, ReportPatient, ReportProduct } from './report-inputs.js';
import type { ReportPeriod } from './report-period.js';
import type { ControlledSubstanceReport } from './report-types.js';

// Synthetic data only. DEA numbers with valid check digits: AB1234563, FT5555555 ((5+5+5) + 2×(5+5+5) = 45 → 5).
const location: ReportLocation = { id: 'loc-1', name: 'Test Location', address: '1 Test Street, Testville ZZ 00000', deaNumber: 'FT5555555', timeZone: 'America/Chicago' };
const otherLocation: ReportLocation = { id: 'loc-2', name: 'North Annex', address: '2 North Road, Testville ZZ 00001', deaNumber: 'AB1234563', timeZone: 'America/Chicago' };
const ketamine: ReportProduct = { genericName: 'ketamine hydrochloride', ndc: '42023-0113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial' };
const esketamine: ReportProduct = { genericName: 'esketamine', ndc: '50458-0028-02', strengthMgPerMl: 140, containerMl: 0.2, form: 'nasal-device' };
const supplier = { name: 'Wholesaler, "Demo" Inc.', address: '1 Sample Way,\nSuite 2, Testville ZZ 00000', deaNumber: 'AB1234563' };
const patient: ReportPatient = { givenName: 'Ana, "Annie"', familyName: "O'Test\nSample", mrn: 'MRN-0001', addressLine1: '12 Elm Street', addressLine2: 'Apt 3', city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' };
const homeless: ReportPatient = { ...patient, givenName: 'Noel', familyName: 'Noaddress', mrn: 'MRN-0002', addressLine1: null, addressLine2: '  ', city: null, region: null, postalCode: null, country: null };
const period: ReportPeriod = { from: '2026-11-01', to: '2026-11-30', toExclusive: '2026-12-01' };
const generatedAt = new Date('2026-12-01T15:00:00Z');

let seq = 0;
function entry(kind: ReportEntry['kind'], at: string, overrides: Partial<ReportEntry> = {}): ReportEntry {
  seq += 1;
  return {
    seq,
    kind,
    occurredAt: new Date(at),
    recordedAt: new Date(at),
    quantityMg: 200,
    quantityMl: 20,
    payload: {},
    product: ketamine,
    lotNumber: 'LOT-T1',
    containerLabel: `42023-0113-10 lot LOT-T1 #${seq}`,
    locationId: location.id,
    authorName: 'Nora Nurse',
    witnessNames: [],
    patient: null,
    correctsSeq: null,
    counterpartLocation: null,
    device: '',
    hash: `${seq}`.padStart(64, 'a'),
    ...overrides,
  };
}

const receiptPayload = { supplier, invoiceNumber: 'INV-1', lotNumber: 'LOT-T1', expiresOn: '2028-01-31' };
// 2 November 09:00 in Chicago (CST, UTC-6).
const receipts = [entry('receipt', '2026-11-02T15:00:00Z', { payload: receiptPayload }), entry('receipt', '2026-11-02T15:00:00Z', { payload: receiptPayload })];
const administration = entry('administration', '2026-11-03T16:30:00Z', { quantityMg: 150, quantityMl: 15, patient, containerLabel: receipts[0]!.containerLabel, authorName: 'Dr, "Pat" Prescriber' });
const waste = entry('waste', '2026-11-03T16:45:00Z', { quantityMg: 50, quantityMl: 5, payload: { method: 'Drawn into a sharps-safe waste container, with absorbent', witnessUserId: 'w' }, witnessNames: ['Wes Witness'], containerLabel: receipts[0]!.containerLabel });
const destruction = entry('destruction', '2026-11-10T20:00:00Z', { payload: { form41: { method: 'Chemical digestion (non-retrievable)', location: 'Pharmacy room', ndc: '42023-0113-10', partialCount: false } }, witnessNames: ['Wes Witness', 'Vic Witness'], containerLabel: receipts[1]!.containerLabel });

function allKinds(): ReportEntry[] {
  return [
    ...receipts,
    administration,
    waste,
    destruction,
    entry('return-to-reverse-distributor', '2026-11-11T15:00:00Z', { payload: { distributor: { name: 'Reverse Co', address: '9 Return Rd, Testville', deaNumber: 'AB1234563' } } }),
    entry('theft-loss', '2026-11-12T15:00:00Z', { quantityMg: 10, quantityMl: 1, payload: { discoveredAt: '2026-11-12T16:00:00.000Z', circumstances: 'Vial broke in transport' } }),
    entry('transfer-out', '2026-11-13T15:00:00Z', { payload: { counterpartLocationId: otherLocation.id, counterpartDeaNumber: 'AB1234563' }, counterpartLocation: { name: otherLocation.name, address: otherLocation.address } }),
    entry('transfer-in', '2026-11-14T15:00:00Z', { payload: { counterpartLocationId: otherLocation.id, counterpartDeaNumber: 'AB1234563' }, counterpartLocation: { name: otherLocation.name, address: otherLocation.address } }),
    entry('count-adjustment', '2026-11-15T15:00:00Z', { quantityMg: 1, quantityMl: 0.1, payload: { reason: 'Recount after a spill', direction: 'decrease' } }),
    entry('correction', '2026-11-16T15:00:00Z', { quantityMg: 1, quantityMl: 0.1, correctsSeq: 9, payload: { reason: 'Recount was wrong', direction: 'increase', correctsEntryId: 'x', note: 'Found behind the tray' } }),
  ];
}

/** RFC 4180 (quoted fields may hold commas, quotes and line breaks). */
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
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field || record.length) throw new Error('CSV does not end with CRLF');
  return records;
}

/** The table of a report's CSV: the header and the records after the meta block and its empty line. */
function csvTable(report: ControlledSubstanceReport): { header: string[]; rows: string[][]; meta: string[][] } {
  const records = parseCsv(toCsv(report));
  const blank = records.findIndex((record) => record.length === 1 && record[0] === '');
  expect(blank).toBe(7);
  const [header, ...rows] = records.slice(blank + 1);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return { header: header!, rows, meta: records.slice(0, blank) };
}

describe('the dispensing record contains every field 21 CFR 1304.22(c) lists', () => {
  const report = buildDispensingRecord({ generatedAt, retentionYears: null, locations: [location], period, entries: allKinds() });
  const table = csvTable(report);
  const rowOf = (kind: string) => report.rows.find((row) => row.kind === kind)!;
  const csvRowOf = (kind: string) => table.rows.find((row) => row[table.header.indexOf('Ledger kind')] === kind)!;

  // [paragraph, kind of entry, header, value]
  const fields: [string, string, string, string][] = [
    ['(c)(1) name of substance', 'receipt', 'Substance', 'ketamine hydrochloride'],
    ['(c)(1) name of substance', 'administration', 'Substance', 'ketamine hydrochloride'],
    ['(c)(1) name of substance', 'waste', 'Substance', 'ketamine hydrochloride'],
    ['(c)(2) finished form: strength', 'receipt', 'Strength (mg/mL)', '10'],
    ['(c)(2) finished form: strength', 'administration', 'Strength (mg/mL)', '10'],
    ['(c)(2) finished form: strength', 'waste', 'Strength (mg/mL)', '10'],
    ['(c)(2) units or volume per commercial container', 'receipt', 'Volume per container (mL)', '20'],
    ['(c)(2) units or volume per commercial container', 'administration', 'Volume per container (mL)', '20'],
    ['(c)(2) units or volume per commercial container', 'waste', 'Volume per container (mL)', '20'],
    ['(c)(2) finished form: form', 'receipt', 'Form', 'vial'],
    ['(c)(2) finished form: form', 'administration', 'Form', 'vial'],
    ['(c)(2) finished form: form', 'waste', 'Form', 'vial'],
    ['(c)(3) number of containers received', 'receipt', 'Containers received', '2'],
    ['(c)(3) date of receipt', 'receipt', 'Date and time', '2026-11-02 09:00'],
    ['(c)(3) supplier name', 'receipt', 'Supplier name', 'Wholesaler, "Demo" Inc.'],
    ['(c)(3) supplier address', 'receipt', 'Supplier address', '1 Sample Way,\nSuite 2, Testville ZZ 00000'],
    ['(c)(3) supplier DEA registration number', 'receipt', 'Supplier DEA number', 'AB1234563'],
    ['(c)(4) units or volume administered (mg)', 'administration', 'Quantity (mg)', '150'],
    ['(c)(4) units or volume administered (mL)', 'administration', 'Quantity (mL)', '15'],
    ['(c)(4) patient name', 'administration', 'Patient name', 'Ana, "Annie" O\'Test\nSample'],
    ['(c)(4) patient address', 'administration', 'Patient address', '12 Elm Street, Apt 3, Testville, ZZ 00000, US'],
    ['(c)(4) date administered', 'administration', 'Date and time', '2026-11-03 10:30'],
    ['(c)(4) name of the person who administered', 'administration', 'Administered by', 'Dr, "Pat" Prescriber'],
    ['(c)(5) quantity disposed of (mg)', 'waste', 'Quantity (mg)', '50'],
    ['(c)(5) quantity disposed of (mL)', 'waste', 'Quantity (mL)', '5'],
    ['(c)(5) date of disposal', 'waste', 'Date and time', '2026-11-03 10:45'],
    ['(c)(5) manner of disposal', 'waste', 'Manner of disposal', 'Wasted: Drawn into a sharps-safe waste container, with absorbent'],
    ['witness (clinic policy, SPEC §3.4)', 'waste', 'Witnesses', 'Wes Witness'],
    ['(c)(5) manner: Form 41 destruction', 'destruction', 'Manner of disposal', 'Destroyed on site (DEA Form 41): Chemical digestion (non-retrievable); at Pharmacy room; NDC 42023-0113-10'],
    ['Form 41: two witnesses', 'destruction', 'Witnesses', 'Wes Witness; Vic Witness'],
    ['(c)(5) manner: reverse distributor name, address and DEA number', 'return-to-reverse-distributor', 'Manner of disposal', 'Returned to reverse distributor Reverse Co, 9 Return Rd, Testville, DEA AB1234563'],
    ['(c)(5) manner: theft or loss', 'theft-loss', 'Manner of disposal', 'Theft or loss, discovered 2026-11-12 10:00: Vial broke in transport'],
    ['(c)(5) manner: transfer to another registrant', 'transfer-out', 'Manner of disposal', 'Transferred to North Annex, 2 North Road, Testville ZZ 00001, DEA AB1234563'],
    ['(c)(3) receipt from another registrant', 'transfer-in', 'Supplier DEA number', 'AB1234563'],
  ];

  it.each(fields)('%s: %s has "%s"', (_paragraph, kind, header, value) => {
    const column = report.columns.find((candidate) => candidate.header === header);
    expect(column, `column "${header}"`).toBeDefined();
    expect(rowOf(kind)[column!.key]).toBe(value);
    expect(table.header).toContain(header);
    expect(csvRowOf(kind)[table.header.indexOf(header)]).toBe(value);
  });

  it('lists one delivery of two containers as one line, and every other entry as its own, oldest first', () => {
    expect(report.rows.map((row) => [row.record, row.kind, row.seq])).toEqual([
      ['receipt', 'receipt', '1, 2'],
      ['administration', 'administration', '3'],
      ['disposal', 'waste', '4'],
      ['disposal', 'destruction', '5'],
      ['disposal', 'return-to-reverse-distributor', '6'],
      ['disposal', 'theft-loss', '7'],
      ['disposal', 'transfer-out', '8'],
      ['receipt', 'transfer-in', '9'],
      ['adjustment', 'count-adjustment', '10'],
      ['adjustment', 'correction', '11'],
    ]);
    expect(rowOf('receipt')).toMatchObject({ quantityMg: '400', quantityMl: '40', containers: `${receipts[0]!.containerLabel}\n${receipts[1]!.containerLabel}`, invoiceNumber: 'INV-1' });
    expect(rowOf('correction').notes).toBe('Correction of entry 9 (increase): Recount was wrong\nNote: Found behind the tray');
    // Fields a kind does not have stay empty: no patient on a receipt, no supplier on an administration.
    expect(rowOf('receipt').patientName).toBe('');
    expect(rowOf('administration').supplierName).toBe('');
  });

  it('writes "no address on file" for a patient without an address, never a blank', () => {
    const withoutAddress = buildDispensingRecord({ generatedAt, retentionYears: null, locations: [location], period, entries: [{ ...administration, patient: homeless }] });
    expect(withoutAddress.rows[0]).toMatchObject({ patientName: 'Noel Noaddress', patientAddress: noAddressOnFile });
    const csv = csvTable(withoutAddress);
    expect(csv.rows[0]![csv.header.indexOf('Patient address')]).toBe('no address on file');
    expect(patientAddress({ ...homeless, city: 'Testville' })).toBe('Testville');
  });

  it('carries the registrant, period and retention in the meta block', () => {
    expect(report.meta).toEqual({
      generatedAt: '2026-12-01T15:00:00.000Z',
      period: { from: '2026-11-01', to: '2026-11-30' },
      registrants: [{ locationName: 'Test Location', address: '1 Test Street, Testville ZZ 00000', deaNumber: 'FT5555555' }],
      retainUntil: '2028-11-30',
      retentionYears: 2,
      timeZone: 'America/Chicago',
      details: [
        { label: 'Lines', value: '2 received, 1 administered, 5 disposed of, 2 adjusted' },
        { label: 'Schedule', value: 'III (ketamine, esketamine: 21 CFR 1308.13); kept readily retrievable from other records (21 CFR 1304.04(f))' },
      ],
    });
    expect(table.meta.map((record) => record[0])).toEqual(['Report', 'Registrant', 'Period', 'Time zone', 'Generated at', 'Retain until', 'Details']);
    expect(table.meta[1]).toEqual(['Registrant', 'Test Location, 1 Test Street, Testville ZZ 00000, DEA FT5555555']);
    expect(table.meta[5]).toEqual(['Retain until', '2028-11-30 (2 years)']);
  });

  it('is a header and nothing else for an empty period', () => {
    const empty = buildDispensingRecord({ generatedAt, retentionYears: 5, locations: [location], period, entries: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.meta.retainUntil).toBe('2031-11-30');
    const csv = csvTable(empty);
    expect(csv.header).toEqual(empty.columns.map((column) => column.header));
    expect(csv.rows).toEqual([]);
  });
});

describe('the ledger report', () => {
  const opening = [
    { kind: 'receipt' as const, direction: null, quantityMg: 600, quantityMl: 60 },
    { kind: 'administration' as const, direction: null, quantityMg: 150.5, quantityMl: 15.05 },
    { kind: 'count-adjustment' as const, direction: 'increase' as const, quantityMg: 0.5, quantityMl: 0.05 },
  ];

  it('lists every entry with seq, time, kind, container, lot, quantities, people, details, the running balance and the hash', () => {
    const report = buildLedgerReport({ generatedAt, retentionYears: 3, locations: [location], product: ketamine, period, opening, entries: [waste, administration, ...receipts] });
    expect(report.rows.map((row) => [row.seq, row.kind, row.changeMg, row.balanceMg, row.balanceMl])).toEqual([
      ['1', 'receipt', '200', '650', '65'],
      ['2', 'receipt', '200', '850', '85'],
      ['3', 'administration', '-150', '700', '70'],
      ['4', 'waste', '-50', '650', '65'],
    ]);
    expect(report.rows[0]).toMatchObject({ occurredAt: '2026-11-02 09:00', location: 'Test Location (DEA FT5555555)', lot: 'LOT-T1', author: 'Nora Nurse', hash: receipts[0]!.hash, details: 'Supplier Wholesaler, "Demo" Inc., 1 Sample Way,\nSuite 2, Testville ZZ 00000, DEA AB1234563; invoice INV-1; expires 2028-01-31' });
    expect(report.rows[2]!.details).toBe('Patient Ana, "Annie" O\'Test\nSample (MRN MRN-0001)');
    expect(report.rows[3]).toMatchObject({ witnesses: 'Wes Witness', details: 'Wasted: Drawn into a sharps-safe waste container, with absorbent' });
    expect(report.meta.details).toEqual([
      { label: 'Product', value: 'ketamine hydrochloride 10 mg/mL, 20 mL vial, NDC 42023-0113-10' },
      { label: 'Opening balance (start of 2026-11-01)', value: '450 mg (45 mL)' },
      { label: 'Closing balance (end of 2026-11-30)', value: '650 mg (65 mL)' },
      { label: 'Entries', value: '4' },
    ]);
    expect(report.meta.retainUntil).toBe('2029-11-30');
    expect(csvTable(report).header).toEqual(['Seq', 'Date and time', 'Kind', 'Location', 'Container', 'Lot', 'Change (mg)', 'Change (mL)', 'Recorded by', 'Witnesses', 'Details', 'Balance (mg)', 'Balance (mL)', 'Hash (ledger verify)']);
  });

  it('says when an entry was recorded later than it happened, and from which device', () => {
    const late = { ...waste, recordedAt: new Date('2026-11-03T18:00:00Z'), device: 'ws-3' };
    const report = buildLedgerReport({ generatedAt, retentionYears: null, locations: [location], product: ketamine, period, opening: [], entries: [late] });
    expect(report.rows[0]!.details).toBe('Wasted: Drawn into a sharps-safe waste container, with absorbent\nRecorded 2026-11-03 12:00\nDevice ws-3');
  });

  it('has an opening balance and no rows for an empty period', () => {
    const report = buildLedgerReport({ generatedAt, retentionYears: null, locations: [location], product: esketamine, period, opening: [], entries: [] });
    expect(report.rows).toEqual([]);
    expect(report.meta.details[1]).toEqual({ label: 'Opening balance (start of 2026-11-01)', value: '0 mg (0 mL)' });
    expect(report.meta.details[0]!.value).toBe('esketamine 140 mg/mL, 0.2 mL nasal spray device, NDC 50458-0028-02');
  });
});

describe('the inventory report', () => {
  const containers = [
    { containerId: 'c-sealed', label: 'vial #1', lotNumber: 'LOT-T1', product: ketamine, expectedMl: 20 },
    { containerId: 'c-open', label: 'vial #2', lotNumber: 'LOT-T1', product: ketamine, expectedMl: 19.5 },
    { containerId: 'c-missing', label: 'vial #3', lotNumber: 'LOT-T1', product: ketamine, expectedMl: 20 },
  ];

  it('shows kind, timing, date, location and per container the count, method, expectation and discrepancy', () => {
    const report = buildInventoryReport({
      generatedAt,
      retentionYears: null,
      locations: [location],
      count: { kind: 'biennial', timing: 'close', countedAt: new Date('2026-11-30T23:30:00Z'), countedByName: 'Nora Nurse', locationId: location.id },
      lines: [
        { containerId: 'c-sealed', state: 'sealed', countedMl: null, sealedPresent: true },
        { containerId: 'c-open', state: 'in-use', countedMl: 19.3, sealedPresent: true, method: 'estimated' },
      ],
      discrepancies: [
        { containerId: 'c-open', expected: 19.5, counted: 19.3, differenceMl: -0.2, kind: 'volume-difference' },
        { containerId: 'c-missing', expected: 20, counted: 0, differenceMl: -20, kind: 'missing-container' },
      ],
      containers,
    });
    expect(report.title).toBe('Biennial inventory (21 CFR 1304.11(c))');
    expect(report.rows.map((row) => [row.container, row.state, row.countedMl, row.countedMg, row.method, row.expectedMl, row.differenceMl, row.discrepancy])).toEqual([
      ['vial #1', 'sealed', '20', '200', 'exact', '20', '0', 'none'],
      ['vial #2', 'in-use', '19.3', '193', 'estimated', '19.5', '-0.2', 'volume difference'],
      ['vial #3', 'not-found', '0', '0', 'not found', '20', '-20', 'missing container'],
    ]);
    expect(report.rows[0]).toMatchObject({ substance: 'ketamine hydrochloride', ndc: '42023-0113-10', lot: 'LOT-T1' });
    expect(report.meta.period).toBeNull();
    expect(report.meta.retainUntil).toBe('2028-11-30'); // 17:30 in Chicago on 30 November
    expect(report.meta.details).toEqual([
      { label: 'Inventory', value: 'biennial' },
      { label: 'Taken at', value: 'close of business' },
      { label: 'Date and time', value: '2026-11-30 17:30' },
      { label: 'Location', value: 'Test Location (DEA FT5555555)' },
      { label: 'Counted by', value: 'Nora Nurse' },
      { label: 'Discrepancies', value: '2' },
    ]);
    const csv = csvTable(report);
    expect(csv.rows[1]![csv.header.indexOf('Difference (mL)')]).toBe('-0.2');
  });

  it('marks an unmeasured open container and a container the ledger does not know', () => {
    const report = buildInventoryReport({
      generatedAt,
      retentionYears: null,
      locations: [location],
      count: { kind: 'daily', timing: null, countedAt: generatedAt, countedByName: 'Nora Nurse', locationId: location.id },
      lines: [
        { containerId: 'c-open', state: 'in-use', countedMl: null, sealedPresent: true },
        { containerId: 'c-stranger', state: 'sealed', countedMl: 20, sealedPresent: true },
      ],
      discrepancies: [],
      containers: [containers[1]!],
    });
    expect(report.title).toBe('Stock count (clinic policy; not a DEA inventory)');
    expect(report.rows.map((row) => [row.container, row.countedMl, row.method, row.expectedMl, row.differenceMl])).toEqual([
      ['vial #2', '', 'not measured', '19.5', ''],
      ['c-stranger', '20', 'exact', 'not on the ledger', ''],
    ]);
    expect(report.meta.details[1]).toEqual({ label: 'Taken at', value: 'not recorded' });
  });
});
