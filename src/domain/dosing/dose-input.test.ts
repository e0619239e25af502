import { describe, expect, it } from 'vitest';
import { parseDoseRequest } from './dose-input.js';

const iv = { route: 'iv', weightKg: 80, doseMgPerKg: 0.5, concentrationMgPerMl: 10, diluentMl: 100, infusionMinutes: 40, limits: { maxMgPerKg: 1.0, maxMg: 150 } };
const ivIdeal = { ...iv, weightBasis: 'ideal', heightCm: 180, sexAtBirth: 'male' };
const oral = { route: 'oral', doseMg: 150 };
const esketamine = { route: 'intranasal-esketamine', doseMg: 56 };

/** Drops a key, so a test can say "without weightKg". */
function without<T extends Record<string, unknown>>(value: T, key: keyof T): Omit<T, typeof key> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

describe('parseDoseRequest', () => {
  it.each([
    ['the SPEC.md §9 example', { ...iv, heightCm: 180, sexAtBirth: 'male', weightBasis: 'actual' }],
    ['an oral dose without a weight', oral],
    ['an oral dose with a weight and an mg/kg limit', { ...oral, weightKg: 70, limits: { maxMgPerKg: 3 } }],
    ['an IV dose in mg instead of mg/kg', { ...without(iv, 'doseMgPerKg'), doseMg: 40 }],
    ['an IM dose without a concentration', { route: 'im', weightKg: 80, doseMgPerKg: 0.5 }],
    ['esketamine with the patient weight, which it ignores', { ...esketamine, weightKg: 80, heightCm: 120, weightBasis: 'ideal' }],
    ['the bounds themselves', { ...iv, weightKg: 20, heightCm: 250, doseMgPerKg: 10, diluentMl: 0, infusionMinutes: 240, concentrationMgPerMl: 100, limits: { maxMgPerKg: 10, maxMg: 1000 } }],
    ['the other bounds', { ...iv, weightKg: 350, heightCm: 100, infusionMinutes: 1, diluentMl: 1000 }],
  ])('accepts %s', (_name, request) => {
    expect(parseDoseRequest(request).kind).toBe('ok');
  });

  it('defaults weightBasis to actual', () => {
    const outcome = parseDoseRequest(iv);
    expect(outcome.kind === 'ok' && outcome.input.weightBasis).toBe('actual');
  });

  it.each([
    // request, field, message
    [null, 'input', 'must be a JSON object'],
    [[iv], 'input', 'must be a JSON object'],
    ['iv', 'input', 'must be a JSON object'],
    [{ ...iv, patientName: 'x' }, 'patientName', 'is not a dose request field'],
    [without(iv, 'route'), 'route', 'required: one of iv, im, intranasal-esketamine, oral, sublingual'],
    [{ ...iv, route: 'rectal' }, 'route', 'must be: one of iv, im, intranasal-esketamine, oral, sublingual'],
    [without(iv, 'weightKg'), 'weightKg', 'required for route iv'],
    [{ ...without(iv, 'weightKg'), route: 'im', diluentMl: undefined, infusionMinutes: undefined }, 'weightKg', 'required for route im'],
    [{ ...iv, weightKg: 19.9 }, 'weightKg', 'must be from 20 to 350 kg'],
    [{ ...iv, weightKg: 350.1 }, 'weightKg', 'must be from 20 to 350 kg'],
    [{ ...iv, weightKg: -80 }, 'weightKg', 'must be from 20 to 350 kg'],
    [{ ...iv, weightKg: '80' }, 'weightKg', 'must be a number'],
    [{ ...ivIdeal, heightCm: 99 }, 'heightCm', 'must be from 100 to 250 cm'],
    [{ ...ivIdeal, heightCm: 251 }, 'heightCm', 'must be from 100 to 250 cm'],
    [without(ivIdeal, 'heightCm'), 'heightCm', 'required for weightBasis ideal'],
    [{ ...without(ivIdeal, 'heightCm'), weightBasis: 'adjusted' }, 'heightCm', 'required for weightBasis adjusted'],
    [without(ivIdeal, 'sexAtBirth'), 'sexAtBirth', 'required for weightBasis ideal'],
    [{ ...ivIdeal, sexAtBirth: 'M' }, 'sexAtBirth', 'must be one of female, male, intersex, unknown'],
    [{ ...ivIdeal, sexAtBirth: 'intersex', weightBasis: 'adjusted' }, 'sexAtBirth', 'must be female or male for weightBasis adjusted, since the Devine formula is sex-specific; use weightBasis actual'],
    [{ ...ivIdeal, sexAtBirth: 'unknown' }, 'sexAtBirth', 'must be female or male for weightBasis ideal, since the Devine formula is sex-specific; use weightBasis actual'],
    [{ ...iv, weightBasis: 'lean' }, 'weightBasis', 'must be one of actual, ideal, adjusted'],
    [{ ...oral, weightBasis: 'ideal' }, 'weightKg', 'required for weightBasis ideal'],
    [{ ...iv, doseMgPerKg: 0 }, 'doseMgPerKg', 'must be more than 0 and at most 10 mg/kg'],
    [{ ...iv, doseMgPerKg: -0.5 }, 'doseMgPerKg', 'must be more than 0 and at most 10 mg/kg'],
    [{ ...iv, doseMgPerKg: 10.1 }, 'doseMgPerKg', 'must be more than 0 and at most 10 mg/kg'],
    [{ ...iv, doseMg: 40 }, 'doseMg', 'give doseMgPerKg or doseMg, not both'],
    [without(iv, 'doseMgPerKg'), 'doseMgPerKg', 'required for route iv (or give doseMg)'],
    [{ ...oral, doseMgPerKg: 2 }, 'doseMgPerKg', 'not used for route oral; give doseMg'],
    [{ route: 'sublingual' }, 'doseMg', 'required for route sublingual'],
    [{ ...oral, doseMg: 0 }, 'doseMg', 'must be more than 0 and at most 1000 mg'],
    [{ ...oral, doseMg: 1000.1 }, 'doseMg', 'must be more than 0 and at most 1000 mg'],
    [{ ...oral, limits: { maxMgPerKg: 3 } }, 'weightKg', 'required to check limits.maxMgPerKg'],
    [{ ...oral, infusionMinutes: 30 }, 'infusionMinutes', 'only for route iv, not oral'],
    [{ ...iv, concentrationMgPerMl: 0 }, 'concentrationMgPerMl', 'must be more than 0 and at most 100 mg/mL'],
    [{ ...iv, concentrationMgPerMl: 101 }, 'concentrationMgPerMl', 'must be more than 0 and at most 100 mg/mL'],
    [{ ...iv, diluentMl: -1 }, 'diluentMl', 'must be from 0 to 1000 mL'],
    [{ ...iv, diluentMl: 1001 }, 'diluentMl', 'must be from 0 to 1000 mL'],
    [{ ...without(iv, 'infusionMinutes'), route: 'im' }, 'diluentMl', 'only for route iv, not im'],
    [{ ...without(iv, 'diluentMl'), route: 'im' }, 'infusionMinutes', 'only for route iv, not im'],
    [without(iv, 'infusionMinutes'), 'infusionMinutes', 'required for route iv'],
    [{ ...iv, infusionMinutes: 0.5 }, 'infusionMinutes', 'must be from 1 to 240 minutes'],
    [{ ...iv, infusionMinutes: 241 }, 'infusionMinutes', 'must be from 1 to 240 minutes'],
    [{ ...iv, limits: { maxMgPerKg: 0 } }, 'limits.maxMgPerKg', 'must be more than 0 and at most 10 mg/kg'],
    [{ ...iv, limits: { maxMg: -1 } }, 'limits.maxMg', 'must be more than 0 and at most 1000 mg'],
    [{ ...iv, limits: { maxMg: 150, capMg: 150 } }, 'limits.capMg', 'is not a dose request field'],
    [{ ...iv, limits: 150 }, 'limits', 'must be an object'],
    [{ ...esketamine, doseMg: 42 }, 'doseMg', 'must be 28, 56 or 84 for route intranasal-esketamine (one device is 28 mg)'],
    [{ ...esketamine, doseMg: 112 }, 'doseMg', 'must be 28, 56 or 84 for route intranasal-esketamine (one device is 28 mg)'],
    [{ route: 'intranasal-esketamine' }, 'doseMg', 'required for route intranasal-esketamine: 28, 56 or 84'],
    [{ route: 'intranasal-esketamine', doseMgPerKg: 0.5 }, 'doseMgPerKg', 'not used for route intranasal-esketamine'],
    [{ ...esketamine, concentrationMgPerMl: 10 }, 'concentrationMgPerMl', 'not used for route intranasal-esketamine'],
    [{ ...esketamine, limits: { maxMgPerKg: 1 } }, 'limits.maxMgPerKg', 'not used for route intranasal-esketamine, a fixed-dose device'],
  ])('refuses %j: %s %s', (request, field, message) => {
    expect(parseDoseRequest(request)).toEqual({ kind: 'invalid', field, message });
  });
});
