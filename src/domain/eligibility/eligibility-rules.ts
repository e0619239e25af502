import { z } from 'zod';
import { conditionStatuses, eligibilityIndications, eligibilityRoutes } from './eligibility-input.js';
import { medicationNameMatches } from './medication-classes.js';

/** The stable reason codes of SPEC.md §8, in the order of its table. Never renamed or reused. */
export const reasonCodes = [
  'UNDER_18',
  'PREGNANCY',
  'HYPERSENSITIVITY',
  'VASCULAR_ANEURYSM_OR_AVM',
  'INTRACEREBRAL_HEMORRHAGE',
  'PSYCHOSIS_CURRENT',
  'MANIA_CURRENT',
  'PSYCHOSIS_HISTORY',
  'BIPOLAR_DISORDER',
  'HYPERTENSION_UNCONTROLLED',
  'BP_ABOVE_140_90',
  'CARDIOVASCULAR_DISEASE',
  'RAISED_ICP',
  'GLAUCOMA',
  'HEPATIC_IMPAIRMENT_SEVERE',
  'SLEEP_APNEA',
  'SUBSTANCE_USE_ACTIVE',
  'KETAMINE_MISUSE_HISTORY',
  'BREASTFEEDING',
  'SUICIDE_RISK_HIGH',
  'INTERACTION_BENZODIAZEPINE',
  'INTERACTION_MAOI',
  'INTERACTION_STIMULANT',
  'INTERACTION_CNS_DEPRESSANT',
  'INTERACTION_LAMOTRIGINE',
  'INTERACTION_NALTREXONE',
  'INTERACTION_NMDA_ANTAGONIST',
  'INTERACTION_CYP',
  'MISSING_DATA',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** Most severe first; this is also the order of the reasons in a result. */
export const reasonSeverities = ['absolute', 'relative', 'warning', 'info'] as const;
export type ReasonSeverity = (typeof reasonSeverities)[number];

const severitySchema = z.enum(reasonSeverities);
const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a kebab-case id such as "heart-failure"' });
const textSchema = z.string().trim().min(1).max(1000);
// A prefix may be as short as two characters ("F1" is every F10–F19 code).
const icd10PrefixSchema = z.string().regex(/^[A-Za-z][0-9]([0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?)?$/, { error: 'must be an ICD-10-CM code or prefix such as I21 or G47.33' });
const mmHg = z.number().min(0).max(300);
const years = z.number().min(0).max(130);

/**
 * One reason code's rule. What triggers a code is fixed by SPEC.md §8 (for example PREGNANCY reads `pregnant`);
 * the data here decides whether it runs, how severe it is (per route if need be), what it says, what it cites, and
 * which condition categories and medication classes also trigger it. Any rule may list categories or classes, so a
 * clinic can, say, make PREGNANCY also fire on a pregnancy code (Z33.1) in the problem list.
 */
export const reasonRuleSchema = z.strictObject({
  enabled: z.boolean(),
  severity: severitySchema,
  /** Overrides `severity` for the routes named (VASCULAR_ANEURYSM_OR_AVM: absolute for esketamine only). */
  severityByRoute: z.partialRecord(z.enum(eligibilityRoutes), severitySchema).optional(),
  /**
   * The severity when every condition that triggered the rule is in a category whose `treatedByIndication` is among
   * the patient's indications (SUBSTANCE_USE_ACTIVE is information when alcohol use disorder is what is treated).
   */
  severityWhenIndicationTreated: severitySchema.optional(),
  message: textSchema,
  source: textSchema,
  conditionCategories: z.array(idSchema).optional(),
  medicationClasses: z.array(idSchema).optional(),
});
export type ReasonRule = z.infer<typeof reasonRuleSchema>;

export const conditionCategorySchema = z.strictObject({
  label: textSchema,
  icd10Prefixes: z.array(icd10PrefixSchema).min(1),
  statuses: z.array(z.enum(conditionStatuses)).min(1),
  treatedByIndication: z.enum(eligibilityIndications).optional(),
});

export const medicationClassSchema = z.strictObject({
  label: textSchema,
  generics: z.array(z.string().trim().min(2).max(100)).min(1),
});

export const eligibilityThresholdsSchema = z.strictObject({
  /** UNDER_18 when ageYears is below this. */
  minimumAgeYears: years,
  /** Pregnancy and breastfeeding status are needed for anyone not male at birth within these ages, inclusive. */
  pregnancyStatusFromAgeYears: years,
  pregnancyStatusToAgeYears: years,
  /** HYPERTENSION_UNCONTROLLED when systolic or diastolic is at or above these (inclusive). */
  uncontrolledSystolicMmHg: mmHg,
  uncontrolledDiastolicMmHg: mmHg,
  /** BP_ABOVE_140_90 when systolic or diastolic is strictly above these. */
  evaluationSystolicMmHg: mmHg,
  evaluationDiastolicMmHg: mmHg,
  /** INTERACTION_BENZODIAZEPINE calls out a total strictly above this. */
  benzodiazepineDiazepamEquivalentMgPerDay: z.number().min(0).max(1000),
});

/**
 * A clinic's eligibility rules: plain JSON, every reason code present (a code left out of a clinic's file would be a
 * silent pass, so it must be disabled explicitly with `"enabled": false`). Start from `ketaclinic eligibility
 * default-rules` and edit.
 */
export const eligibilityRuleSetSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    name: z.string().trim().min(1).max(200),
    thresholds: eligibilityThresholdsSchema,
    reasons: z.record(z.enum(reasonCodes), reasonRuleSchema),
    conditionCategories: z.record(idSchema, conditionCategorySchema),
    medicationClasses: z.record(idSchema, medicationClassSchema),
    /** Generic name → the oral dose (mg) approximately equivalent to diazepam 10 mg (Ashton). */
    diazepam10MgEquivalentDoseMg: z.record(z.string().trim().min(2).max(100), z.number().positive().max(1000)),
    /** An allergy entry naming any of these (whole words, any case) is HYPERSENSITIVITY. */
    hypersensitivityAllergens: z.array(z.string().trim().min(2).max(100)).min(1),
  })
  .superRefine((rules, context) => {
    for (const code of reasonCodes) {
      const rule = rules.reasons[code];
      if (!rule) continue;
      if (code === 'MISSING_DATA' && (rule.conditionCategories?.length || rule.medicationClasses?.length)) {
        context.addIssue({ code: 'custom', path: ['reasons', code], message: 'MISSING_DATA reports absent facts; it takes no conditionCategories or medicationClasses' });
      }
      rule.conditionCategories?.forEach((id, index) => {
        if (!(id in rules.conditionCategories)) context.addIssue({ code: 'custom', path: ['reasons', code, 'conditionCategories', index], message: `no condition category "${id}" in conditionCategories` });
      });
      rule.medicationClasses?.forEach((id, index) => {
        if (!(id in rules.medicationClasses)) context.addIssue({ code: 'custom', path: ['reasons', code, 'medicationClasses', index], message: `no medication class "${id}" in medicationClasses` });
      });
    }
    const { pregnancyStatusFromAgeYears, pregnancyStatusToAgeYears } = rules.thresholds;
    if (pregnancyStatusFromAgeYears > pregnancyStatusToAgeYears) {
      context.addIssue({ code: 'custom', path: ['thresholds', 'pregnancyStatusToAgeYears'], message: 'must not be below pregnancyStatusFromAgeYears' });
    }
    // A factor for a drug no class lists would never be used: most likely the clinic forgot to add it to the class.
    const generics = Object.values(rules.medicationClasses).flatMap((medicationClass) => medicationClass.generics);
    for (const name of Object.keys(rules.diazepam10MgEquivalentDoseMg)) {
      if (!generics.some((generic) => medicationNameMatches(name, generic))) {
        context.addIssue({ code: 'custom', path: ['diazepam10MgEquivalentDoseMg', name], message: 'is not a generic in any medication class; add it to the benzodiazepine class as well' });
      }
    }
  });

export type EligibilityRuleSet = z.infer<typeof eligibilityRuleSetSchema>;
export type EligibilityThresholds = z.infer<typeof eligibilityThresholdsSchema>;
