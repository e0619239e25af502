import { z } from 'zod';
import { sexesAtBirth } from '../patients/patient.js';
import { weightBases } from './dosing-weight.js';

export const doseRoutes = ['iv', 'im', 'intranasal-esketamine', 'oral', 'sublingual'] as const;
export type DoseRoute = (typeof doseRoutes)[number];

// Spravato label: one device delivers 28 mg; 56 mg = 2 devices, 84 mg = 3 devices.
export const esketamineMgPerDevice = 28;
export const esketamineDosesMg = [28, 56, 84] as const;

/**
 * Plausible bounds: anything outside is a typing error, not a patient (our design; SPEC.md §9 asks only
 * that negative or absurd values be refused). Ketalar comes as 10, 50 and 100 mg/mL (Ketalar label).
 */
export const doseInputBounds = {
  weightKg: { min: 20, max: 350 },
  heightCm: { min: 100, max: 250 },
  doseMgPerKg: { max: 10 },
  doseMg: { max: 1000 },
  concentrationMgPerMl: { max: 100 },
  diluentMl: { max: 1000 },
  infusionMinutes: { min: 1, max: 240 },
} as const;

const number = () => z.number({ error: 'must be a number' });
const between = (min: number, max: number, unit: string) => number().min(min, `must be from ${min} to ${max} ${unit}`).max(max, `must be from ${min} to ${max} ${unit}`);
const aboveZero = (max: number, unit: string) => number().positive(`must be more than 0 and at most ${max} ${unit}`).max(max, `must be more than 0 and at most ${max} ${unit}`);
const { weightKg, heightCm, doseMgPerKg, doseMg, concentrationMgPerMl, diluentMl, infusionMinutes } = doseInputBounds;

const doseInputShape = z
  .object(
    {
      route: z.enum(doseRoutes, { error: (issue) => `${issue.input === undefined ? 'required' : 'must be'}: one of ${doseRoutes.join(', ')}` }),
      weightKg: between(weightKg.min, weightKg.max, 'kg').optional(),
      heightCm: between(heightCm.min, heightCm.max, 'cm').optional(),
      sexAtBirth: z.enum(sexesAtBirth, { error: `must be one of ${sexesAtBirth.join(', ')}` }).optional(),
      weightBasis: z.enum(weightBases, { error: `must be one of ${weightBases.join(', ')}` }).default('actual'),
      doseMgPerKg: aboveZero(doseMgPerKg.max, 'mg/kg').optional(),
      doseMg: aboveZero(doseMg.max, 'mg').optional(),
      concentrationMgPerMl: aboveZero(concentrationMgPerMl.max, 'mg/mL').optional(),
      diluentMl: number().min(0, `must be from 0 to ${diluentMl.max} mL`).max(diluentMl.max, `must be from 0 to ${diluentMl.max} mL`).optional(),
      infusionMinutes: between(infusionMinutes.min, infusionMinutes.max, 'minutes').optional(),
      // The protocol's limits, clinic-editable (SPEC.md §2.1: e.g. 1.0 mg/kg and an absolute mg cap for IV).
      limits: z
        .object(
          {
            maxMgPerKg: aboveZero(doseMgPerKg.max, 'mg/kg').optional(),
            maxMg: aboveZero(doseMg.max, 'mg').optional(),
          },
          { error: 'must be an object' },
        )
        .strict()
        .optional(),
    },
    { error: 'must be a JSON object' },
  )
  .strict();

type DoseInputShape = z.infer<typeof doseInputShape>;

/** One problem with one field: `field` is a dotted path (`limits.maxMg`), `message` says what to fix. */
export interface DoseInputProblem {
  field: string;
  message: string;
}

const fixedDoseRoutes: readonly DoseRoute[] = ['oral', 'sublingual'];

function notUsed(input: DoseInputShape, fields: readonly ('doseMgPerKg' | 'concentrationMgPerMl' | 'diluentMl' | 'infusionMinutes')[], why: string): DoseInputProblem | undefined {
  const field = fields.find((name) => input[name] !== undefined);
  return field === undefined ? undefined : { field, message: why };
}

