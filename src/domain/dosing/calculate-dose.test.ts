import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.js';
import { type DoseResult, calculateDose } from './calculate-dose.js';
import { type DoseInput, parseDoseRequest } from './dose-input.js';
import { roundTo } from './rounding.js';

/** Parses like the CLI and the API do, then calculates. */
function calculate(request: Record<string, unknown>): DoseResult {
  const parsed = parseDoseRequest(request);
  if (parsed.kind === 'invalid') throw new Error(`${parsed.field}: ${parsed.message}`);
  return calculateDose(parsed.input);
}

const spec = { route: 'iv', weightKg: 80, heightCm: 180, sexAtBirth: 'male', doseMgPerKg: 0.5, concentrationMgPerMl: 10, diluentMl: 100, infusionMinutes: 40, limits: { maxMgPerKg: 1.0, maxMg: 150 } };
const iv = { route: 'iv', weightKg: 80, doseMgPerKg: 0.5, concentrationMgPerMl: 10, diluentMl: 100, infusionMinutes: 40, limits: { maxMgPerKg: 3, maxMg: 500 } };
const codes = (result: DoseResult) => result.reasons.map((reason) => reason.code);

describe('calculateDose: the SPEC.md §9 example', () => {
  it.each([
    ['actual', { dosingWeightKg: 80, doseMg: 40, volumeMl: 4, totalVolumeMl: 104, rateMlPerHour: 156 }],
    ['ideal', { dosingWeightKg: 74.99, doseMg: 37.5, volumeMl: 3.8, totalVolumeMl: 103.8, rateMlPerHour: 155.7 }],
    ['adjusted', { dosingWeightKg: 77, doseMg: 38.5, volumeMl: 3.9, totalVolumeMl: 103.9, rateMlPerHour: 155.9 }],
  ])('%s weight', (weightBasis, numbers) => {
    expect(calculate({ ...spec, weightBasis })).toEqual({ ...numbers, devices: null, minimumAdministrationMinutes: 40, warnings: [], blocked: false, reasons: [] });
  });
});

describe('calculateDose: rounding (dose 0.1 mg, volumes 0.1 mL, rate 0.1 mL/h, half up)', () => {
  it.each([
    // overrides, doseMg, volumeMl, totalVolumeMl, rateMlPerHour
    [{ weightKg: 70.55 }, 35.3, 3.5, 103.5, 155.3], // 35.275 mg; 155.25 mL/h
    [{ weightKg: 73.33, doseMgPerKg: 0.75 }, 55, 5.5, 105.5, 158.3], // 54.9975 mg; 158.25 mL/h
    [{ weightKg: 80.004 }, 40, 4, 104, 156], // dosing weight 80.00 kg
    [{ weightKg: 66.66, doseMgPerKg: 0.35 }, 23.3, 2.3, 102.3, 153.5], // 23.331 mg; 153.45 mL/h
    [{ weightKg: 77, concentrationMgPerMl: 50 }, 38.5, 0.8, 100.8, 151.2], // 0.77 mL
    [{ infusionMinutes: 45 }, 40, 4, 104, 138.7], // 138.67 mL/h
    [{ diluentMl: 0, concentrationMgPerMl: 1 }, 40, 40, 40, 60],
    [{ doseMgPerKg: undefined, doseMg: 40.04 }, 40, 4, 104, 156], // a dose in mg is rounded too
    [{ concentrationMgPerMl: undefined }, 40, null, null, null], // no concentration: the dose only
  ])('%j → %s mg, %s mL, %s mL total, %s mL/h', (overrides, doseMg, volumeMl, totalVolumeMl, rateMlPerHour) => {
    expect(calculate({ ...iv, ...overrides })).toMatchObject({ doseMg, volumeMl, totalVolumeMl, rateMlPerHour });
  });

  it('gives IM its volume without a rate', () => {
    expect(calculate({ route: 'im', weightKg: 80, doseMgPerKg: 0.5, concentrationMgPerMl: 50, limits: { maxMgPerKg: 1 } })).toEqual({
      dosingWeightKg: 80,
      doseMg: 40,
      volumeMl: 0.8,
      totalVolumeMl: 0.8,
      rateMlPerHour: null,
      devices: null,
      minimumAdministrationMinutes: 0,
      warnings: [],
      blocked: false,
      reasons: [],
    });
  });

  it('gives a fixed oral dose without a weight', () => {
    expect(calculate({ route: 'oral', doseMg: 150, limits: { maxMg: 300 } })).toEqual({
      dosingWeightKg: null,
      doseMg: 150,
      volumeMl: null,
      totalVolumeMl: null,
      rateMlPerHour: null,
      devices: null,
      minimumAdministrationMinutes: 0,
      warnings: [],
      blocked: false,
      reasons: [],
    });
  });
});

