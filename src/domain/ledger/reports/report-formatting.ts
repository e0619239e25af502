import type { AddressParts, ReportContext, ReportEntry, ReportLocation, ReportPatient, ReportProduct } from './report-inputs.js';
import { addYears, retentionYearsOf } from './report-period.js';
import type { ReportMeta, ReportRegistrant } from './report-types.js';

export const quantity = (value: number) => String(Math.round(value * 100) / 100 + 0);
export const hundredths = (value: number) => Math.round(value * 100);

export function localDateTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** Shown where a patient's address is empty, so a blank cell never reads as "not printed". */
export const noAddressOnFile = 'no address on file';

export function patientName(patient: Pick<ReportPatient, 'givenName' | 'familyName'>): string {
  return `${patient.givenName} ${patient.familyName}`.trim();
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

export const formNames: Record<ReportProduct['form'], string> = { vial: 'vial', 'nasal-device': 'nasal spray device' };

export const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
export const party = (value: unknown): { name: string; address: string; deaNumber: string } => {
  const record = (value ?? {}) as Record<string, unknown>;
  return { name: str(record.name), address: str(record.address), deaNumber: str(record.deaNumber) };
};

export function locationLookup(locations: ReportLocation[]) {
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

export const locationLabel = (location: ReportLocation) => `${location.name} (DEA ${location.deaNumber ?? 'none on file'})`;

export function productLabel(product: ReportProduct): string {
  return `${product.genericName} ${quantity(product.strengthMgPerMl)} mg/mL, ${quantity(product.containerMl)} mL ${formNames[product.form]}, NDC ${product.ndc}`;
}

/** How the entry left stock, in words (21 CFR 1304.22(c)(5): "manner of disposal"); '' for other kinds. */
export function mannerOf(entry: ReportEntry, timeZone: string): string {
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
export function notesOf(entry: ReportEntry): string {
  const payload = entry.payload;
  const notes: string[] = [];
  if (entry.kind === 'count-adjustment') notes.push(`Count adjustment (${str(payload.direction)}): ${str(payload.reason)}`);
  if (entry.kind === 'correction') notes.push(`Correction of entry ${entry.correctsSeq ?? 'unknown'} (${str(payload.direction)}): ${str(payload.reason)}`);
  if (payload.note) notes.push(`Note: ${str(payload.note)}`);
  return notes.join('\n');
}

export function metaOf(context: ReportContext, period: { from: string; to: string } | null, lastRecordDate: string, details: ReportMeta['details']): ReportMeta {
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
