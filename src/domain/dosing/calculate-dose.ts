import { AppError } from '../shared/app-error.js';
import { type DoseInput, esketamineMgPerDevice, parseDoseRequest } from './dose-input.js';
import { type DosingWeightWarning, resolveDosingWeight } from './dosing-weight.js';
import { roundTo } from './rounding.js';

// Anaesthetic range, a hard stop for psychiatric orders (SPEC.md §2.2, droracle sedation summary: IV
// sedation 1–1.5 mg/kg, IM 2–4 mg/kg; Ketalar label: IV induction from 1 mg/kg given over 60 s). "Over less
// than 10 minutes" is the bolus cut-off of SPEC.md §9. Not clinic-editable: no verification lifts it.
export const anestheticIvMgPerKg = 1.0;
export const anestheticIvUnderMinutes = 10;
export const anestheticImMgPerKg = 2.0;
// Spravato label: wait 5 minutes between devices.
export const esketamineMinutesBetweenDevices = 5;
// Ketalar label: the 100 mg/mL concentration must not be given IV without dilution (dilute with an equal
// volume or more). We warn above 50 mg/mL with no diluent.
export const ivUndilutedAboveMgPerMl = 50;
// Rounding the drawn volume to 0.1 mL moves the delivered dose; more than 5% gets a warning (our design).
export const volumeRoundingTolerance = 0.05;
// Comparisons against limits absorb floating-point error only, never a clinically real excess.
const epsilon = 1e-9;

export const doseWarningCodes = [
  'HEIGHT_BELOW_DEVINE_RANGE',
  'ACTUAL_WEIGHT_AT_OR_BELOW_IDEAL',
  'NO_DOSE_LIMITS',
  'IV_CONCENTRATE_UNDILUTED',
  'VOLUME_ROUNDING_CHANGES_DOSE',
] as const;
export type DoseWarningCode = (typeof doseWarningCodes)[number];
export interface DoseWarning {
  code: DoseWarningCode;
  message: string;
}

/** DOSE_ABOVE_MAX is lifted by a second clinician's verification, which the app records; ANESTHETIC_RANGE never is. */
export type DoseBlockCode = 'DOSE_ABOVE_MAX' | 'ANESTHETIC_RANGE';
export interface DoseBlockReason {
  code: DoseBlockCode;
  message: string;
}

export interface DoseResult {
  dosingWeightKg: number | null;
  doseMg: number;
  volumeMl: number | null;
  totalVolumeMl: number | null;
  rateMlPerHour: number | null;
  devices: number | null;
  minimumAdministrationMinutes: number;
  warnings: DoseWarning[];
  blocked: boolean;
  reasons: DoseBlockReason[];
}

const formatMgPerKg = (mgPerKg: number): string => String(roundTo(mgPerKg, 3));

function checkLimits(input: DoseInput, doseMg: number, mgPerKg: number | null): DoseBlockReason[] {
  const reasons: DoseBlockReason[] = [];
  if (mgPerKg !== null) {
    if (input.route === 'iv' && input.infusionMinutes !== undefined && mgPerKg >= anestheticIvMgPerKg - epsilon && input.infusionMinutes < anestheticIvUnderMinutes) {
      reasons.push({
        code: 'ANESTHETIC_RANGE',
        message: `IV ${formatMgPerKg(mgPerKg)} mg/kg over ${input.infusionMinutes} minutes is in the anaesthetic range (${anestheticIvMgPerKg} mg/kg or more over less than ${anestheticIvUnderMinutes} minutes); no verification lifts this.`,
      });
    }
    if (input.route === 'im' && mgPerKg >= anestheticImMgPerKg - epsilon) {
      reasons.push({
        code: 'ANESTHETIC_RANGE',
        message: `IM ${formatMgPerKg(mgPerKg)} mg/kg is in the anaesthetic range (${anestheticImMgPerKg} mg/kg or more); no verification lifts this.`,
      });
    }
  }
  const above: string[] = [];
  const { maxMgPerKg, maxMg } = input.limits ?? {};
  if (maxMgPerKg !== undefined && mgPerKg !== null && mgPerKg > maxMgPerKg + epsilon) above.push(`${formatMgPerKg(mgPerKg)} mg/kg is above the protocol maximum of ${maxMgPerKg} mg/kg`);
  if (maxMg !== undefined && doseMg > maxMg + epsilon) above.push(`${doseMg} mg is above the protocol maximum of ${maxMg} mg`);
  if (above.length > 0) reasons.push({ code: 'DOSE_ABOVE_MAX', message: `${above.join('; ')}. A second clinician must verify it.` });
  return reasons;
}

function calculateEsketamineDose(input: DoseInput, doseMg: number): DoseResult {
  const devices = doseMg / esketamineMgPerDevice;
  const reasons = checkLimits(input, doseMg, null);
  return {
    dosingWeightKg: null,
    doseMg,
    volumeMl: null,
    totalVolumeMl: null,
    rateMlPerHour: null,
    devices,
    minimumAdministrationMinutes: esketamineMinutesBetweenDevices * (devices - 1),
    warnings: [],
    blocked: reasons.length > 0,
    reasons,
  };
}

