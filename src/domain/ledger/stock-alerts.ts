/**
 * What the controlled-substance room needs to act on, computed from the ledger's current state: stock running
 * low, lots expiring (or expired and still on the shelf), counts overdue, sessions whose dose is not yet
 * accounted for, discrepancy cases and their DEA deadlines (SPEC.md §3.5), and esketamine shipped for one
 * patient that has not been used. Thresholds are clinic settings; the defaults are our choice, not a rule.
 */
export type StockAlertCode = 'LOW_STOCK' | 'LOT_EXPIRING' | 'LOT_EXPIRED' | 'COUNT_OVERDUE' | 'INVENTORY_DUE' | 'SESSION_UNRECONCILED' | 'CASE_DEADLINE' | 'PATIENT_SHIPMENT_UNUSED';

export interface StockAlert {
  code: StockAlertCode;
  severity: 'warning' | 'critical';
  message: string;
  locationId: string | null;
  subject: { kind: 'session' | 'case' | 'container' | 'location' | 'product'; id: string } | null;
  dueAt: string | null;
}

export interface AlertContainer {
  id: string;
  label: string;
  state: string;
  balanceMl: number;
  containerMl: number;
  productId: string;
  productName: string;
  lotNumber: string;
  expiresOn: string;
  locationId: string;
  receivedAt: Date;
  reservedForPatient: { id: string; name: string } | null;
}

export interface AlertInput {
  now: Date;
  /** YYYY-MM-DD at the clinic, for comparing with lot expiry dates. */
  today: string;
  settings: { countIntervalHours: number; expiryWarningDays: number; patientShipmentDays: number };
  /** The last count of any kind, and the last initial or biennial inventory (21 CFR 1304.11). */
  locations: { id: string; name: string; lastCountAt: Date | null; lastInventoryAt: Date | null }[];
  products: { id: string; genericName: string; reorderAtContainers: number }[];
  /** Every (location, product) pair the clinic has ever stocked, so running out still shows. */
  stockedPairs: { locationId: string; productId: string }[];
  /** Containers in stock (sealed or in use). */
  containers: AlertContainer[];
  unreconciledSessions: { id: string; locationId: string; patientName: string; dosingStartedAt: Date; unaccountedMg: number }[];
  cases: { id: string; locationId: string; state: string; discoveredAt: Date; writtenNoticeBy: Date | null; form106By: Date | null; writtenNoticeSentAt: Date | null; form106FiledAt: Date | null }[];
}

const hour = 3_600_000;
const day = 24 * hour;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * day).toISOString().slice(0, 10);
}

function lowStock(input: AlertInput): StockAlert[] {
  return input.stockedPairs.flatMap(({ locationId, productId }): StockAlert[] => {
    const product = input.products.find((candidate) => candidate.id === productId);
    if (!product || product.reorderAtContainers <= 0) return [];
    const held = input.containers.filter((container) => container.locationId === locationId && container.productId === productId);
    const equivalents = held.reduce((sum, container) => sum + container.balanceMl / container.containerMl, 0);
    if (equivalents >= product.reorderAtContainers) return [];
    const shown = Math.floor(equivalents * 10) / 10;
    return [{ code: 'LOW_STOCK', severity: equivalents === 0 ? 'critical' : 'warning', message: `${product.genericName}: ${shown} full container(s) on hand, reorder level ${product.reorderAtContainers}.`, locationId, subject: { kind: 'product', id: productId }, dueAt: null }];
  });
}

function lots(input: AlertInput): StockAlert[] {
  const byLot = new Map<string, AlertContainer[]>();
  for (const container of input.containers) {
    const key = `${container.locationId}|${container.productId}|${container.lotNumber}`;
    byLot.set(key, [...(byLot.get(key) ?? []), container]);
  }
  const warnFrom = addDays(input.today, input.settings.expiryWarningDays);
  return [...byLot.values()].flatMap((held): StockAlert[] => {
    const { expiresOn, lotNumber, productName, locationId, id } = held[0]!;
    const what = `${productName} lot ${lotNumber}: ${held.length} container(s)`;
    if (expiresOn < input.today) return [{ code: 'LOT_EXPIRED', severity: 'critical', message: `${what} expired on ${expiresOn}. Do not use; return to a reverse distributor or destroy with two witnesses.`, locationId, subject: { kind: 'container', id }, dueAt: null }];
    if (expiresOn <= warnFrom) return [{ code: 'LOT_EXPIRING', severity: 'warning', message: `${what} expire on ${expiresOn}. Draw from this lot first.`, locationId, subject: { kind: 'container', id }, dueAt: `${expiresOn}T23:59:59.999Z` }];
    return [];
  });
}

