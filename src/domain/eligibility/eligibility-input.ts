import { z } from 'zod';

/** The routes of SPEC.md §8. Racemic ketamine for every route except `intranasal-esketamine` (Spravato). */
export const eligibilityRoutes = ['iv', 'im', 'intranasal-esketamine', 'oral', 'sublingual'] as const;
export type EligibilityRoute = (typeof eligibilityRoutes)[number];

/**
 * The indications of SPEC.md §8, as short codes: treatment-resistant depression, PTSD, generalised anxiety, bipolar
 * depression, suicidal ideation, OCD, and alcohol, cocaine and opioid use disorders (`cud` is cocaine, as in
 * Dakwar 2019, the cocaine trial of SPEC.md §2.1's sources).
 */
export const eligibilityIndications = ['trd', 'ptsd', 'gad', 'bipolar-depression', 'suicidal-ideation', 'ocd', 'aud', 'cud', 'oud'] as const;
export type EligibilityIndication = (typeof eligibilityIndications)[number];

export const sexesAtBirth = ['female', 'male', 'intersex'] as const;
export const conditionStatuses = ['active', 'resolved'] as const;
export type ConditionStatus = (typeof conditionStatuses)[number];
export const cssrsRiskLevels = ['none', 'low', 'moderate', 'high'] as const;

/** A zod error that says "is required" when the value is absent and `message` otherwise. */
export function fieldError(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message) };
}

const listOf = (values: readonly string[]) => values.join(', ');
const yesNo = () => z.boolean(fieldError('must be true or false'));
const numberFrom = (min: number, max: number, message: string) => z.number(fieldError(message)).min(min, { error: message }).max(max, { error: message });
const shortText = (message: string) => z.string(fieldError(message)).trim().min(1, { error: message }).max(200, { error: message });

// ICD-10-CM: a letter, two characters, then optionally a dot and up to four more (F20.9, F209, G47.33, T40.7X1A).
const icd10Pattern = /^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$/;

export const eligibilityConditionSchema = z.strictObject(
  {
    icd10: z.string(fieldError('must be an ICD-10-CM code such as F20.9')).trim().regex(icd10Pattern, { error: 'must be an ICD-10-CM code such as F20.9' }),
    status: z.enum(conditionStatuses, fieldError(`must be one of ${listOf(conditionStatuses)}`)),
  },
  { error: 'must be an object {"icd10", "status"}' },
);

export const eligibilityMedicationSchema = z.strictObject(
  {
    name: shortText('must be a generic medication name (with strength and form if you like), 1 to 200 characters'),
    doseMgPerDay: numberFrom(0, 100_000, 'must be the total mg per day, 0 or more').optional(),
  },
  { error: 'must be an object {"name", "doseMgPerDay"}' },
);

/** Sanity ranges only: a reading outside them is a typing error, not a patient. */
export const eligibilityVitalsSchema = z
  .strictObject(
    {
      systolicMmHg: numberFrom(40, 300, 'must be a number of mmHg from 40 to 300').optional(),
      diastolicMmHg: numberFrom(20, 200, 'must be a number of mmHg from 20 to 200').optional(),
      heartRateBpm: numberFrom(20, 250, 'must be a number of beats per minute from 20 to 250').optional(),
    },
    { error: 'must be an object of readings such as {"systolicMmHg": 128, "diastolicMmHg": 82}' },
  )
  .refine((vitals) => vitals.systolicMmHg === undefined || vitals.diastolicMmHg === undefined || vitals.diastolicMmHg < vitals.systolicMmHg, {
    error: 'must be lower than the systolic pressure',
    path: ['diastolicMmHg'],
  });

/**
 * One patient's facts for the eligibility check (SPEC.md §8). Only `ageYears` and `route` are required. An absent fact
 * means "not recorded", which is not the same as "no": an empty list (`"allergies": []`) says none were found, while a
 * missing `allergies` makes the engine report MISSING_DATA. Unknown keys are refused so a typo is named, not ignored.
 */
export const eligibilityInputSchema = z.strictObject(
  {
    ageYears: numberFrom(0, 130, 'must be a number of years from 0 to 130'),
    sexAtBirth: z.enum(sexesAtBirth, fieldError(`must be one of ${listOf(sexesAtBirth)}`)).optional(),
    pregnant: yesNo().optional(),
    breastfeeding: yesNo().optional(),
    route: z.enum(eligibilityRoutes, fieldError(`must be one of ${listOf(eligibilityRoutes)}`)),
    indications: z.array(z.enum(eligibilityIndications, fieldError(`must be one of ${listOf(eligibilityIndications)}`)), fieldError('must be a list of indication codes')).optional(),
    conditions: z.array(eligibilityConditionSchema, fieldError('must be a list of {"icd10", "status"} objects')).max(500).optional(),
    currentPsychosis: yesNo().optional(),
    currentMania: yesNo().optional(),
    ketamineMisuseHistory: yesNo().optional(),
    allergies: z.array(shortText('must be a text of 1 to 200 characters'), fieldError('must be a list of texts')).max(200).optional(),
    medications: z.array(eligibilityMedicationSchema, fieldError('must be a list of {"name", "doseMgPerDay"} objects')).max(200).optional(),
    vitals: eligibilityVitalsSchema.optional(),
    cssrsRisk: z.enum(cssrsRiskLevels, fieldError(`must be one of ${listOf(cssrsRiskLevels)}`)).optional(),
  },
  { error: 'must be a JSON object of patient facts with at least ageYears and route' },
);

export type EligibilityInput = z.infer<typeof eligibilityInputSchema>;
export type EligibilityCondition = z.infer<typeof eligibilityConditionSchema>;
export type EligibilityMedication = z.infer<typeof eligibilityMedicationSchema>;