describe('calculateDose: intranasal esketamine (Spravato label)', () => {
  it.each([
    [28, 1, 0],
    [56, 2, 5],
    [84, 3, 10],
  ])('%s mg → %s devices, at least %s minutes', (doseMg, devices, minimumAdministrationMinutes) => {
    expect(calculate({ route: 'intranasal-esketamine', doseMg })).toEqual({
      dosingWeightKg: null,
      doseMg,
      volumeMl: null,
      totalVolumeMl: null,
      rateMlPerHour: null,
      devices,
      minimumAdministrationMinutes,
      warnings: [],
      blocked: false,
      reasons: [],
    });
  });

  it('ignores the weight, and checks maxMg', () => {
    const result = calculate({ route: 'intranasal-esketamine', doseMg: 84, weightKg: 80, weightBasis: 'ideal', limits: { maxMg: 56 } });
    expect(result).toMatchObject({ dosingWeightKg: null, devices: 3, blocked: true });
    expect(result.reasons).toEqual([{ code: 'DOSE_ABOVE_MAX', message: '84 mg is above the protocol maximum of 56 mg. A second clinician must verify it.' }]);
  });
});

describe('calculateDose: DOSE_ABOVE_MAX', () => {
  const limits = { maxMgPerKg: 0.75, maxMg: 150 };
  it.each([
    // overrides, blocked
    [{ doseMgPerKg: 0.75 }, false], // exactly the mg/kg maximum
    [{ doseMgPerKg: 0.76 }, true],
    [{ doseMgPerKg: 0.8 }, true],
    [{ weightKg: 200, doseMgPerKg: 0.75 }, false], // exactly 150 mg
    [{ weightKg: 200.1, doseMgPerKg: 0.75 }, true], // 150.1 mg (150.075 rounded)
    [{ weightKg: 200.05, doseMgPerKg: 0.75 }, false], // 150.0375 rounds to 150.0: the rounded dose is what is drawn
    [{ doseMgPerKg: undefined, doseMg: 60 }, false], // 0.75 mg/kg
    [{ doseMgPerKg: undefined, doseMg: 60.1 }, true], // 0.751 mg/kg
    [{ weightKg: 73.33, doseMgPerKg: undefined, doseMg: 55 }, false], // 0.75003 mg/kg is 0.750 to 0.001 mg/kg, as the messages show it
    [{ weightBasis: 'ideal', heightCm: 180, sexAtBirth: 'male', doseMgPerKg: 0.75 }, false], // 56.2 mg on 74.99 kg
    [{ weightBasis: 'ideal', heightCm: 180, sexAtBirth: 'male', doseMgPerKg: undefined, doseMg: 57 }, true], // 0.760 mg/kg of ideal weight
  ])('%j blocked: %s', (overrides, blocked) => {
    const result = calculate({ ...iv, limits, ...overrides });
    expect(result.blocked).toBe(blocked);
    expect(codes(result)).toEqual(blocked ? ['DOSE_ABOVE_MAX'] : []);
  });

  it.each([
    [{ doseMgPerKg: 0.8 }, '0.8 mg/kg is above the protocol maximum of 0.75 mg/kg. A second clinician must verify it.'],
    [{ weightKg: 210, doseMgPerKg: 0.75 }, '157.5 mg is above the protocol maximum of 150 mg. A second clinician must verify it.'],
    [{ weightKg: 210, doseMgPerKg: 0.8 }, '0.8 mg/kg is above the protocol maximum of 0.75 mg/kg; 168 mg is above the protocol maximum of 150 mg. A second clinician must verify it.'],
    [{ doseMgPerKg: undefined, doseMg: 61 }, '0.763 mg/kg is above the protocol maximum of 0.75 mg/kg. A second clinician must verify it.'],
  ])('%j says which limit: %s', (overrides, message) => {
    expect(calculate({ ...iv, limits, ...overrides }).reasons).toEqual([{ code: 'DOSE_ABOVE_MAX', message }]);
  });

  it.each([
    [{ route: 'oral', doseMg: 200, limits: { maxMg: 150 } }, true],
    [{ route: 'sublingual', doseMg: 150, limits: { maxMg: 150 } }, false],
    [{ route: 'oral', doseMg: 150, weightKg: 50, limits: { maxMgPerKg: 2.5 } }, true], // 3 mg/kg
    [{ route: 'oral', doseMg: 125, weightKg: 50, limits: { maxMgPerKg: 2.5 } }, false],
  ])('fixed-dose routes: %j blocked: %s', (request, blocked) => {
    expect(codes(calculate(request))).toEqual(blocked ? ['DOSE_ABOVE_MAX'] : []);
  });
});

