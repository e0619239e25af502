import { parseQuantity, toHundredths } from './quantity';
import type { AccountBody, AccountLine, SessionDraw, StockContainer } from './stock-types';
import { noWitness, witnessCredentials, type WitnessValues } from './witness-values';

/**
 * Closing a session's draw: what was given, and the rest wasted with a witness. Numbers stay text until sent.
 * Errors are keyed by the body's field paths ("administrations.0.quantityMg", "waste.method", "witness.email"),
 * the same keys the server's pointers give, so both show at the same place.
 */
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
const maximumLines = 5; // as the API asks

export type AccountParse = { kind: 'valid'; body: AccountBody; wasteMg: number } | { kind: 'invalid'; errors: Record<string, string> };

/** Nothing given: each amount is 0 or left empty, and at least one is 0. */
export function noneGiven(values: Pick<AccountValues, 'administeredMg' | 'administeredMl'>): boolean {
  const texts = [values.administeredMg.trim(), values.administeredMl.trim()];
  const zero = (text: string) => text !== '' && Number(text) === 0;
  return texts.some(zero) && texts.every((text) => text === '' || zero(text));
}

/**
 * A vial's account: one administration line from the container drawn from (none when nothing was given), and the
 * rest wasted from the same container, which needs a method and a witness.
 */
export function accountBody(values: AccountValues, draw: SessionDraw, containerId: string, strengthMgPerMl: number): AccountParse {
  const errors: Record<string, string> = {};
  const outstanding = outstandingMg(draw);
  let given: AccountLine | undefined;
  if (!noneGiven(values)) {
    const parsed = parseQuantity(values.administeredMg, values.administeredMl, strengthMgPerMl);
    if (parsed.kind === 'invalid') {
      if (parsed.errors.mg) errors['administrations.0.quantityMg'] = parsed.errors.mg;
      if (parsed.errors.ml) errors['administrations.0.quantityMl'] = parsed.errors.ml;
    } else {
      given = { containerId, quantityMg: parsed.quantityMg, quantityMl: parsed.quantityMl };
    }
  }
  const wasteMg = toHundredths(outstanding - (given?.quantityMg ?? 0));
  if (wasteMg < 0) errors['administrations.0.quantityMg'] = `More than is left to account for (${outstanding} mg)`;
  const waste = wasteMg > 0 ? { containerId, quantityMg: wasteMg, quantityMl: toHundredths(wasteMg / strengthMgPerMl), method: values.method.trim() } : undefined;
  if (waste && waste.method.length < minimumMethodChars) errors['waste.method'] = given ? 'Say how the rest was wasted' : 'Say how it was wasted';
  const witness = waste ? witnessCredentials(values.witness, 'witness', errors) : undefined;
  if (!given && !waste && Object.keys(errors).length === 0) errors.administrations = 'Nothing is left to account for';
  if (!containerId) errors.containerId = 'Choose the container it was drawn from';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return { kind: 'valid', wasteMg, body: { administrations: given ? [given] : [], ...(waste ? { waste } : {}), ...(witness ? { witness } : {}) } };
}

/** An esketamine device holds 28 mg in 0.2 mL. */
const fullMg = (device: StockContainer) => toHundredths(device.strengthMgPerMl * device.containerMl);
const esketamineDeviceMg = 28;

/** How many device lines the form offers: the API takes at most 5, and each device once. */
export const maximumDevices = (draw: SessionDraw) => Math.min(maximumLines, draw.candidates.length);

/** The next devices to list after `chosen`, earliest expiry first, none twice. */
export function nextDevices(draw: SessionDraw, chosen: readonly string[], count: number): string[] {
  return draw.candidates
    .map((device) => device.id)
    .filter((id) => !chosen.includes(id))
    .slice(0, count);
}

/**
 * The devices listed at first: as many as the outstanding mg fills, the device drawn from first (while it is still
 * in stock), then the next by expiry.
 */
export function startDevices(draw: SessionDraw): string[] {
  const deviceMg = draw.candidates[0] ? fullMg(draw.candidates[0]) : esketamineDeviceMg;
  const count = Math.min(maximumDevices(draw), Math.max(1, Math.round(outstandingMg(draw) / deviceMg)));
  const drawnId = draw.candidates.find((device) => device.id === draw.drawn?.containerId)?.id;
  const first = drawnId ? [drawnId] : [];
  return [...first, ...nextDevices(draw, first, count - first.length)].slice(0, count);
}

/** What the chosen devices hold: each device given is given whole. */
export function devicesGivenMg(draw: SessionDraw, deviceIds: readonly string[]): number {
  const held = deviceIds.map((id) => draw.candidates.find((device) => device.id === id)?.balanceMg ?? 0);
  return toHundredths(held.reduce((sum, mg) => sum + mg, 0));
}

/**
 * Esketamine devices' account: one administration line per device given, each its whole balance; no waste. A device
 * not used was never opened: it is not listed, stays sealed in stock, and its mg stays unaccounted for.
 */
export function devicesBody(deviceIds: readonly string[], draw: SessionDraw): AccountParse {
  const errors: Record<string, string> = {};
  const administrations: AccountLine[] = [];
  deviceIds.forEach((id, index) => {
    const device = draw.candidates.find((candidate) => candidate.id === id);
    if (!device) errors[`administrations.${index}.containerId`] = 'Choose the device';
    else if (deviceIds.indexOf(id) < index) errors[`administrations.${index}.containerId`] = 'This device is already listed';
    else administrations.push({ containerId: device.id, quantityMg: device.balanceMg, quantityMl: device.balanceMl });
  });
  const outstanding = outstandingMg(draw);
  if (deviceIds.length === 0) errors.administrations = 'Choose the devices given';
  else if (deviceIds.length > maximumLines) errors.administrations = `At most ${maximumLines} devices at once`;
  else if (devicesGivenMg(draw, deviceIds) > outstanding) errors.administrations = `More than is left to account for (${outstanding} mg)`;
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return { kind: 'valid', wasteMg: 0, body: { administrations } };
}
