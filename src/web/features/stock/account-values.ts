import { parseQuantity, toHundredths } from './quantity';
import type { AccountBody, SessionDraw } from './stock-types';
import { noWitness, witnessCredentials, type WitnessValues } from './witness-values';

/** Closing a session's draw: what was given, and the rest wasted with a witness. Numbers stay text until sent. */
export interface AccountValues {
  administeredMg: string;
  administeredMl: string;
  method: string;
  witness: WitnessValues;
}

/** What is still to account for: drawn less what the ledger already has as given or wasted. */
export const outstandingMg = (draw: SessionDraw) => toHundredths(draw.totals.unaccountedMg ?? (draw.totals.drawnMg ?? draw.drawn?.mg ?? 0) - draw.totals.administeredMg - draw.totals.wastedMg);

/** The form starts from the dose (less anything already recorded as given), never more than is outstanding. */
export function startAccount(draw: SessionDraw, strengthMgPerMl: number): AccountValues {
  const given = Math.max(0, Math.min((draw.doseMg ?? 0) - draw.totals.administeredMg, outstandingMg(draw)));
  const mg = toHundredths(given);
  return { administeredMg: String(mg), administeredMl: String(toHundredths(mg / strengthMgPerMl)), method: '', witness: noWitness };
}

const minimumMethodChars = 3; // as the API asks

export type AccountParse = { kind: 'valid'; body: AccountBody; wasteMg: number } | { kind: 'invalid'; errors: Record<string, string> };

/** The body of `POST /sessions/:id/account`, or what is wrong: the remainder is waste, and waste needs a method and a witness. */
export function accountBody(values: AccountValues, draw: SessionDraw, containerId: string, strengthMgPerMl: number): AccountParse {
  const errors: Record<string, string> = {};
  const outstanding = outstandingMg(draw);
  let administeredMg = 0;
  let administeredMl = 0;
  const given = parseQuantity(values.administeredMg, values.administeredMl, strengthMgPerMl);
  if (given.kind === 'invalid') {
    if (given.errors.mg) errors.administeredMg = given.errors.mg;
    if (given.errors.ml) errors.administeredMl = given.errors.ml;
  } else {
    ({ quantityMg: administeredMg, quantityMl: administeredMl } = given);
  }
  const wasteMg = toHundredths(outstanding - administeredMg);
  if (wasteMg < 0) errors.administeredMg = `More than is left to account for (${outstanding} mg)`;
  const waste = wasteMg > 0 ? { quantityMg: wasteMg, quantityMl: toHundredths(wasteMg / strengthMgPerMl), method: values.method.trim() } : undefined;
  if (waste && waste.method.length < minimumMethodChars) errors['waste.method'] = 'Say how the rest was wasted';
  const witness = waste ? witnessCredentials(values.witness, 'witness', errors) : undefined;
  if (!containerId) errors.containerId = 'Choose the container it was drawn from';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return { kind: 'valid', wasteMg, body: { containerId, administeredMg, administeredMl, ...(waste ? { waste } : {}), ...(witness ? { witness } : {}) } };
}
