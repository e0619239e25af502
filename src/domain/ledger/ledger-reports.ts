import { formatIsoDate, parseIsoDate } from '../protocols/iso-date.js';
import { calendarDateIn } from '../sessions/calendar-day.js';
import { toCsv as csvOf } from '../shared/csv.js';
import { type LedgerDirection, type LedgerEntryKind, signedQuantity } from './ledger-entry.js';

/**
 * The on-demand reports of the controlled-substance records (SPEC.md §3.2–3.3), "readily retrievable" (21 CFR
 * 1304.04(f)): the ledger of one product over a period, the dispensing record of 21 CFR 1304.22(c), and one
 * inventory or count (1304.11). Each is a plain table of strings, so CSV and PDF print the same thing.
 * Times are the wall clock of the location that holds the stock, `YYYY-MM-DD HH:mm`.
 */

export type ReportKind = 'ledger' | 'dispensing' | 'inventory';

export interface ReportColumn {
  key: string;
  header: string;
  /** A number (CSV writes it as data: "-0.2" is not a formula). */
  numeric?: boolean;
  /** Relative width in the PDF (default 1). */
  width?: number;
  /** PDF only: when every row of a table holds the same value, print it once above the table instead. */
  uniform?: boolean;
}

export type ReportRow = Record<string, string>;

export interface ReportRegistrant {
  locationName: string;
  /** One line; null when the location has none on file. */
  address: string | null;
  /** The location's DEA registration (21 CFR 1301.12); null when none is on file. */
  deaNumber: string | null;
}

export interface ReportMeta {
  /** ISO 8601 instant. */
  generatedAt: string;
  /** Calendar days, both inclusive; null for an inventory (a moment, given in `details`). */
  period: { from: string; to: string } | null;
  /** One per registered location the report covers (each location is its own registrant). */
  registrants: ReportRegistrant[];
  /** Keep this record at least until this date: the last record date plus the retention period. */
  retainUntil: string;
  retentionYears: number;
  /** The time zone(s) the dates and times are in. */
  timeZone: string;
  /** What else identifies this report (product, opening balance, inventory kind and timing…). */
  details: { label: string; value: string }[];
}

export interface ControlledSubstanceReport {
  kind: ReportKind;
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  meta: ReportMeta;
  /** What the PDF prints in place of an empty table. */
  emptyText: string;
  /** PDF only: one table per value of `key`, in this order, each under its title. */
  groups?: { key: string; sections: { value: string; title: string }[] };
}

// ----- inputs: plain rows, as the repository reads them ------------------------------------------------------

export interface ReportProduct {
  genericName: string;
  ndc: string;
  strengthMgPerMl: number;
  containerMl: number;
  form: 'vial' | 'nasal-device';
}

export interface ReportLocation {
  id: string;
  name: string;
  address: string | null;
  deaNumber: string | null;
  timeZone: string;
}

export interface ReportPatient extends AddressParts {
  givenName: string;
  familyName: string;
  mrn: string;
}

export interface ReportEntry {
  seq: number;
  kind: LedgerEntryKind;
  occurredAt: Date;
  recordedAt: Date;
  quantityMg: number;
  quantityMl: number;
  /** The kind-specific fields as stored (see ledger-entry.ts). */
  payload: Record<string, unknown>;
  product: ReportProduct;
  lotNumber: string;
  containerLabel: string;
  locationId: string;
  authorName: string;
  witnessNames: string[];
  patient: ReportPatient | null;
  /** The seq of the entry a correction corrects. */
  correctsSeq: number | null;
  /** The other registered location of a transfer. */
  counterpartLocation: { name: string; address: string | null } | null;
  device: string;
  hash: string;
}

/** Sums of entries per kind (and direction, for adjustments and corrections), as SQL can add them up. */
export interface OpeningMovement {
  kind: LedgerEntryKind;
  direction: LedgerDirection | null;
  quantityMg: number;
  quantityMl: number;
}

/** The balance those sums leave, in whole hundredths so nothing drifts (see balances.ts). */
export function sumMovements(movements: readonly OpeningMovement[]): { mg: number; ml: number } {
  let mg = 0;
  let ml = 0;
  for (const movement of movements) {
    const sign = signedQuantity({ kind: movement.kind, ...(movement.direction ? { direction: movement.direction } : {}) });
    mg += sign * Math.round(movement.quantityMg * 100);
    ml += sign * Math.round(movement.quantityMl * 100);
  }
  return { mg: mg / 100 + 0, ml: ml / 100 + 0 };
}

