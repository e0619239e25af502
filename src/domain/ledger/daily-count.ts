/**
 * A physical count of the stock at one registered location against the ledger (the inventory of 21 CFR
 * 1304.11; the clinic's daily count is policy, SPEC §3.3). Sealed containers are counted exactly; opened
 * Schedule III containers may be estimated (1304.11(e)(3)), so in-use volumes get a tolerance.
 */
export const containerStates = ['sealed', 'in-use'] as const;
export type ContainerState = (typeof containerStates)[number];

/**
 * Our default: 0.1 mL, about what can be read off a graduated syringe; SPEC §3.3 recommends exact counts
 * although estimates are allowed. A jurisdiction that allows estimates (Iowa: to the nearest ¼ container)
 * may widen it.
 */
export const defaultOpenToleranceMl = 0.1;

export interface CountLine {
  containerId: string;
  state: ContainerState;
  /** In-use containers: the measured volume; null when not measured. Sealed containers: null. */
  countedMl: number | null;
  /** Sealed containers: whether it was there. */
  sealedPresent: boolean;
  /** In-use containers: measured exactly, or estimated as 1304.11(e)(3) allows (to the nearest mL, say). */
  method?: 'exact' | 'estimated';
}

/** Our default for an estimated open container: the nearest mL, half a mL either way. */
export const defaultEstimatedToleranceMl = 0.5;

export interface LedgerContainer {
  containerId: string;
  state: ContainerState;
  balanceMl: number;
  /** The volume of a full container (10 mL vial, 0.2 mL nasal device). */
  containerMl: number;
}

export type CountDiscrepancyKind = 'missing-container' | 'volume-difference' | 'unexpected-container';

export interface CountDiscrepancy {
  containerId: string;
  expected: number;
  counted: number;
  /** Counted minus expected, in mL: negative when stock is short. */
  differenceMl: number;
  kind: CountDiscrepancyKind;
}

const toHundredths = (value: number) => Math.round(value * 100);

/** The volume the line shows, or null when the container was not found (or, if in use, not measured). */
function countedHundredths(line: CountLine | undefined, containerMl: number | null): number | null {
  if (!line) return null;
  if (line.state === 'in-use') return line.countedMl === null ? null : toHundredths(line.countedMl);
  if (!line.sealedPresent) return null;
  return toHundredths(containerMl ?? line.countedMl ?? 0);
}

function indexById<T extends { containerId: string }>(items: readonly T[], what: string): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (byId.has(item.containerId)) throw new RangeError(`Container listed twice in the ${what}`);
    byId.set(item.containerId, item);
  }
  return byId;
}

/**
 * The differences between what was counted and what the ledger says is on hand, in ledger order then count
 * order; empty when they agree. A container the ledger has at 0 mL is not expected; counted with stock in it,
 * it is unexpected. An unknown sealed container counts at its `countedMl` if the counter wrote the label volume.
 */
export function compareCount(
  lines: readonly CountLine[],
  ledger: readonly LedgerContainer[],
  options: { openToleranceMl: number; estimatedToleranceMl?: number } = { openToleranceMl: defaultOpenToleranceMl },
): CountDiscrepancy[] {
  const estimatedToleranceMl = options.estimatedToleranceMl ?? defaultEstimatedToleranceMl;
  for (const value of [options.openToleranceMl, estimatedToleranceMl]) if (!Number.isFinite(value) || value < 0) throw new RangeError('Tolerances must be 0 or more');
  const counted = indexById(lines, 'count');
  const known = indexById(ledger, 'ledger');
  const openTolerance = toHundredths(options.openToleranceMl);
  const estimatedTolerance = toHundredths(estimatedToleranceMl);
  const found: CountDiscrepancy[] = [];
  const add = (containerId: string, expected: number, got: number, kind: CountDiscrepancyKind) =>
    found.push({ containerId, expected: expected / 100, counted: got / 100, differenceMl: (got - expected) / 100 + 0, kind });

  for (const container of ledger) {
    const expected = toHundredths(container.balanceMl);
    const line = counted.get(container.containerId);
    const got = countedHundredths(line, container.containerMl);
    if (expected === 0) {
      if (got !== null && got > 0) add(container.containerId, 0, got, 'unexpected-container');
      continue;
    }
    if (got === null) {
      add(container.containerId, expected, 0, 'missing-container');
      continue;
    }
    // Sealed on both sides: counted exactly (1304.11(e)(3) allows estimates only for opened containers).
    const tolerance = container.state === 'sealed' && line?.state === 'sealed' ? 0 : line?.method === 'estimated' ? estimatedTolerance : openTolerance;
    if (Math.abs(got - expected) > tolerance) add(container.containerId, expected, got, 'volume-difference');
  }

  for (const line of lines) {
    if (known.has(line.containerId)) continue;
    const got = countedHundredths(line, null);
    if (got !== null && (got > 0 || line.state === 'sealed')) add(line.containerId, 0, got, 'unexpected-container');
  }
  return found;
}
