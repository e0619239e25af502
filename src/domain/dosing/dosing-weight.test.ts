import { describe, expect, it } from 'vitest';
import { adjustedBodyWeightKg, idealBodyWeightKg, resolveDosingWeight } from './dosing-weight.js';
import { roundTo } from './rounding.js';

describe('idealBodyWeightKg (Devine, via MDCalc)', () => {
  it.each([
    // heightCm, sex, ideal kg to 0.01: 50 or 45.5 + 2.3 × (heightCm / 2.54 − 60)
    [180, 'male', 74.99], // SPEC.md §9 worked check
    [152.4, 'male', 50], // exactly 60 in
    [152.4, 'female', 45.5],
    [165, 'female', 56.91], // 64.96 in
    [190.5, 'male', 84.5], // exactly 75 in: 50 + 2.3 × 15
    [200, 'female', 88.6], // 78.74 in: 45.5 + 2.3 × 18.74
  ] as const)('%s cm %s → %s kg', (heightCm, sex, idealKg) => {
    const ideal = idealBodyWeightKg(heightCm, sex);
    expect(roundTo(ideal.idealKg, 2)).toBe(idealKg);
    expect(ideal.belowDevineRange).toBe(false);
  });

  it('does not round the height before use', () => {
    // 180 cm = 70.866 in; rounding to 71 in first would give 75.3 kg.
    expect(idealBodyWeightKg(180, 'male').idealKg).toBeCloseTo(74.99213, 5);
  });

  it.each([
    [152.3, 'male', 50],
    [140, 'female', 45.5],
    [100, 'male', 50],
  ] as const)('under 60 in (%s cm %s) takes inches over 60 as 0 and says so', (heightCm, sex, idealKg) => {
    expect(idealBodyWeightKg(heightCm, sex)).toEqual({ idealKg, belowDevineRange: true });
  });
});

describe('adjustedBodyWeightKg (MDCalc)', () => {
  it('is ideal + 0.4 × (actual − ideal)', () => {
    expect(adjustedBodyWeightKg(120, 70)).toBe(90);
    expect(roundTo(adjustedBodyWeightKg(80, idealBodyWeightKg(180, 'male').idealKg), 1)).toBe(77.0); // SPEC.md §9
  });
});

describe('resolveDosingWeight', () => {
  const male180 = { heightCm: 180, sexAtBirth: 'male' } as const;

  it.each([
    // basis, actual kg, dosing kg, warning codes
    ['actual', 80, 80, []],
    ['ideal', 80, 74.99, []],
    ['adjusted', 80, 77.0, []],
    ['actual', 80.004, 80, []],
    ['ideal', 120, 74.99, []],
    ['adjusted', 120, 93, []], // 74.9921 + 0.4 × 45.0079 = 92.9953
    ['ideal', 74.99, 74.99, ['ACTUAL_WEIGHT_AT_OR_BELOW_IDEAL']], // just below the unrounded ideal 74.9921
    ['ideal', 60, 60, ['ACTUAL_WEIGHT_AT_OR_BELOW_IDEAL']],
    ['adjusted', 60, 60, ['ACTUAL_WEIGHT_AT_OR_BELOW_IDEAL']], // adjusted would be 68.99: never more than actual
    ['ideal', 75, 74.99, []], // just above ideal
  ] as const)('%s basis, %s kg actual → %s kg', (basis, actualKg, weightKg, codes) => {
    const request = basis === 'actual' ? { basis, actualKg } : { basis, actualKg, ...male180 };
    const result = resolveDosingWeight(request);
    expect(result.weightKg).toBe(weightKg);
    expect(result.warnings.map((warning) => warning.code)).toEqual(codes);
  });

  it('uses actual weight when it equals ideal exactly', () => {
    // 152.4 cm female: ideal 45.5 kg.
    const result = resolveDosingWeight({ basis: 'adjusted', actualKg: 45.5, heightCm: 152.4, sexAtBirth: 'female' });
    expect(result).toEqual({
      weightKg: 45.5,
      warnings: [{ code: 'ACTUAL_WEIGHT_AT_OR_BELOW_IDEAL', message: 'Actual weight is at or below ideal body weight (45.5 kg), so the dose is on actual weight, not adjusted weight.' }],
    });
  });

  it('warns about short stature and still doses on ideal when actual is above it', () => {
    const result = resolveDosingWeight({ basis: 'ideal', actualKg: 70, heightCm: 145, sexAtBirth: 'female' });
    expect(result).toEqual({
      weightKg: 45.5,
      warnings: [{ code: 'HEIGHT_BELOW_DEVINE_RANGE', message: 'Height is under 5 ft (60 in), where the Devine formula is not validated; inches over 60 were taken as 0.' }],
    });
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [37.495, 1, 37.5],
    [35.275, 1, 35.3],
    [155.25, 1, 155.3],
    [0.04, 1, 0],
    [74.99213, 2, 74.99],
    [76.99528, 2, 77],
  ])('%s to %s places → %s (half up)', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});