export interface ReportContext {
  generatedAt: Date;
  retentionYears: number | null;
  locations: ReportLocation[];
}

// ----- period and retention ----------------------------------------------------------------------------------

/** 21 U.S.C. 827(b), 21 CFR 1304.04(a): at least two years from the date of the record. A state may ask for more. */
export const federalRetentionYears = 2;

/** The configured retention, never below the federal minimum (a missing setting is the minimum). */
export function retentionYearsOf(configured: number | null | undefined): number {
  return Math.max(federalRetentionYears, configured ?? federalRetentionYears);
}

/** `years` calendar years after a `YYYY-MM-DD` date; 29 February moves to 1 March (later, so never too short). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return formatIsoDate(Date.UTC(year + years, month - 1, day) / 86_400_000);
}

export interface ReportPeriod {
  from: string;
  /** Inclusive. */
  to: string;
  /** The day after `to`: the repository reads [from 00:00, toExclusive 00:00) in each location's time zone. */
  toExclusive: string;
}

export type PeriodCheck = { kind: 'ok'; period: ReportPeriod } | { kind: 'invalid'; field: 'from' | 'to'; message: string };

/**
 * A report period: calendar days `from` to `to`, both inclusive (`from` = `to` is one day). One report spans at
 * most the retention period (to ≤ from + retention years: "2 years and a day" by default), so everything a clinic
 * must keep fits one report and no request renders an unbounded PDF.
 */
export function checkReportPeriod(from: string, to: string, retentionYears: number): PeriodCheck {
  const fromDay = parseIsoDate(from);
  const toDay = parseIsoDate(to);
  if (fromDay === null) return { kind: 'invalid', field: 'from', message: 'A date as YYYY-MM-DD' };
  if (toDay === null) return { kind: 'invalid', field: 'to', message: 'A date as YYYY-MM-DD' };
  if (toDay < fromDay) return { kind: 'invalid', field: 'to', message: 'On or after from' };
  const latest = addYears(from, retentionYears);
  if (to > latest) return { kind: 'invalid', field: 'to', message: `At most ${retentionYears} years after from (${latest}); ask for several reports` };
  return { kind: 'ok', period: { from, to, toExclusive: formatIsoDate(toDay + 1) } };
}

// ----- formatting --------------------------------------------------------------------------------------------

const quantity = (value: number) => String(Math.round(value * 100) / 100 + 0);
const hundredths = (value: number) => Math.round(value * 100);

function localDateTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** Shown where a patient's address is empty, so a blank cell never reads as "not printed". */
export const noAddressOnFile = 'no address on file';

export function patientName(patient: Pick<ReportPatient, 'givenName' | 'familyName'>): string {
  return `${patient.givenName} ${patient.familyName}`.trim();
}

