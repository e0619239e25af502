import type { CountBody, CountKind, CountLine, CountTiming, StockContainer } from './stock-types';

/** One container on the count sheet: a sealed one is ticked present; an open one is measured. */
export interface CountLineValues {
  present: boolean;
  countedMl: string;
  method: 'exact' | 'estimated';
}

export interface CountValues {
  kind: CountKind;
  timing: CountTiming | '';
  lines: Record<string, CountLineValues>;
}

export const emptyCount = (): CountValues => ({ kind: 'daily', timing: '', lines: {} });
export const blankLine: CountLineValues = { present: false, countedMl: '', method: 'exact' };

/** Inventories (21 CFR 1304.11) say whether they were taken at the opening or the close of business; the daily count need not. */
export const needsTiming = (kind: CountKind) => kind !== 'daily';

export type CountParse = { kind: 'valid'; body: CountBody } | { kind: 'invalid'; errors: Record<string, string> };

/**
 * The body of `POST /counts`: every sealed and open container of the location once, in the order shown (so the
 * server's "/lines/3/countedMl" is the fourth row), or what is wrong with the sheet.
 */
export function countBody(values: CountValues, containers: readonly StockContainer[], locationId: string): CountParse {
  const errors: Record<string, string> = {};
  if (needsTiming(values.kind) && values.timing === '') errors.timing = 'Opening or close of business?';
  const lines: CountLine[] = containers.map((container, index) => {
    const line = values.lines[container.id] ?? blankLine;
    if (container.state === 'sealed') return { containerId: container.id, state: 'sealed', countedMl: null, sealedPresent: line.present };
    const typed = line.countedMl.trim();
    const countedMl = Number(typed);
    if (typed === '') errors[`lines.${index}.countedMl`] = 'Measure it (0 if empty)';
    else if (!Number.isFinite(countedMl) || countedMl < 0) errors[`lines.${index}.countedMl`] = 'A number of mL, 0 or more';
    else if (countedMl > container.containerMl) errors[`lines.${index}.countedMl`] = `More than a full container (${container.containerMl} mL)`;
    return { containerId: container.id, state: 'in-use', countedMl: typed === '' ? null : countedMl, sealedPresent: true, method: line.method };
  });
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return { kind: 'valid', body: { locationId, kind: values.kind, ...(needsTiming(values.kind) && values.timing ? { timing: values.timing } : {}), lines } };
}
