import { type LedgerEntryKind, signedQuantity } from '../ledger-entry.js';
import { hundredths, localDateTime, locationLabel, locationLookup, mannerOf, metaOf, notesOf, party, patientName, productLabel, quantity, str } from './report-formatting.js';
import { type OpeningMovement, type ReportContext, type ReportEntry, type ReportProduct, sumMovements } from './report-inputs.js';
import type { ReportPeriod } from './report-period.js';
import type { ControlledSubstanceReport, ReportColumn, ReportRow } from './report-types.js';

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

const signOf = (entry: { kind: LedgerEntryKind; payload: Record<string, unknown> }) => signedQuantity({ kind: entry.kind, ...(entry.payload.direction === 'increase' || entry.payload.direction === 'decrease' ? { direction: entry.payload.direction } : {}) });

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