export interface AddressParts {
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

/** One line, "street, street, city, region postal code, country", skipping empty parts; null when all are empty. */
export function formatAddress(address: AddressParts): string | null {
  const regionAndCode = [address.region, address.postalCode].map((part) => part?.trim() ?? '').filter(Boolean).join(' ');
  const parts = [address.addressLine1, address.addressLine2, address.city, regionAndCode, address.country].map((part) => part?.trim() ?? '').filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The patient's address on one line; `noAddressOnFile` when every part is empty (1304.22(c)(4) asks for it). */
export function patientAddress(patient: ReportPatient): string {
  return formatAddress(patient) ?? noAddressOnFile;
}

const formNames: Record<ReportProduct['form'], string> = { vial: 'vial', 'nasal-device': 'nasal spray device' };

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const party = (value: unknown): { name: string; address: string; deaNumber: string } => {
  const record = (value ?? {}) as Record<string, unknown>;
  return { name: str(record.name), address: str(record.address), deaNumber: str(record.deaNumber) };
};

function locationLookup(locations: ReportLocation[]) {
  const byId = new Map(locations.map((location) => [location.id, location]));
  return (id: string): ReportLocation => byId.get(id) ?? { id, name: 'unknown location', address: null, deaNumber: null, timeZone: 'UTC' };
}

function registrantsOf(locations: ReportLocation[]): ReportRegistrant[] {
  return locations.map((location) => ({ locationName: location.name, address: location.address, deaNumber: location.deaNumber }));
}

function timeZonesOf(locations: ReportLocation[]): string {
  const zones = [...new Set(locations.map((location) => location.timeZone))];
  if (zones.length === 0) return 'UTC';
  return zones.length === 1 ? zones[0]! : `each location's own (${zones.join(', ')})`;
}

const locationLabel = (location: ReportLocation) => `${location.name} (DEA ${location.deaNumber ?? 'none on file'})`;

function productLabel(product: ReportProduct): string {
  return `${product.genericName} ${quantity(product.strengthMgPerMl)} mg/mL, ${quantity(product.containerMl)} mL ${formNames[product.form]}, NDC ${product.ndc}`;
}

/** How the entry left stock, in words (21 CFR 1304.22(c)(5): "manner of disposal"); '' for other kinds. */
function mannerOf(entry: ReportEntry, timeZone: string): string {
  const payload = entry.payload;
  switch (entry.kind) {
    case 'waste':
      return `Wasted: ${str(payload.method)}`;
    case 'destruction': {
      const form41 = (payload.form41 ?? {}) as Record<string, unknown>;
      return `Destroyed on site (DEA Form 41): ${str(form41.method)}; at ${str(form41.location)}; NDC ${str(form41.ndc)}${form41.partialCount ? '; partial container' : ''}`;
    }
    case 'return-to-reverse-distributor': {
      const distributor = party(payload.distributor);
      return `Returned to reverse distributor ${distributor.name}, ${distributor.address}, DEA ${distributor.deaNumber}`;
    }
    case 'theft-loss':
      return `Theft or loss, discovered ${payload.discoveredAt ? localDateTime(new Date(str(payload.discoveredAt)), timeZone) : 'date not recorded'}: ${str(payload.circumstances)}`;
    case 'transfer-out':
      return `Transferred to ${entry.counterpartLocation?.name ?? 'another registered location'}${entry.counterpartLocation?.address ? `, ${entry.counterpartLocation.address}` : ''}, DEA ${str(payload.counterpartDeaNumber)}`;
    default:
      return '';
  }
}

/** Reasons, corrections and free-text notes. */
function notesOf(entry: ReportEntry): string {
  const payload = entry.payload;
  const notes: string[] = [];
  if (entry.kind === 'count-adjustment') notes.push(`Count adjustment (${str(payload.direction)}): ${str(payload.reason)}`);
  if (entry.kind === 'correction') notes.push(`Correction of entry ${entry.correctsSeq ?? 'unknown'} (${str(payload.direction)}): ${str(payload.reason)}`);
  if (payload.note) notes.push(`Note: ${str(payload.note)}`);
  return notes.join('\n');
}

const signOf = (entry: { kind: LedgerEntryKind; payload: Record<string, unknown> }) => signedQuantity({ kind: entry.kind, ...(entry.payload.direction === 'increase' || entry.payload.direction === 'decrease' ? { direction: entry.payload.direction } : {}) });

function metaOf(context: ReportContext, period: { from: string; to: string } | null, lastRecordDate: string, details: ReportMeta['details']): ReportMeta {
  const retentionYears = retentionYearsOf(context.retentionYears);
  return {
    generatedAt: context.generatedAt.toISOString(),
    period,
    registrants: registrantsOf(context.locations),
    retainUntil: addYears(lastRecordDate, retentionYears),
    retentionYears,
    timeZone: timeZonesOf(context.locations),
    details,
  };
}

// ----- the ledger of one product ------------------------------------------------------------------------------

const ledgerColumns: ReportColumn[] = [
  { key: 'seq', header: 'Seq', numeric: true, width: 0.5 },
  { key: 'occurredAt', header: 'Date and time', width: 1.1 },
  { key: 'kind', header: 'Kind', width: 1.1 },
  { key: 'location', header: 'Location', width: 1.2, uniform: true },
  { key: 'container', header: 'Container', width: 1.4 },
  { key: 'lot', header: 'Lot', width: 0.8 },
  { key: 'changeMg', header: 'Change (mg)', numeric: true, width: 0.7 },
  { key: 'changeMl', header: 'Change (mL)', numeric: true, width: 0.7 },
  { key: 'author', header: 'Recorded by', width: 1 },
  { key: 'witnesses', header: 'Witnesses', width: 1 },
  { key: 'details', header: 'Details', width: 2.3 },
  { key: 'balanceMg', header: 'Balance (mg)', numeric: true, width: 0.75 },
  { key: 'balanceMl', header: 'Balance (mL)', numeric: true, width: 0.75 },
  { key: 'hash', header: 'Hash (ledger verify)', width: 1.9 },
];

function ledgerDetails(entry: ReportEntry, timeZone: string): string {
  const payload = entry.payload;
  const lines: string[] = [];
  if (entry.kind === 'receipt') {
    const supplier = party(payload.supplier);
    lines.push(`Supplier ${supplier.name}, ${supplier.address}, DEA ${supplier.deaNumber}; invoice ${str(payload.invoiceNumber)}; expires ${str(payload.expiresOn)}`);
  }
  if (entry.kind === 'transfer-in') lines.push(`From ${entry.counterpartLocation?.name ?? 'another registered location'}, DEA ${str(payload.counterpartDeaNumber)}`);
  if (entry.kind === 'administration' && entry.patient) lines.push(`Patient ${patientName(entry.patient)} (MRN ${entry.patient.mrn})`);
  const manner = mannerOf(entry, timeZone);
  if (manner) lines.push(manner);
  const notes = notesOf(entry);
  if (notes) lines.push(notes);
  // An entry written up later than it happened says so (the hash covers both times).
  if (Math.abs(entry.recordedAt.getTime() - entry.occurredAt.getTime()) >= 60_000) lines.push(`Recorded ${localDateTime(entry.recordedAt, timeZone)}`);
  if (entry.device) lines.push(`Device ${entry.device}`);
  return lines.join('\n');
}

/**
 * Every entry for one product in the period, oldest first (by when it happened, then seq), with the running
 * balance of the product over the locations covered, starting from the sum of every earlier entry. The hash
 * of each entry is printed so a printout can be checked against `ketaclinic ledger verify`.
 */
export function buildLedgerReport(input: ReportContext & { product: ReportProduct; period: ReportPeriod; opening: OpeningMovement[]; entries: ReportEntry[] }): ControlledSubstanceReport {
  const locationOf = locationLookup(input.locations);
  const opening = sumMovements(input.opening);
  let balanceMg = hundredths(opening.mg);
  let balanceMl = hundredths(opening.ml);
  const entries = [...input.entries].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.seq - b.seq);
  const rows = entries.map((entry): ReportRow => {
    const location = locationOf(entry.locationId);
    const sign = signOf(entry);
    balanceMg += sign * hundredths(entry.quantityMg);
    balanceMl += sign * hundredths(entry.quantityMl);
    return {
      seq: String(entry.seq),
      occurredAt: localDateTime(entry.occurredAt, location.timeZone),
      kind: entry.kind,
      location: locationLabel(location),
      container: entry.containerLabel,
      lot: entry.lotNumber,
      changeMg: quantity(sign * entry.quantityMg),
      changeMl: quantity(sign * entry.quantityMl),
      author: entry.authorName,
      witnesses: entry.witnessNames.join('; '),
      details: ledgerDetails(entry, location.timeZone),
      balanceMg: quantity(balanceMg / 100),
      balanceMl: quantity(balanceMl / 100),
      hash: entry.hash,
    };
  });
  const closing = { mg: balanceMg / 100, ml: balanceMl / 100 };
  const { period } = input;
  return {
    kind: 'ledger',
    title: `Controlled-substance ledger: ${input.product.genericName}`,
    columns: ledgerColumns,
    rows,
    emptyText: 'No entries for this product in this period.',
    meta: metaOf(input, { from: period.from, to: period.to }, period.to, [
      { label: 'Product', value: productLabel(input.product) },
      { label: `Opening balance (start of ${period.from})`, value: `${quantity(opening.mg)} mg (${quantity(opening.ml)} mL)` },
      { label: `Closing balance (end of ${period.to})`, value: `${quantity(closing.mg)} mg (${quantity(closing.ml)} mL)` },
      { label: 'Entries', value: String(rows.length) },
    ]),
  };
}

// ----- the dispensing record (21 CFR 1304.22(c)) ----------------------------------------------------------------

/** Which part of 1304.22(c) an entry belongs to; adjustments are not in the rule but keep the record whole. */
type RecordSection = 'receipt' | 'administration' | 'disposal' | 'adjustment';
const sectionOf: Record<LedgerEntryKind, RecordSection> = {
  receipt: 'receipt',
  'transfer-in': 'receipt',
  administration: 'administration',
  waste: 'disposal',
  destruction: 'disposal',
  'return-to-reverse-distributor': 'disposal',
  'theft-loss': 'disposal',
  'transfer-out': 'disposal',
  'count-adjustment': 'adjustment',
  correction: 'adjustment',
};

/** The columns, with the paragraph of 21 CFR 1304.22(c) each one answers. */
export const dispensingColumns: ReportColumn[] = [
  { key: 'date', header: 'Date and time', width: 1 }, // (c)(3)–(5): date
  { key: 'record', header: 'Record', width: 0.9, uniform: true },
  { key: 'kind', header: 'Ledger kind', width: 1, uniform: true },
  { key: 'substance', header: 'Substance', width: 1.2, uniform: true }, // (c)(1)
  { key: 'strength', header: 'Strength (mg/mL)', numeric: true, width: 0.7, uniform: true }, // (c)(2) finished form
  { key: 'containerVolume', header: 'Volume per container (mL)', numeric: true, width: 0.75, uniform: true }, // (c)(2) units or volume per container
  { key: 'form', header: 'Form', width: 0.75, uniform: true }, // (c)(2)
  { key: 'ndc', header: 'NDC', width: 1, uniform: true },
  { key: 'location', header: 'Location (DEA registration)', width: 1.3, uniform: true },
  { key: 'lot', header: 'Lot', width: 0.8 },
  { key: 'containers', header: 'Container(s)', width: 1.5 },
  { key: 'containersReceived', header: 'Containers received', numeric: true, width: 0.75 }, // (c)(3)
  { key: 'quantityMg', header: 'Quantity (mg)', numeric: true, width: 0.7 }, // (c)(4)–(5) units or volume
  { key: 'quantityMl', header: 'Quantity (mL)', numeric: true, width: 0.7 },
  { key: 'supplierName', header: 'Supplier name', width: 1.3 }, // (c)(3)
  { key: 'supplierAddress', header: 'Supplier address', width: 1.6 }, // (c)(3)
  { key: 'supplierDeaNumber', header: 'Supplier DEA number', width: 0.95 }, // (c)(3)
  { key: 'invoiceNumber', header: 'Invoice number', width: 0.9 },
  { key: 'patientName', header: 'Patient name', width: 1.2 }, // (c)(4)
  { key: 'patientAddress', header: 'Patient address', width: 1.8 }, // (c)(4)
  { key: 'administeredBy', header: 'Administered by', width: 1.1 }, // (c)(4)
  { key: 'disposalManner', header: 'Manner of disposal', width: 2.2 }, // (c)(5)
  { key: 'witnesses', header: 'Witnesses', width: 1.2 }, // clinic policy, SPEC §3.4; Form 41 for destruction
  { key: 'recordedBy', header: 'Recorded by', width: 1.1 },
  { key: 'notes', header: 'Notes', width: 1.5 },
  { key: 'seq', header: 'Ledger seq', width: 0.7 },
];

function dispensingRow(entry: ReportEntry, location: ReportLocation): ReportRow {
  const section = sectionOf[entry.kind];
  const payload = entry.payload;
  const supplier = entry.kind === 'receipt' ? party(payload.supplier) : entry.kind === 'transfer-in' ? { name: entry.counterpartLocation?.name ?? 'another registered location', address: entry.counterpartLocation?.address ?? '', deaNumber: str(payload.counterpartDeaNumber) } : null;
  return {
    date: localDateTime(entry.occurredAt, location.timeZone),
    record: section,
    kind: entry.kind,
    substance: entry.product.genericName,
    strength: quantity(entry.product.strengthMgPerMl),
    containerVolume: quantity(entry.product.containerMl),
    form: formNames[entry.product.form],
    ndc: entry.product.ndc,
    location: locationLabel(location),
    lot: entry.lotNumber,
    containers: entry.containerLabel,
    containersReceived: section === 'receipt' ? '1' : '',
    quantityMg: quantity(entry.quantityMg),
    quantityMl: quantity(entry.quantityMl),
    supplierName: supplier?.name ?? '',
    supplierAddress: supplier?.address ?? '',
    supplierDeaNumber: supplier?.deaNumber ?? '',
    invoiceNumber: entry.kind === 'receipt' ? str(payload.invoiceNumber) : '',
    patientName: section === 'administration' ? (entry.patient ? patientName(entry.patient) : 'patient not found') : '',
    patientAddress: section === 'administration' ? (entry.patient ? patientAddress(entry.patient) : noAddressOnFile) : '',
    administeredBy: section === 'administration' ? entry.authorName : '',
    disposalManner: section === 'disposal' ? mannerOf(entry, location.timeZone) : '',
    witnesses: entry.witnessNames.join('; '),
    recordedBy: entry.authorName,
    notes: notesOf(entry),
    seq: String(entry.seq),
  };
}

/** Receipts of one delivery (same time, lot, invoice, supplier and author) as one line with the number of containers. */
function receiptKey(entry: ReportEntry): string | null {
  if (entry.kind !== 'receipt') return null;
  const supplier = party(entry.payload.supplier);
  return JSON.stringify([entry.occurredAt.getTime(), entry.locationId, entry.product.ndc, entry.lotNumber, str(entry.payload.invoiceNumber), supplier.deaNumber, supplier.name, entry.authorName, str(entry.payload.note)]);
}

/**
 * The dispensing record of a practitioner who administers (21 CFR 1304.22(c)): for each entry in the period,
 * the substance (c)(1) and its finished form (c)(2); receipts with the containers received, date and the
 * supplier's name, address and DEA number (c)(3); administrations with the quantity, the patient's name and
 * address, the date and who administered (c)(4); everything otherwise disposed of with quantity, date and
 * manner (c)(5). Adjustments and corrections are listed too, so the record adds up to the ledger. One delivery
 * of several containers is one line. Oldest first.
 */
export function buildDispensingRecord(input: ReportContext & { period: ReportPeriod; entries: ReportEntry[] }): ControlledSubstanceReport {
  const locationOf = locationLookup(input.locations);
  const entries = [...input.entries].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.seq - b.seq);
  const rows: ReportRow[] = [];
  const deliveries = new Map<string, { row: ReportRow; mg: number; ml: number; containers: string[]; seqs: number[] }>();
  for (const entry of entries) {
    const row = dispensingRow(entry, locationOf(entry.locationId));
    const key = receiptKey(entry);
    const delivery = key ? deliveries.get(key) : undefined;
    if (delivery) {
      delivery.mg += hundredths(entry.quantityMg);
      delivery.ml += hundredths(entry.quantityMl);
      delivery.containers.push(entry.containerLabel);
      delivery.seqs.push(entry.seq);
      Object.assign(delivery.row, { quantityMg: quantity(delivery.mg / 100), quantityMl: quantity(delivery.ml / 100), containers: delivery.containers.join('\n'), containersReceived: String(delivery.containers.length), seq: delivery.seqs.join(', ') });
      continue;
    }
    if (key) deliveries.set(key, { row, mg: hundredths(entry.quantityMg), ml: hundredths(entry.quantityMl), containers: [entry.containerLabel], seqs: [entry.seq] });
    rows.push(row);
  }
  const { period } = input;
  const count = (section: RecordSection) => String(rows.filter((row) => row.record === section).length);
  return {
    kind: 'dispensing',
    title: 'Dispensing record (21 CFR 1304.22(c))',
    columns: dispensingColumns,
    rows,
    emptyText: 'Nothing received, administered or disposed of in this period.',
    groups: {
      key: 'record',
      sections: [
        { value: 'receipt', title: 'Received (21 CFR 1304.22(c)(3))' },
        { value: 'administration', title: 'Administered (21 CFR 1304.22(c)(4))' },
        { value: 'disposal', title: 'Otherwise disposed of (21 CFR 1304.22(c)(5))' },
        { value: 'adjustment', title: 'Count adjustments and corrections' },
      ],
    },
    meta: metaOf(input, { from: period.from, to: period.to }, period.to, [
      { label: 'Lines', value: `${count('receipt')} received, ${count('administration')} administered, ${count('disposal')} disposed of, ${count('adjustment')} adjusted` },
      { label: 'Schedule', value: 'III (ketamine, esketamine: 21 CFR 1308.13); kept readily retrievable from other records (21 CFR 1304.04(f))' },
    ]),
  };
}