describe('calculateDose: ANESTHETIC_RANGE (IV ≥ 1.0 mg/kg over < 10 minutes, IM ≥ 2 mg/kg)', () => {
  it.each([
    // overrides, anaesthetic
    [{ doseMgPerKg: 1.0, infusionMinutes: 9 }, true],
    [{ doseMgPerKg: 1.0, infusionMinutes: 9.9 }, true],
    [{ doseMgPerKg: 1.0, infusionMinutes: 10 }, false],
    [{ doseMgPerKg: 1.0, infusionMinutes: 40 }, false],
    [{ doseMgPerKg: 0.99, infusionMinutes: 1 }, false],
    [{ doseMgPerKg: 2.5, infusionMinutes: 1 }, true],
    [{ doseMgPerKg: undefined, doseMg: 80, infusionMinutes: 5 }, true], // 1.0 mg/kg from mg
    [{ doseMgPerKg: undefined, doseMg: 79.9, infusionMinutes: 5 }, false],
    [{ route: 'im', doseMgPerKg: 2.0, diluentMl: undefined, infusionMinutes: undefined }, true],
    [{ route: 'im', doseMgPerKg: 1.99, diluentMl: undefined, infusionMinutes: undefined }, false],
    [{ route: 'im', doseMgPerKg: undefined, doseMg: 160, diluentMl: undefined, infusionMinutes: undefined }, true],
    [{ route: 'oral', doseMgPerKg: undefined, doseMg: 400, concentrationMgPerMl: undefined, diluentMl: undefined, infusionMinutes: undefined, limits: { maxMg: 500 } }, false], // 5 mg/kg by mouth
  ])('%j anaesthetic: %s', (overrides, anaesthetic) => {
    const result = calculate({ ...iv, ...overrides });
    expect(codes(result)).toEqual(anaesthetic ? ['ANESTHETIC_RANGE'] : []);
    expect(result.blocked).toBe(anaesthetic);
  });

  it('says why, and lists it before DOSE_ABOVE_MAX', () => {
    expect(calculate({ ...iv, doseMgPerKg: 1.5, infusionMinutes: 5, limits: { maxMgPerKg: 1 } }).reasons).toEqual([
      { code: 'ANESTHETIC_RANGE', message: 'IV 1.5 mg/kg over 5 minutes is in the anaesthetic range (1 mg/kg or more over less than 10 minutes); no verification lifts this.' },
      { code: 'DOSE_ABOVE_MAX', message: '1.5 mg/kg is above the protocol maximum of 1 mg/kg. A second clinician must verify it.' },
    ]);
    expect(calculate({ route: 'im', weightKg: 80, doseMgPerKg: 2, limits: { maxMgPerKg: 3 } }).reasons).toEqual([
      { code: 'ANESTHETIC_RANGE', message: 'IM 2 mg/kg is in the anaesthetic range (2 mg/kg or more); no verification lifts this.' },
    ]);
  });
});

