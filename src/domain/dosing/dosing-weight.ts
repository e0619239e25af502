import { roundTo } from './rounding.js';

export const weightBases = ['actual', 'ideal', 'adjusted'] as const;
export type WeightBasis = (typeof weightBases)[number];

// Ideal body weight, Devine 1974 (Drug Intell Clin Pharm 8:650) as given by MDCalc "Ideal Body Weight and
// Adjusted Body Weight": 50 kg (male) or 45.5 kg (female) + 2.3 kg per inch over 5 ft.
export const devineBaseKg = { male: 50, female: 45.5 } as const;
export const devineKgPerInchOver60 = 2.3;
export const devineMinimumInches = 60;
export const centimetresPerInch = 2.54;
// Adjusted body weight, MDCalc: ideal + 0.4 × (actual − ideal).
export const adjustedWeightFactor = 0.4;

export const dosingWeightWarningCodes = ['HEIGHT_BELOW_DEVINE_RANGE', 'ACTUAL_WEIGHT_AT_OR_BELOW_IDEAL'] as const;
export interface DosingWeightWarning {
  code: (typeof dosingWeightWarningCodes)[number];
  message: string;
}

/**
 * Devine ideal body weight, unrounded. Inches = heightCm / 2.54, not rounded before use. Below 60 in the
 * formula is not validated: inches over 60 count as 0 and `belowDevineRange` is set (SPEC.md §9, our design).
 */
export function idealBodyWeightKg(heightCm: number, sexAtBirth: 'female' | 'male'): { idealKg: number; belowDevineRange: boolean } {
  const inches = heightCm / centimetresPerInch;
  const inchesOver60 = Math.max(0, inches - devineMinimumInches);
  return { idealKg: devineBaseKg[sexAtBirth] + devineKgPerInchOver60 * inchesOver60, belowDevineRange: inches < devineMinimumInches };
}

/** Adjusted body weight, unrounded. */
export function adjustedBodyWeightKg(actualKg: number, idealKg: number): number {
  return idealKg + adjustedWeightFactor * (actualKg - idealKg);
}

export type DosingWeightRequest =
  | { basis: 'actual'; actualKg: number }
  | { basis: 'ideal' | 'adjusted'; actualKg: number; heightCm: number; sexAtBirth: 'female' | 'male' };

/**
 * The weight a weight-based dose is calculated on, reported to 0.01 kg; the dose is then calculated from
 * that reported value, so the numbers on screen reproduce the dose. Never more than the actual weight:
 * with `ideal` or `adjusted`, when actual ≤ ideal the actual weight is used, with a warning (SPEC.md §9).
 */
export function resolveDosingWeight(request: DosingWeightRequest): { weightKg: number; warnings: DosingWeightWarning[] } {
  if (request.basis === 'actual') return { weightKg: roundTo(request.actualKg, 2), warnings: [] };
  const warnings: DosingWeightWarning[] = [];
  const { idealKg, belowDevineRange } = idealBodyWeightKg(request.heightCm, request.sexAtBirth);
  if (belowDevineRange) {
    warnings.push({
      code: 'HEIGHT_BELOW_DEVINE_RANGE',
      message: 'Height is under 5 ft (60 in), where the Devine formula is not validated; inches over 60 were taken as 0.',
    });
  }
  if (request.actualKg <= idealKg) {
    warnings.push({
      code: 'ACTUAL_WEIGHT_AT_OR_BELOW_IDEAL',
      message: `Actual weight is at or below ideal body weight (${roundTo(idealKg, 2)} kg), so the dose is on actual weight, not ${request.basis} weight.`,
    });
    return { weightKg: roundTo(request.actualKg, 2), warnings };
  }
  const weightKg = request.basis === 'ideal' ? idealKg : adjustedBodyWeightKg(request.actualKg, idealKg);
  return { weightKg: roundTo(weightKg, 2), warnings };
}
