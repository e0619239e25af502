import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfTextReader } from '../../../tests/helpers/pdf-text.js';
import { buildDispensingRecord } from '../../domain/ledger/reports/dispensing-record.js';
import { buildInventoryReport } from '../../domain/ledger/reports/inventory-report.js';
import { buildLedgerReport } from '../../domain/ledger/reports/product-ledger-report.js';
import type { ReportEntry, ReportLocation, ReportProduct } from '../../domain/ledger/reports/report-inputs.js';
import { renderLedgerReportPdf } from './render-ledger-report-pdf.js';

const reader = pdfTextReader('ledger-report-pdf', { layout: false });
afterAll(reader.cleanUp);

/** The text of a PDF, when poppler's pdftotext is installed; null otherwise (the text checks are then skipped). */
function textOf(pdf: Uint8Array, name: string): string | null {
  // Cells wrap: compare with runs of white space as one space.
  return reader.textOf(pdf, name)?.replace(/\s+/g, ' ') ?? null;
}

const location: ReportLocation = { id: 'loc-1', name: 'Test Location', address: '1 Test Street, Testville ZZ 00000', deaNumber: 'FT5555555', timeZone: 'America/Chicago' };
const product: ReportProduct = { genericName: 'ketamine hydrochloride', ndc: '42023-0113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial' };
const period = { from: '2026-11-01', to: '2026-11-30', toExclusive: '2026-12-01' };
const generatedAt = new Date('2026-12-01T15:00:00Z');
const supplier = { name: 'Demo Wholesaler (synthetic)', address: '1 Sample Way, Testville ZZ 00000', deaNumber: 'AB1234563' };
const patient = { givenName: 'Ana', familyName: 'Sampleperson', mrn: 'MRN-1', addressLine1: '12 Elm Street', addressLine2: null, city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' };

function entry(seq: number, kind: ReportEntry['kind'], overrides: Partial<ReportEntry> = {}): ReportEntry {
  const at = new Date(Date.UTC(2026, 10, 2, 15) + seq * 3_600_000);
  return {
    seq,
    kind,
    occurredAt: at,
    recordedAt: at,
    quantityMg: 10,
    quantityMl: 1,
    payload: {},
    product,
    lotNumber: 'LOT-T1',
    containerLabel: `42023-0113-10 lot LOT-T1 #${seq}`,
    locationId: location.id,
    authorName: 'Nora Nurse',
    witnessNames: [],
    patient: null,
    correctsSeq: null,
    counterpartLocation: null,
    device: '',
    hash: `${seq}`.padStart(64, 'c'),
    ...overrides,
  };
}

const entries: ReportEntry[] = [
  entry(1, 'receipt', { quantityMg: 200, quantityMl: 20, payload: { supplier, invoiceNumber: 'INV-1', lotNumber: 'LOT-T1', expiresOn: '2028-01-31' } }),
  ...Array.from({ length: 90 }, (_, index) => entry(index + 2, 'administration', { patient })),
  entry(92, 'waste', { quantityMg: 5, quantityMl: 0.5, payload: { method: 'Sharps-safe waste container' }, witnessNames: ['Wes Witness'] }),
];
const context = { generatedAt, retentionYears: null, locations: [location] };
const pageCount = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPageCount();

describe('renderLedgerReportPdf', () => {
  it('renders the dispensing record in landscape, one table per part of 1304.22(c), the header on every page', async () => {
    const pdf = await renderLedgerReportPdf(buildDispensingRecord({ ...context, period, entries }));
    const document = await PDFDocument.load(pdf);
    expect(document.getPageCount()).toBeGreaterThan(2);
    expect(document.getPages()[0]!.getSize()).toEqual({ width: 792, height: 612 });
    expect(document.getTitle()).toBe('Dispensing record (21 CFR 1304.22(c))');
    const text = textOf(pdf, 'dispensing');
    if (text === null) return;
    const pages = document.getPageCount();
    for (const expected of [
      'Dispensing record (21 CFR 1304.22(c))',
      'Test Location, 1 Test Street, Testville ZZ 00000, DEA FT5555555',
      '2026-11-01 to 2026-11-30 (inclusive)',
      '2028-11-30 (2 years)',
      'Received (21 CFR 1304.22(c)(3))',
      'Administered (21 CFR 1304.22(c)(4))',
      'Otherwise disposed of (21 CFR 1304.22(c)(5))',
      'Substance: ketamine hydrochloride',
      'Strength (mg/mL): 10',
      'Demo Wholesaler (synthetic)',
      'AB1234563',
      'Ana Sampleperson',
      '12 Elm Street, Testville, ZZ 00000, US',
      'Wasted: Sharps-safe waste container',
      'Wes Witness',
      `Page ${pages} of ${pages}`,
    ])
      expect(text).toContain(expected);
    // The administrations' header row opens each page they run over.
    expect(text.match(/Patient address/g)!.length).toBeGreaterThanOrEqual(pages - 1);
    expect(text).toContain('Count adjustments and corrections None in this period.');
  });

  it('renders the ledger with its hashes, and an empty period as a sentence', async () => {
    const pdf = await renderLedgerReportPdf(buildLedgerReport({ ...context, product, period, opening: [], entries: entries.slice(0, 3) }));
    expect(await pageCount(pdf)).toBe(1);
    const empty = await renderLedgerReportPdf(buildLedgerReport({ ...context, product, period, opening: [], entries: [] }), { pageSize: 'a4' });
    expect((await PDFDocument.load(empty)).getPages()[0]!.getSize()).toEqual({ width: 841.89, height: 595.28 });
    const text = textOf(pdf, 'ledger');
    if (text === null) return;
    expect(text.replace(/\s/g, '')).toContain('c'.repeat(63) + '1'); // the hash, wrapped over lines in its cell
    expect(text).toContain('Opening balance (start of 2026-11-01)');
    expect(textOf(empty, 'ledger-empty')).toContain('No entries for this product in this period.');
  });

  it('splits a row taller than a page across pages, and falls back to Helvetica without a TTF', async () => {
    const long = entry(2, 'theft-loss', { payload: { discoveredAt: '2026-11-03T16:00:00.000Z', circumstances: Array.from({ length: 400 }, (_, index) => `word${index}`).join(' ') } });
    const pdf = await renderLedgerReportPdf(buildDispensingRecord({ ...context, period, entries: [long] }), { fontLocations: [{ regular: '/nonexistent/ketaclinic/absent.ttf', bold: '/nonexistent/ketaclinic/absent-bold.ttf' }] });
    expect(await pageCount(pdf)).toBeGreaterThan(1);
    const text = textOf(pdf, 'long');
    if (text === null) return;
    expect(text).toContain('word0');
    expect(text).toContain('word399');
    expect(text).toContain('Page 2 of');
  });

  it('renders an inventory with its kind, timing and counts', async () => {
    const report = buildInventoryReport({
      ...context,
      count: { kind: 'initial', timing: 'opening', countedAt: new Date('2026-11-02T14:00:00Z'), countedByName: 'Nora Nurse', locationId: location.id },
      lines: [{ containerId: 'c1', state: 'in-use', countedMl: 12.5, sealedPresent: true, method: 'estimated' }],
      discrepancies: [],
      containers: [{ containerId: 'c1', label: 'vial #1', lotNumber: 'LOT-T1', product, expectedMl: 12.5 }],
    });
    const pdf = await renderLedgerReportPdf(report);
    expect(await pageCount(pdf)).toBe(1);
    const text = textOf(pdf, 'inventory');
    if (text === null) return;
    for (const expected of ['Initial inventory (21 CFR 1304.11(b))', 'opening of business', '2026-11-02 08:00', 'estimated', '12.5', 'NDC: 42023-0113-10']) expect(text).toContain(expected);
  });
});