// ----- one inventory or count (21 CFR 1304.11) ------------------------------------------------------------------

export interface InventoryLineInput {
  containerId: string;
  state: 'sealed' | 'in-use';
  countedMl: number | null;
  sealedPresent: boolean;
  method?: 'exact' | 'estimated';
}

export interface InventoryDiscrepancyInput {
  containerId: string;
  expected: number;
  counted: number;
  differenceMl: number;
  kind: string;
}

export interface InventoryContainer {
  containerId: string;
  label: string;
  lotNumber: string;
  product: ReportProduct;
  /** What the ledger held when the count was recorded (entries recorded up to then); null when unknown. */
  expectedMl: number | null;
}

const inventoryColumns: ReportColumn[] = [
  { key: 'substance', header: 'Substance', width: 1.3, uniform: true },
  { key: 'strength', header: 'Strength (mg/mL)', numeric: true, width: 0.7, uniform: true },
  { key: 'containerVolume', header: 'Volume per container (mL)', numeric: true, width: 0.75, uniform: true },
  { key: 'form', header: 'Form', width: 0.8, uniform: true },
  { key: 'ndc', header: 'NDC', width: 1, uniform: true },
  { key: 'lot', header: 'Lot', width: 0.9 },
  { key: 'container', header: 'Container', width: 1.6 },
  { key: 'state', header: 'State', width: 0.8 },
  { key: 'countedMl', header: 'Counted (mL)', numeric: true, width: 0.75 },
  { key: 'countedMg', header: 'Counted (mg)', numeric: true, width: 0.75 },
  { key: 'method', header: 'Exact or estimated', width: 0.9 },
  { key: 'expectedMl', header: 'Ledger expected (mL)', numeric: true, width: 0.8 },
  { key: 'differenceMl', header: 'Difference (mL)', numeric: true, width: 0.75 },
  { key: 'discrepancy', header: 'Discrepancy', width: 1.2 },
];

