import { z } from 'zod';
import { indications } from '../measurement/measurement-packs.js';
import { isoDateSchema } from '../patients/patient.js';

const note = (max: number) => z.string().trim().max(max, `At most ${max} characters`).nullish();

export const referralSources = ['self', 'primary-care', 'psychiatrist', 'therapist', 'hospital', 'other-clinic', 'other'] as const;

export const referralSectionSchema = z
  .object({
    source: z.enum(referralSources),
    referrerName: note(200),
    reason: z.string().trim().min(1, 'Required').max(2000),
  })
  .strict();

export const indicationsSectionSchema = z
  .object({ indications: z.array(z.enum(indications)).min(1, 'Choose at least one indication').max(indications.length) })
  .strict()
  .refine((value) => new Set(value.indications).size === value.indications.length, { message: 'Each indication once', path: ['indications'] });

export const trialResponses = ['none', 'partial', 'response', 'remission', 'not-tolerated'] as const;

export const psychiatricHistorySectionSchema = z
  .object({
    antidepressantTrials: z
      .array(
        z
          .object({
            drug: z.string().trim().min(1, 'Required').max(100),
            doseMgPerDay: z.number().positive().max(5000),
            weeks: z.number().min(0).max(520),
            response: z.enum(trialResponses),
          })
          .strict(),
      )
      .max(40),
    psychotherapy: note(2000),
    hospitalisations: z.number().int().min(0).max(200),
    suicideAttempts: z.number().int().min(0).max(200),
    mostRecentSuicideAttemptOn: isoDateSchema.nullish(),
    psychosisHistory: z.boolean(),
    maniaHistory: z.boolean(),
    currentPsychosis: z.boolean(),
    currentMania: z.boolean(),
    notes: note(4000),
  })
  .strict();

export const substances = ['alcohol', 'cannabis', 'cocaine', 'opioids', 'stimulants', 'benzodiazepines', 'ketamine', 'pcp', 'hallucinogens', 'tobacco', 'other'] as const;

export const substanceUseSectionSchema = z
  .object({
    substances: z
      .array(
        z
          .object({
            substance: z.enum(substances),
            pattern: z.enum(['past', 'current']),
            detail: note(500),
          })
          .strict(),
      )
      .max(substances.length * 2),
    /** Misuse of ketamine itself: a relative contraindication and a bladder risk (SPEC.md §2.5). */
    ketamineMisuseHistory: z.boolean(),
  })
  .strict();

/** The clinician confirms the lists on the record were reviewed with the patient, so "none recorded" means none. */
export const medicalReviewSectionSchema = z
  .object({ allergiesReviewed: z.literal(true, 'Confirm the allergy list was reviewed'), medicationsReconciled: z.literal(true, 'Confirm the medications were reconciled') })
  .strict();

const bloodPressureSchema = z
  .object({ systolicMmHg: z.number().int().min(50).max(300), diastolicMmHg: z.number().int().min(20).max(200) })
  .strict()
  .refine((value) => value.diastolicMmHg < value.systolicMmHg, { message: 'Diastolic must be below systolic', path: ['diastolicMmHg'] });

export const vitalsSectionSchema = z
  .object({
    /** Two readings, as the pre-treatment workup asks (SPEC.md §2.5). */
    bloodPressure: z.tuple([bloodPressureSchema, bloodPressureSchema]),
    heartRateBpm: z.number().int().min(20).max(250),
    // Unit-mistake guards as in the body measurements of the record.
    weightKg: z.number().min(20).max(350),
    heightCm: z.number().min(100).max(250),
  })
  .strict();

export const pregnancySectionSchema = z
  .object({
    status: z.enum(['pregnant', 'not-pregnant', 'not-applicable']),
    testOn: isoDateSchema.nullish(),
    testResult: z.enum(['positive', 'negative', 'not-done']).nullish(),
    breastfeeding: z.boolean(),
  })
  .strict()
  .refine((value) => value.testResult !== 'positive' || value.status === 'pregnant', { message: 'A positive test means the status is pregnant', path: ['status'] });

export const drugScreenSectionSchema = z
  .object({
    result: z.enum(['negative', 'positive', 'not-done']),
    collectedOn: isoDateSchema.nullish(),
    substancesDetected: z.array(z.string().trim().min(1).max(60)).max(20).nullish(),
    notes: note(1000),
  })
  .strict()
  .refine((value) => value.result !== 'positive' || (value.substancesDetected?.length ?? 0) > 0, { message: 'Name what was detected', path: ['substancesDetected'] });

export const intakeSectionSchemas = {
  referral: referralSectionSchema,
  indications: indicationsSectionSchema,
  'psychiatric-history': psychiatricHistorySectionSchema,
  'substance-use': substanceUseSectionSchema,
  'medical-review': medicalReviewSectionSchema,
  vitals: vitalsSectionSchema,
  pregnancy: pregnancySectionSchema,
  'drug-screen': drugScreenSectionSchema,
} as const;

export type IntakeSectionName = keyof typeof intakeSectionSchemas;
export const intakeSectionNames = Object.keys(intakeSectionSchemas) as IntakeSectionName[];

export type IntakeSections = { [Name in IntakeSectionName]?: z.infer<(typeof intakeSectionSchemas)[Name]> };
