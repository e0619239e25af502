import { type VitalReading, vitalReadingSchema } from '../../../domain/sessions/vital-thresholds';

/** The five signals in the order charted, with the words a nurse reads (SPEC.md §2.6 pre-dose set). */
export const vitalFields = [
  { key: 'systolicMmHg', label: 'Systolic', unit: 'mmHg' },
  { key: 'diastolicMmHg', label: 'Diastolic', unit: 'mmHg' },
  { key: 'heartRateBpm', label: 'Heart rate', unit: 'bpm' },
  { key: 'spo2Percent', label: 'SpO2', unit: '%' },
  { key: 'respiratoryRatePerMin', label: 'Resp. rate', unit: '/min' },
] as const satisfies readonly { key: keyof VitalReading; label: string; unit: string }[];

export type VitalKey = (typeof vitalFields)[number]['key'];
export type VitalTexts = Record<VitalKey, string>;
export type VitalParse = { kind: 'valid'; reading: VitalReading } | { kind: 'invalid'; errors: Partial<Record<VitalKey | 'form', string>> };

export const emptyVitals = (): VitalTexts => ({ systolicMmHg: '', diastolicMmHg: '', heartRateBpm: '', spo2Percent: '', respiratoryRatePerMin: '' });

/** Typed text to a reading, checked with the server's own plausibility rules; blanks are left out. */
export function parseVitals(texts: Readonly<Partial<VitalTexts>>): VitalParse {
  const errors: Partial<Record<VitalKey | 'form', string>> = {};
  const reading: Record<string, number> = {};
  for (const { key, label } of vitalFields) {
    const typed = (texts[key] ?? '').trim();
    if (typed === '') continue;
    const value = Number(typed);
    if (!/^-?\d+(\.\d+)?$/.test(typed) || !Number.isFinite(value)) errors[key] = `${label} must be a number`;
    else reading[key] = value;
  }
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const parsed = vitalReadingSchema.safeParse(reading);
  if (parsed.success) return { kind: 'valid', reading: parsed.data };
  for (const issue of parsed.error.issues) {
    const key = (issue.path[0] as VitalKey | undefined) ?? 'form';
    errors[key] ??= issue.message;
  }
  return { kind: 'invalid', errors };
}