/**
 * What a line counted and how: a sealed container counts exactly as its full volume (1304.11(e)(3)); an opened one
 * as measured, exact or estimated as the counter said; one the count did not find counts 0.
 */
function countedOf(line: InventoryLineInput | { state: 'not-found' }, product: ReportProduct | undefined): { countedMl: number | null; method: string } {
  if (line.state === 'sealed') return { countedMl: line.sealedPresent ? (product?.containerMl ?? line.countedMl) : 0, method: line.method ?? 'exact' };
  if (line.state === 'in-use') return { countedMl: line.countedMl, method: line.countedMl === null ? 'not measured' : (line.method ?? 'not recorded') };
  return { countedMl: 0, method: 'not found' };
}

const inventoryTitles: Record<'daily' | 'initial' | 'biennial', string> = {
  initial: 'Initial inventory (21 CFR 1304.11(b))',
  biennial: 'Biennial inventory (21 CFR 1304.11(c))',
  daily: 'Stock count (clinic policy; not a DEA inventory)',
};

const discrepancyWords: Record<string, string> = { 'missing-container': 'missing container', 'volume-difference': 'volume difference', 'unexpected-container': 'not on the ledger' };

/**
 * One count as an inventory: its kind, opening or close of business, date, the registered location, and per
 * container the product, NDC, lot, state, the counted quantity (sealed: the container's volume, counted exactly;
 * opened: measured, exact or estimated, 1304.11(e)(3)), what the ledger expected and any discrepancy. Containers
 * the ledger expected but the count did not find are listed as missing.
 */