function resolveWeight(input: DoseInput): { weightKg: number; warnings: DosingWeightWarning[] } | null {
  if (input.weightKg === undefined) return null;
  if (input.weightBasis === 'actual') return resolveDosingWeight({ basis: 'actual', actualKg: input.weightKg });
  const { heightCm, sexAtBirth } = input;
  if (heightCm === undefined || (sexAtBirth !== 'female' && sexAtBirth !== 'male')) throw new Error('unreachable: checked by findDoseInputProblem');
  return resolveDosingWeight({ basis: input.weightBasis, actualKg: input.weightKg, heightCm, sexAtBirth });
}

function volumeWarnings(input: DoseInput, doseMg: number, volumeMl: number | null): DoseWarning[] {
  const warnings: DoseWarning[] = [];
  const concentration = input.concentrationMgPerMl;
  if (input.route === 'iv' && concentration !== undefined && concentration > ivUndilutedAboveMgPerMl && !input.diluentMl) {
    warnings.push({ code: 'IV_CONCENTRATE_UNDILUTED', message: `${concentration} mg/mL must not be given IV undiluted: add a diluent (Ketalar label).` });
  }
  if (concentration !== undefined && volumeMl !== null && Math.abs(volumeMl * concentration - doseMg) > volumeRoundingTolerance * doseMg) {
    warnings.push({
      code: 'VOLUME_ROUNDING_CHANGES_DOSE',
      message: `At ${concentration} mg/mL, ${volumeMl} mL holds ${roundTo(volumeMl * concentration, 1)} mg, not ${doseMg} mg: use a lower concentration.`,
    });
  }
  return warnings;
}

/**
 * The dose contract of SPEC.md §9. Dose to 0.1 mg, from the dosing weight as reported (0.01 kg); volume
 * to 0.1 mL from the rounded dose; total volume = volume + diluent; rate = total volume × 60 /
 * infusionMinutes to 0.1 mL/h. Limits compare the ordered mg/kg (or, for a dose in mg, mg ÷ dosing weight
 * to 0.001) and the rounded mg. Invalid input throws an AppError `VALIDATION` naming the field.
 */
export function calculateDose(untrusted: DoseInput): DoseResult {
  const parsed = parseDoseRequest(untrusted);
  if (parsed.kind === 'invalid') {
    throw new AppError('VALIDATION', `${parsed.field}: ${parsed.message}`, [{ in: 'body', pointer: `/${parsed.field.replaceAll('.', '/')}`, detail: parsed.message }]);
  }
  const input = parsed.input;
  if (input.route === 'intranasal-esketamine') return calculateEsketamineDose(input, input.doseMg ?? 0);

  const weight = resolveWeight(input);
  const dosingWeightKg = weight?.weightKg ?? null;
  let doseMg: number;
  let mgPerKg: number | null;
  if (input.doseMgPerKg !== undefined) {
    if (dosingWeightKg === null) throw new Error('unreachable: checked by findDoseInputProblem');
    doseMg = roundTo(input.doseMgPerKg * dosingWeightKg, 1);
    mgPerKg = input.doseMgPerKg;
  } else {
    doseMg = roundTo(input.doseMg ?? 0, 1);
    // To 0.001 mg/kg, the precision the messages show, so a message never reads "0.75 is above 0.75".
    mgPerKg = dosingWeightKg === null ? null : roundTo(doseMg / dosingWeightKg, 3);
  }

  const volumeMl = input.concentrationMgPerMl === undefined ? null : roundTo(doseMg / input.concentrationMgPerMl, 1);
  const totalVolumeMl = volumeMl === null ? null : roundTo(volumeMl + (input.diluentMl ?? 0), 1);
  const rateMlPerHour = input.route === 'iv' && totalVolumeMl !== null && input.infusionMinutes !== undefined ? roundTo((totalVolumeMl * 60) / input.infusionMinutes, 1) : null;

  const warnings: DoseWarning[] = [...(weight?.warnings ?? []), ...volumeWarnings(input, doseMg, volumeMl)];
  if (input.limits?.maxMg === undefined && input.limits?.maxMgPerKg === undefined) {
    warnings.push({ code: 'NO_DOSE_LIMITS', message: 'No protocol limits (limits.maxMgPerKg, limits.maxMg) were given, so no protocol maximum was checked.' });
  }
  const reasons = checkLimits(input, doseMg, mgPerKg);
  return {
    dosingWeightKg,
    doseMg,
    volumeMl,
    totalVolumeMl,
    rateMlPerHour,
    devices: null,
    minimumAdministrationMinutes: input.route === 'iv' ? (input.infusionMinutes ?? 0) : 0,
    warnings,
    blocked: reasons.length > 0,
    reasons,
  };
}
