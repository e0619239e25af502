import { ledgerEntryKinds, type LedgerDirection, signedQuantity } from '../../../domain/ledger/ledger-entry';
import { parseQuantity } from './quantity';
import type { EntryBody, LedgerRecord, StockContainer } from './stock-types';

/**
 * The direction that undoes an entry: an entry that took stock out is corrected by putting it back, and vice versa.
 * Null for a count adjustment or a correction: the ledger read does not say which way those went, so the nurse chooses.
 */
export function reversingDirection(kind: string): LedgerDirection | null {
  const known = ledgerEntryKinds.find((candidate) => candidate === kind);
  if (known === undefined || known === 'count-adjustment' || known === 'correction') return null;
  return signedQuantity({ kind: known }) > 0 ? 'decrease' : 'increase';
}

/** The correction form as typed. Error keys are the server's field paths ("entry.reason"). */
export interface CorrectionValues {
  quantityMg: string;
  quantityMl: string;
  direction: LedgerDirection | null;
  reason: string;
}

/** Starts as the whole entry, undone. */
export const correctionOf = (entry: LedgerRecord): CorrectionValues => ({
  quantityMg: String(entry.quantityMg),
  quantityMl: String(entry.quantityMl),
  direction: reversingDirection(entry.kind),
  reason: '',
});

export type CorrectionParse = { kind: 'valid'; body: EntryBody } | { kind: 'invalid'; errors: Record<string, string> };

/** The body of `POST /entries` for a correction of `entry`, or what is wrong with the form (the server checks again). */
export function correctionBody(values: CorrectionValues, entry: LedgerRecord, container: StockContainer): CorrectionParse {
  const errors: Record<string, string> = {};
  if (values.direction === null) errors['entry.direction'] = 'Choose which way the correction moves the balance';
  // Taking stock out cannot leave less than nothing; putting it back is bounded by what the entry moved.
  const quantity = parseQuantity(values.quantityMg, values.quantityMl, container.strengthMgPerMl, values.direction === 'decrease' ? container.balanceMl : undefined);
  if (quantity.kind === 'invalid') {
    if (quantity.errors.mg) errors['entry.quantityMg'] = quantity.errors.mg;
    if (quantity.errors.ml) errors['entry.quantityMl'] = quantity.errors.ml;
  } else if (quantity.quantityMl > entry.quantityMl + 1e-9) {
    errors['entry.quantityMl'] = `More than this entry moved (${entry.quantityMl} mL)`;
  }
  const reason = values.reason.trim();
  if (reason === '') errors['entry.reason'] = 'Say what was wrong with the entry';
  else if (reason.length > 2000) errors['entry.reason'] = 'At most 2000 characters';
  if (Object.keys(errors).length > 0 || quantity.kind === 'invalid' || values.direction === null) return { kind: 'invalid', errors };
  return {
    kind: 'valid',
    body: { entry: { kind: 'correction', containerId: entry.containerId, quantityMg: quantity.quantityMg, quantityMl: quantity.quantityMl, correctsEntryId: entry.entryId, reason, direction: values.direction } },
  };
}