/** The rules between fields, per route (SPEC.md §9); the first problem found, in a fixed order. */
export function findDoseInputProblem(input: DoseInputShape): DoseInputProblem | undefined {
  const { route } = input;
  if (route === 'intranasal-esketamine') {
    const unused = notUsed(input, ['doseMgPerKg', 'concentrationMgPerMl', 'diluentMl', 'infusionMinutes'], `not used for route ${route}`);
    if (unused) return unused;
    if (input.doseMg === undefined) return { field: 'doseMg', message: `required for route ${route}: 28, 56 or 84` };
    if (!(esketamineDosesMg as readonly number[]).includes(input.doseMg)) return { field: 'doseMg', message: `must be 28, 56 or 84 for route ${route} (one device is 28 mg)` };
    if (input.limits?.maxMgPerKg !== undefined) return { field: 'limits.maxMgPerKg', message: `not used for route ${route}, a fixed-dose device` };
    return undefined; // weight, height and sex are not needed and are ignored
  }
  if (fixedDoseRoutes.includes(route)) {
    if (input.doseMgPerKg !== undefined) return { field: 'doseMgPerKg', message: `not used for route ${route}; give doseMg` };
    if (input.doseMg === undefined) return { field: 'doseMg', message: `required for route ${route}` };
    if (input.limits?.maxMgPerKg !== undefined && input.weightKg === undefined) return { field: 'weightKg', message: 'required to check limits.maxMgPerKg' };
  } else {
    if (input.weightKg === undefined) return { field: 'weightKg', message: `required for route ${route}` };
    if (input.doseMgPerKg !== undefined && input.doseMg !== undefined) return { field: 'doseMg', message: 'give doseMgPerKg or doseMg, not both' };
    if (input.doseMgPerKg === undefined && input.doseMg === undefined) return { field: 'doseMgPerKg', message: `required for route ${route} (or give doseMg)` };
  }
  if (route === 'iv') {
    if (input.infusionMinutes === undefined) return { field: 'infusionMinutes', message: `required for route ${route}` };
  } else {
    const unused = notUsed(input, ['diluentMl', 'infusionMinutes'], `only for route iv, not ${route}`);
    if (unused) return unused;
  }
  const basis = input.weightBasis;
  if (basis !== 'actual') {
    if (input.weightKg === undefined) return { field: 'weightKg', message: `required for weightBasis ${basis}` };
    if (input.heightCm === undefined) return { field: 'heightCm', message: `required for weightBasis ${basis}` };
    if (input.sexAtBirth === undefined) return { field: 'sexAtBirth', message: `required for weightBasis ${basis}` };
    if (input.sexAtBirth !== 'female' && input.sexAtBirth !== 'male') {
      return { field: 'sexAtBirth', message: `must be female or male for weightBasis ${basis}, since the Devine formula is sex-specific; use weightBasis actual` };
    }
  }
  return undefined;
}

/** The dose request of SPEC.md §9: field bounds, then the rules between fields. `weightBasis` defaults to `actual`. */
export const doseInputSchema = doseInputShape.superRefine((input, context) => {
  const problem = findDoseInputProblem(input);
  if (problem) context.addIssue({ code: 'custom', path: problem.field.split('.'), message: problem.message });
});

export type DoseInput = z.infer<typeof doseInputSchema>;

export type DoseRequestOutcome = { kind: 'ok'; input: DoseInput } | { kind: 'invalid'; field: string; message: string };

/** Checks an untrusted dose request; when it is invalid, names the first field at fault and what it accepts. */
export function parseDoseRequest(input: unknown): DoseRequestOutcome {
  const parsed = doseInputSchema.safeParse(input);
  if (parsed.success) return { kind: 'ok', input: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { kind: 'invalid', field: 'input', message: 'is not a valid dose request' };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') return { kind: 'invalid', field: [...path, issue.keys[0] ?? ''].join('.'), message: 'is not a dose request field' };
  return { kind: 'invalid', field: path.join('.') || 'input', message: issue.message };
}
