import { calendarDateIn } from '../../sessions/calendar-day.js';
import { formNames, hundredths, localDateTime, locationLabel, locationLookup, metaOf, quantity } from './report-formatting.js';
import type { ReportContext, ReportProduct } from './report-inputs.js';
import type { ControlledSubstanceReport, ReportColumn, ReportRow } from './report-types.js';

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