export function buildInventoryReport(
  input: ReportContext & {
    count: { kind: 'daily' | 'initial' | 'biennial'; timing: 'opening' | 'close' | null; countedAt: Date; countedByName: string; locationId: string };
    lines: InventoryLineInput[];
    discrepancies: InventoryDiscrepancyInput[];
    containers: InventoryContainer[];
  },
): ControlledSubstanceReport {
  const location = locationLookup(input.locations)(input.count.locationId);
  const containers = new Map(input.containers.map((container) => [container.containerId, container]));
  const discrepancies = new Map(input.discrepancies.map((discrepancy) => [discrepancy.containerId, discrepancy]));
  const missing = input.discrepancies.filter((discrepancy) => !input.lines.some((line) => line.containerId === discrepancy.containerId));
  const lines: (InventoryLineInput | { containerId: string; state: 'not-found' })[] = [...input.lines, ...missing.map((discrepancy) => ({ containerId: discrepancy.containerId, state: 'not-found' as const }))];
  const rows = lines.map((line): ReportRow => {
    const container = containers.get(line.containerId);
    const product = container?.product;
    const discrepancy = discrepancies.get(line.containerId);
    const { countedMl, method } = countedOf(line, product);
    const expectedMl = discrepancy ? discrepancy.expected : (container?.expectedMl ?? null);
    return {
      substance: product?.genericName ?? 'unknown container',
      strength: product ? quantity(product.strengthMgPerMl) : '',
      containerVolume: product ? quantity(product.containerMl) : '',
      form: product ? formNames[product.form] : '',
      ndc: product?.ndc ?? '',
      lot: container?.lotNumber ?? '',
      container: container?.label ?? line.containerId,
      state: line.state === 'sealed' ? (line.sealedPresent ? 'sealed' : 'sealed, not present') : line.state,
      countedMl: countedMl === null ? '' : quantity(countedMl),
      countedMg: countedMl === null || !product ? '' : quantity(countedMl * product.strengthMgPerMl),
      method,
      expectedMl: expectedMl === null ? 'not on the ledger' : quantity(expectedMl),
      differenceMl: discrepancy ? quantity(discrepancy.differenceMl) : expectedMl !== null && countedMl !== null ? quantity((hundredths(countedMl) - hundredths(expectedMl)) / 100) : '',
      discrepancy: discrepancy ? (discrepancyWords[discrepancy.kind] ?? discrepancy.kind) : 'none',
    };
  });
  const countDate = calendarDateIn(input.count.countedAt, location.timeZone);
  const timing = input.count.timing === 'opening' ? 'opening of business' : input.count.timing === 'close' ? 'close of business' : 'not recorded';
  return {
    kind: 'inventory',
    title: inventoryTitles[input.count.kind],
    columns: inventoryColumns,
    rows,
    emptyText: 'No containers were counted.',
    meta: metaOf(input, null, countDate, [
      { label: 'Inventory', value: input.count.kind },
      { label: 'Taken at', value: timing },
      { label: 'Date and time', value: localDateTime(input.count.countedAt, location.timeZone) },
      { label: 'Location', value: locationLabel(location) },
      { label: 'Counted by', value: input.count.countedByName },
      { label: 'Discrepancies', value: String(input.discrepancies.length) },
    ]),
  };
}