function counts(input: AlertInput): StockAlert[] {
  return input.locations.flatMap((location): StockAlert[] => {
    const held = input.containers.filter((container) => container.locationId === location.id);
    if (held.length === 0) return [];
    // Never counted: due one interval after the first container arrived.
    const since = location.lastCountAt ?? new Date(Math.min(...held.map((container) => container.receivedAt.getTime())));
    const due = new Date(since.getTime() + input.settings.countIntervalHours * hour);
    if (due > input.now) return [];
    const late = input.now.getTime() - due.getTime() > input.settings.countIntervalHours * hour;
    return [{ code: 'COUNT_OVERDUE', severity: late ? 'critical' : 'warning', message: `${location.name}: ${location.lastCountAt ? `last counted ${location.lastCountAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'never counted'}; a count was due.`, locationId: location.id, subject: { kind: 'location', id: location.id }, dueAt: due.toISOString() }];
  });
}

/** The biennial inventory: within two years of the last one (1304.11(c)); warned a month ahead. */
function inventories(input: AlertInput): StockAlert[] {
  return input.locations.flatMap((location): StockAlert[] => {
    if (!input.containers.some((container) => container.locationId === location.id)) return [];
    const subject = { kind: 'location' as const, id: location.id };
    if (!location.lastInventoryAt) return [{ code: 'INVENTORY_DUE', severity: 'warning', message: `${location.name}: no initial inventory on record. Take one (opening or close of business) on the day stock is first handled.`, locationId: location.id, subject, dueAt: null }];
    const due = new Date(location.lastInventoryAt);
    due.setUTCFullYear(due.getUTCFullYear() + 2);
    if (due.getTime() - input.now.getTime() > 30 * day) return [];
    return [{ code: 'INVENTORY_DUE', severity: due < input.now ? 'critical' : 'warning', message: `${location.name}: the biennial inventory ${due < input.now ? 'was due' : 'is due by'} ${due.toISOString().slice(0, 10)}.`, locationId: location.id, subject, dueAt: due.toISOString() }];
  });
}

function sessions(input: AlertInput): StockAlert[] {
  return input.unreconciledSessions.map((session) => ({
    code: 'SESSION_UNRECONCILED',
    severity: input.now.getTime() - session.dosingStartedAt.getTime() > day ? 'critical' : 'warning',
    message: `${session.patientName}'s session: ${session.unaccountedMg} mg drawn is neither recorded as administered nor wasted before a witness.`,
    locationId: session.locationId,
    subject: { kind: 'session', id: session.id },
    dueAt: null,
  }));
}

function cases(input: AlertInput): StockAlert[] {
  return input.cases.flatMap((row): StockAlert[] => {
    const subject = { kind: 'case' as const, id: row.id };
    if (row.state === 'open' || row.state === 'investigating') {
      return [{ code: 'CASE_DEADLINE', severity: 'warning', message: `A count discrepancy found ${row.discoveredAt.toISOString().slice(0, 10)} awaits investigation. A theft or significant loss must be reported in writing within one business day of discovery.`, locationId: row.locationId, subject, dueAt: null }];
    }
    if (row.state !== 'reported') return [];
    const deadlines: StockAlert[] = [];
    const soon = (by: Date, window: number) => by.getTime() - input.now.getTime() < window;
    if (row.writtenNoticeBy && !row.writtenNoticeSentAt) {
      deadlines.push({ code: 'CASE_DEADLINE', severity: 'critical', message: `Written notice to the DEA field office ${row.writtenNoticeBy < input.now ? 'was due' : 'is due by'} ${row.writtenNoticeBy.toISOString()}.`, locationId: row.locationId, subject, dueAt: row.writtenNoticeBy.toISOString() });
    }
    if (row.form106By && !row.form106FiledAt) {
      deadlines.push({ code: 'CASE_DEADLINE', severity: soon(row.form106By, 7 * day) ? 'critical' : 'warning', message: `DEA Form 106 ${row.form106By < input.now ? 'was due' : 'is due by'} ${row.form106By.toISOString().slice(0, 10)}.`, locationId: row.locationId, subject, dueAt: row.form106By.toISOString() });
    }
    return deadlines;
  });
}

function patientShipments(input: AlertInput): StockAlert[] {
  return input.containers.flatMap((container): StockAlert[] => {
    if (!container.reservedForPatient || container.state !== 'sealed') return [];
    const due = new Date(container.receivedAt.getTime() + input.settings.patientShipmentDays * day);
    if (due > input.now) return [];
    return [{ code: 'PATIENT_SHIPMENT_UNUSED', severity: 'warning', message: `${container.label}, shipped for ${container.reservedForPatient.name}, has not been used within ${input.settings.patientShipmentDays} days of receipt.`, locationId: container.locationId, subject: { kind: 'container', id: container.id }, dueAt: due.toISOString() }];
  });
}

/** Every alert, critical first, then the soonest due. */
export function stockAlerts(input: AlertInput): StockAlert[] {
  const all = [...cases(input), ...sessions(input), ...lots(input), ...counts(input), ...inventories(input), ...lowStock(input), ...patientShipments(input)];
  return all.sort((a, b) => Number(b.severity === 'critical') - Number(a.severity === 'critical') || (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));
}
