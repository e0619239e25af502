import type { StockContainer } from '../stock/stock-types';
import type { DoseBody, RecordedDose } from './session-types';

/** The dose form as typed: numbers stay text until sent. `containerId` is the stock container drawn from, if any. */
export interface DoseValues {
  weightKg: string;
  containerId: string;
  lotNumber: string;
  expiresOn: string;
  concentrationMgPerMl: string;
  volumeMl: string;
  devices: string;
}

/** `PUT /dose` without the revision; `drawn.containerId` names the container in the controlled-substance ledger. */
export type DoseDrawBody = Omit<DoseBody, 'revision' | 'drawn'> & { drawn: DoseBody['drawn'] & { containerId?: string } };

const text = (value: unknown) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');

export function doseValues(dose: RecordedDose | null): DoseValues {
  const drawn = dose?.drawn as (RecordedDose['drawn'] & { containerId?: string }) | undefined;
  return {
    weightKg: text(dose?.input.weightKg),
    containerId: drawn?.containerId ?? '',
    lotNumber: drawn?.lotNumber ?? '',
    expiresOn: drawn?.expiresOn ?? '',
    concentrationMgPerMl: text(drawn?.concentrationMgPerMl),
    volumeMl: text(drawn?.volumeMl),
    devices: text(drawn?.devices),
  };
}

/** Drawing from a stock container: its lot, expiry and concentration come from the ledger, not from typing. */
export function drawFrom(values: DoseValues, container: StockContainer | undefined): DoseValues {
  if (!container) return { ...values, containerId: '' };
  return {
    ...values,
    containerId: container.id,
    lotNumber: container.lotNumber,
    expiresOn: container.expiresOn,
    concentrationMgPerMl: container.form === 'vial' ? String(container.strengthMgPerMl) : values.concentrationMgPerMl,
  };
}

export type DoseParse = { kind: 'valid'; body: DoseDrawBody } | { kind: 'invalid'; errors: Partial<Record<keyof DoseValues, string>> };

/**
 * The body of `PUT /dose` for this route, or what is wrong with the form. The server checks ranges and the drawn
 * amount. `fromStock`: the clinic keeps its ledger here, so the container drawn from must be chosen.
 */
export function doseBody(values: DoseValues, route: { esketamine: boolean; weightBased: boolean }, fromStock = false): DoseParse {
  const errors: Partial<Record<keyof DoseValues, string>> = {};
  const number = (field: keyof DoseValues, required: boolean): number | undefined => {
    const typed = values[field].trim();
    if (typed === '') {
      if (required) errors[field] = 'Required';
      return undefined;
    }
    const value = Number(typed);
    if (!Number.isFinite(value) || value <= 0) errors[field] = 'Enter a number above 0';
    return value;
  };
  const weightKg = route.weightBased ? number('weightKg', true) : undefined;
  const devices = route.esketamine ? number('devices', true) : undefined;
  const concentrationMgPerMl = route.esketamine ? undefined : number('concentrationMgPerMl', true);
  const volumeMl = route.esketamine ? undefined : number('volumeMl', true);
  if (fromStock && values.containerId === '') errors.containerId = 'Choose the container you drew from';
  if (values.lotNumber.trim() === '') errors.lotNumber = 'Required';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const drawn = {
    ...(values.containerId ? { containerId: values.containerId } : {}),
    lotNumber: values.lotNumber.trim(),
    ...(values.expiresOn ? { expiresOn: values.expiresOn } : {}),
    ...(concentrationMgPerMl !== undefined ? { concentrationMgPerMl } : {}),
    ...(volumeMl !== undefined ? { volumeMl } : {}),
    ...(devices !== undefined ? { devices } : {}),
  };
  return { kind: 'valid', body: { ...(weightKg !== undefined ? { weightKg } : {}), drawn } };
}
