/**
 * Closing a session's dose: everything drawn was either given or wasted (21 CFR 1304.22(c)(4)-(5): what is
 * administered and what is otherwise disposed of are both recorded), and waste was witnessed (clinic policy,
 * SPEC §3.4). The session cannot be completed until this holds.
 */
export const defaultReconciliationToleranceMg = 0.1; // our choice: the same 0.1 mg as quantityMismatch

export type ReconciliationProblemCode = 'DRAWN_NOT_ACCOUNTED_FOR' | 'WASTE_NOT_WITNESSED' | 'MORE_ACCOUNTED_THAN_DRAWN';

export type SessionReconciliation =
  | { kind: 'reconciled' }
  | { kind: 'unreconciled'; problems: { code: ReconciliationProblemCode; message: string }[] };

const toHundredths = (value: number) => Math.round(value * 100);

export function reconcileSession(args: {
  drawnMg: number;
  administeredMg: number;
  wastedMg: number;
  wasteWitnessed: boolean;
  toleranceMg?: number;
}): SessionReconciliation {
  const { drawnMg, administeredMg, wastedMg, wasteWitnessed, toleranceMg = defaultReconciliationToleranceMg } = args;
  for (const [name, value] of Object.entries({ drawnMg, administeredMg, wastedMg, toleranceMg })) {
    // NaN would compare false everywhere and pass as reconciled: refuse it outright.
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number, 0 or more`);
  }
  const problems: { code: ReconciliationProblemCode; message: string }[] = [];
  const unaccounted = toHundredths(drawnMg) - toHundredths(administeredMg) - toHundredths(wastedMg);
  const tolerance = toHundredths(toleranceMg);
  if (unaccounted > tolerance) {
    problems.push({ code: 'DRAWN_NOT_ACCOUNTED_FOR', message: `${unaccounted / 100} mg drawn is neither administered nor wasted` });
  } else if (unaccounted < -tolerance) {
    problems.push({ code: 'MORE_ACCOUNTED_THAN_DRAWN', message: `Administered and wasted come to ${-unaccounted / 100} mg more than was drawn` });
  }
  if (toHundredths(wastedMg) > 0 && !wasteWitnessed) {
    problems.push({ code: 'WASTE_NOT_WITNESSED', message: `${wastedMg} mg wasted without a witness` });
  }
  return problems.length === 0 ? { kind: 'reconciled' } : { kind: 'unreconciled', problems };
}
