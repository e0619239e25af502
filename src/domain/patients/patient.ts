import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`).nullish();

export const sexesAtBirth = ['female', 'male', 'intersex', 'unknown'] as const;

/** ISO calendar date, not in the future relative to `today`, not before 1900. */
export const isoDateSchema = z.iso.date('Use YYYY-MM-DD');

export const patientDemographicsSchema = z
  .object({
    givenName: text(100),
    familyName: text(100),
    dateOfBirth: isoDateSchema.refine((value) => value >= '1900-01-01', 'Date of birth before 1900'),
    sexAtBirth: z.enum(sexesAtBirth),
    genderIdentity: optionalText(100),
    pronouns: optionalText(40),
    email: z.email('Not an e-mail address').max(254).nullish(),
    phone: optionalText(40),
    address: z
      .object({
        line1: text(200),
        line2: optionalText(200),
        city: text(100),
        region: text(100),
        postalCode: text(20),
        country: z.string().regex(/^[A-Z]{2}$/, 'Two capital letters (ISO 3166-1 alpha-2)').default('US'),
      })
      .nullish(),
    emergencyContact: z.object({ name: text(200), phone: text(40), relationship: optionalText(60) }).nullish(),
  })
  .strict();
export type PatientDemographics = z.infer<typeof patientDemographicsSchema>;

export const newPatientSchema = patientDemographicsSchema.extend({
  mrn: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,20}$/, 'Letters, digits and hyphens, at most 20')
    .optional()
    .describe('Medical record number; assigned by the clinic when left out'),
  homeLocationId: z.uuid('Not a location id').optional().describe('The clinic location that looks after the patient'),
});
export type NewPatient = z.infer<typeof newPatientSchema>;

/**
 * Substance-use-disorder diagnoses fall under 42 CFR Part 2: ICD-10-CM F10–F19 (disorders due to
 * psychoactive substance use), except F17 (nicotine), since Part 2 excludes tobacco and caffeine (42 CFR 2.11).
 */
export function isPart2Diagnosis(icd10Code: string): boolean {
  const match = /^F1([0-9])/.exec(icd10Code.toUpperCase());
  return match !== null && match[1] !== '7';
}

/** A new MRN when the clinic does not supply one: a prefix and six digits from the sequence number. */
export function formatMrn(sequence: number): string {
  return `KC-${String(sequence).padStart(6, '0')}`;
}

/** Age in whole years on `today` (both ISO dates), for headers and eligibility. */
export function ageInYears(dateOfBirth: string, today: string): number {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

/** ICD-10-CM: a letter, two characters, then optionally a dot and up to four more (e.g. F33.2, F17.210). */
export const icd10CmCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, 'Not an ICD-10-CM code such as F33.2');

export const newProblemSchema = z
  .object({ icd10Code: icd10CmCodeSchema, description: z.string().trim().min(1, 'Required').max(300), onsetDate: isoDateSchema.nullish() })
  .strict();

export const newAllergySchema = z
  .object({
    substance: z.string().trim().min(1, 'Required').max(200),
    reaction: z.string().trim().max(300).nullish(),
    severity: z.enum(['mild', 'moderate', 'severe']).nullish(),
  })
  .strict();

export const newMedicationSchema = z
  .object({
    description: z.string().trim().min(1, 'Required').max(300).describe('Drug, dose, route and frequency as the patient takes it'),
    rxnormCode: z.string().regex(/^[0-9]{1,10}$/, 'RxNorm codes are digits').nullish(),
    doseMgPerDay: z.number().positive().max(100000).nullish().describe('Total daily dose in mg, where a rule needs it (benzodiazepines)'),
  })
  .strict();

// Plausible human extremes, to catch unit mistakes (cm vs in, kg vs lb): tallest and heaviest recorded adults.
export const newBodyMeasurementSchema = z
  .object({
    measuredAt: z.iso.datetime({ offset: true }).optional(),
    heightCm: z.number().min(30).max(272).nullish(),
    weightKg: z.number().min(1).max(635).nullish(),
  })
  .strict()
  .refine((value) => value.heightCm != null || value.weightKg != null, { message: 'Give a height, a weight or both', path: ['weightKg'] });
