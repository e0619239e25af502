import type { DoseBody, RecordedDose } from './session-types';

/** The dose form as typed: numbers stay text until sent. */
export interface DoseValues {
  weightKg: string;
  lotNumber: string;
  expiresOn: string;
  concentrationMgPerMl: string;
  volumeMl: string;
  devices: string;
}

const text = (value: unknown) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');

export function doseValues(dose: RecordedDose | null): DoseValues {
  return {
    weightKg: text(dose?.input.weightKg),
    lotNumber: dose?.drawn.lotNumber ?? '',
    expiresOn: dose?.drawn.expiresOn ?? '',
    concentrationMgPerMl: text(dose?.drawn.concentrationMgPerMl),
    volumeMl: text(dose?.drawn.volumeMl),
    devices: text(dose?.drawn.devices),
  };
}

export type DoseParse = { kind: 'valid'; body: Omit<DoseBody, 'revision'> } | { kind: 'invalid'; errors: Partial<Record<keyof DoseValues, string>> };

/** The body of `PUT /dose` for this route, or what is wrong with the form. The server checks ranges and the drawn amount. */
export function doseBody(values: DoseValues, route: { esketamine: boolean; weightBased: boolean }): DoseParse {
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
  if (values.lotNumber.trim() === '') errors.lotNumber = 'Required';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const drawn = {
    lotNumber: values.lotNumber.trim(),
    ...(values.expiresOn ? { expiresOn: values.expiresOn } : {}),
    ...(concentrationMgPerMl !== undefined ? { concentrationMgPerMl } : {}),
    ...(volumeMl !== undefined ? { volumeMl } : {}),
    ...(devices !== undefined ? { devices } : {}),
  };
  return { kind: 'valid', body: { ...(weightKg !== undefined ? { weightKg } : {}), drawn } };
}
