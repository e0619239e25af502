import { quantityMismatch } from '../../../domain/ledger/ledger-entry';

/** Hundredths of a mg or mL: what the ledger stores and adds up exactly. */
export const toHundredths = (value: number) => Math.round(value * 100) / 100;

/** The other quantity of a pair as text, from the one just typed: mg = mL × mg/mL. Empty when the typed text is not a number. */
export function otherQuantity(typed: string, typedUnit: 'mg' | 'ml', strengthMgPerMl: number): string {
  const value = Number(typed.trim());
  if (typed.trim() === '' || !Number.isFinite(value) || value < 0) return '';
  return String(toHundredths(typedUnit === 'ml' ? value * strengthMgPerMl : value / strengthMgPerMl));
}

export type QuantityParse = { kind: 'valid'; quantityMg: number; quantityMl: number } | { kind: 'invalid'; errors: { mg?: string; ml?: string } };

/**
 * The mg and mL of a movement, checked as the server checks them: both above 0, in hundredths, agreeing with the
 * strength within 0.1 mg, and (for a movement out) no more than the container holds.
 */
export function parseQuantity(mgText: string, mlText: string, strengthMgPerMl: number, availableMl?: number): QuantityParse {
  const errors: { mg?: string; ml?: string } = {};
  const read = (text: string, unit: 'mg' | 'ml'): number | undefined => {
    const typed = text.trim();
    const value = Number(typed);
    if (typed === '') errors[unit] = 'Required';
    else if (!Number.isFinite(value) || value <= 0) errors[unit] = 'Enter a number above 0';
    else if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) errors[unit] = 'At most 2 decimal places';
    else return value;
    return undefined;
  };
  const quantityMg = read(mgText, 'mg');
  const quantityMl = read(mlText, 'ml');
  if (quantityMg === undefined || quantityMl === undefined) return { kind: 'invalid', errors };
  const mismatch = quantityMismatch(quantityMg, quantityMl, strengthMgPerMl);
  if (mismatch) return { kind: 'invalid', errors: { mg: `Does not match ${quantityMl} mL at ${strengthMgPerMl} mg/mL` } };
  if (availableMl !== undefined && quantityMl > availableMl + 1e-9) return { kind: 'invalid', errors: { ml: `More than the container holds (${availableMl} mL)` } };
  return { kind: 'valid', quantityMg, quantityMl };
}