// ----- CSV -----------------------------------------------------------------------------------------------------

/** The lines of the meta block, always in this order (so a reader can skip a fixed number of lines). */
export function metaLines(report: ControlledSubstanceReport): [string, string][] {
  const { meta } = report;
  const registrants = meta.registrants.map((registrant) => [registrant.locationName, registrant.address, `DEA ${registrant.deaNumber ?? 'none on file'}`].filter(Boolean).join(', '));
  return [
    ['Report', report.title],
    ['Registrant', registrants.join('; ') || 'none'],
    ['Period', meta.period ? `${meta.period.from} to ${meta.period.to} (inclusive)` : 'not applicable'],
    ['Time zone', meta.timeZone],
    ['Generated at', meta.generatedAt],
    ['Retain until', `${meta.retainUntil} (${meta.retentionYears} years)`],
    ['Details', meta.details.map((detail) => `${detail.label}: ${detail.value}`).join('; ')],
  ];
}

/** Meta values on one line each: the block ends at the first empty line, whatever a value holds. */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * The report as RFC 4180 CSV (CRLF line ends, fields with quotes, commas or line breaks quoted, quotes doubled;
 * text that a spreadsheet would run as a formula prefixed with an apostrophe, see shared/csv.ts):
 * 1. a meta block of 7 two-field records `name,value` (report, registrant, period, time zone, generated at,
 *    retain until, details), always the same names in the same order;
 * 2. one empty line;
 * 3. the header row (the column headers), then one record per row, each with as many fields as the header.
 * A program reads the table by skipping the first 8 lines (pandas: `read_csv(path, skiprows=8)`).
 */
export function toCsv(report: ControlledSubstanceReport): string {
  const meta = csvOf(['Report', report.title], metaLines(report).slice(1).map(([name, value]) => [name, oneLine(value)]));
  const table = csvOf(
    report.columns.map((column) => column.header),
    report.rows.map((row) => report.columns.map((column) => toCell(row[column.key] ?? '', column))),
  );
  return `${meta}\r\n${table}`;
}

/** Numeric columns are written as numbers, so a negative difference is data, not an apostrophe-prefixed formula. */
function toCell(value: string, column: ReportColumn): string | number {
  return column.numeric && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}