describe('calculateDose: warnings', () => {
  it.each([
    [{ limits: undefined }, ['NO_DOSE_LIMITS']],
    [{ limits: {} }, ['NO_DOSE_LIMITS']],
    [{ concentrationMgPerMl: 100, diluentMl: undefined }, ['IV_CONCENTRATE_UNDILUTED']],
    [{ concentrationMgPerMl: 100, diluentMl: 0 }, ['IV_CONCENTRATE_UNDILUTED']],
    [{ concentrationMgPerMl: 100, diluentMl: 100 }, []],
    [{ concentrationMgPerMl: 50, diluentMl: undefined }, []],
    [{ weightKg: 70, doseMgPerKg: 0.2, concentrationMgPerMl: 100 }, ['VOLUME_ROUNDING_CHANGES_DOSE']], // 14 mg in 0.1 mL = 10 mg
    [{ weightKg: 77, concentrationMgPerMl: 100 }, []], // 38.5 mg in 0.4 mL = 40 mg: within 5%
    [{ weightBasis: 'ideal', heightCm: 145, sexAtBirth: 'female', weightKg: 40 }, ['HEIGHT_BELOW_DEVINE_RANGE', 'ACTUAL_WEIGHT_AT_OR_BELOW_IDEAL']],
  ])('%j → %j', (overrides, expected) => {
    expect(calculate({ ...iv, ...overrides }).warnings.map((warning) => warning.code)).toEqual(expected);
  });

  it('explains the volume warning with numbers', () => {
    expect(calculate({ ...iv, weightKg: 70, doseMgPerKg: 0.2, concentrationMgPerMl: 100 }).warnings).toEqual([
      { code: 'VOLUME_ROUNDING_CHANGES_DOSE', message: 'At 100 mg/mL, 0.1 mL holds 10 mg, not 14 mg: use a lower concentration.' },
    ]);
  });
});

describe('calculateDose: invalid input', () => {
  it('throws a VALIDATION AppError naming the field when called without parsing', () => {
    const input = { route: 'iv', weightBasis: 'actual', doseMgPerKg: 0.5, infusionMinutes: 40 } as DoseInput;
    expect(() => calculateDose(input)).toThrow(AppError);
    expect(() => calculateDose(input)).toThrow('weightKg: required for route iv');
    try {
      calculateDose({ ...input, weightKg: 80, limits: { maxMg: -1 } });
    } catch (error) {
      expect(error).toMatchObject({ code: 'VALIDATION', fieldErrors: [{ in: 'body', pointer: '/limits/maxMg', detail: 'must be more than 0 and at most 1000 mg' }] });
    }
  });
});

describe('calculateDose: properties', () => {
  const basis = fc.oneof(
    fc.constant({ weightBasis: 'actual' }),
    fc.record({ weightBasis: fc.constantFrom('ideal', 'adjusted'), heightCm: fc.double({ min: 100, max: 250, noNaN: true }), sexAtBirth: fc.constantFrom('female', 'male') }),
  );
  const dose = fc.oneof(fc.record({ doseMgPerKg: fc.double({ min: 0.01, max: 10, noNaN: true }) }), fc.record({ doseMg: fc.double({ min: 1, max: 1000, noNaN: true }) }));
  const request = fc.record({
    route: fc.constantFrom('iv', 'im'),
    weightKg: fc.double({ min: 20, max: 350, noNaN: true }),
    basis,
    dose,
    infusionMinutes: fc.double({ min: 1, max: 240, noNaN: true }),
    limits: fc.record({ maxMgPerKg: fc.double({ min: 0.1, max: 10, noNaN: true }), maxMg: fc.double({ min: 1, max: 1000, noNaN: true }) }),
  });

  it('never doses on more than the actual weight, and caps and hard stops hold', () => {
    fc.assert(
      fc.property(request, ({ route, weightKg, basis, dose, infusionMinutes, limits }) => {
        const input = { route, weightKg, ...basis, ...dose, ...(route === 'iv' ? { infusionMinutes } : {}), limits };
        const result = calculate(input);
        const dosingWeightKg = result.dosingWeightKg ?? Number.NaN;
        const mgPerKg = 'doseMgPerKg' in dose ? dose.doseMgPerKg : roundTo(result.doseMg / dosingWeightKg, 3);
        expect(dosingWeightKg).toBeLessThanOrEqual(Math.round(weightKg * 100) / 100);
        expect(result.blocked).toBe(result.reasons.length > 0);
        const aboveMax = result.reasons.some((reason) => reason.code === 'DOSE_ABOVE_MAX');
        expect(aboveMax).toBe(mgPerKg > limits.maxMgPerKg + 1e-9 || result.doseMg > limits.maxMg + 1e-9);
        const anaesthetic = result.reasons.some((reason) => reason.code === 'ANESTHETIC_RANGE');
        expect(anaesthetic).toBe(route === 'iv' ? mgPerKg >= 1 - 1e-9 && infusionMinutes < 10 : mgPerKg >= 2 - 1e-9);
      }),
      { numRuns: 500 },
    );
  });
});
