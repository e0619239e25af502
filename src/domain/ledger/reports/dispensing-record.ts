import type { LedgerEntryKind } from '../ledger-entry.js';
import { formNames, hundredths, localDateTime, locationLabel, locationLookup, mannerOf, metaOf, noAddressOnFile, notesOf, party, patientAddress, patientName, quantity, str } from './report-formatting.js';
import type { ReportContext, ReportEntry, ReportLocation } from './report-inputs.js';
import type { ReportPeriod } from './report-period.js';
import type { ControlledSubstanceReport, ReportColumn, ReportRow } from './report-types.js';

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
