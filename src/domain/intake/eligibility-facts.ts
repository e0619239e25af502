import type { EligibilityCondition, EligibilityIndication, EligibilityInput, EligibilityRoute } from '../eligibility/eligibility-input.js';
import type { Indication } from '../measurement/measurement-packs.js';
import { ageInYears } from '../patients/patient.js';
import type { IntakeSections } from './intake-sections.js';

/** Intake indications → the short codes of SPEC.md §8. Self-harm and unresolved trauma have no rule of their own. */
const eligibilityIndicationFor: Partial<Record<Indication, EligibilityIndication>> = {
  'treatment-resistant-depression': 'trd',
  ptsd: 'ptsd',
  anxiety: 'gad',
  'bipolar-depression': 'bipolar-depression',
  'suicidal-ideation': 'suicidal-ideation',
  ocd: 'ocd',
  'alcohol-use-disorder': 'aud',
  'cocaine-use-disorder': 'cud',
  'opioid-use-disorder': 'oud',
};

export interface PatientRecordFacts {
  dateOfBirth: string;
  sexAtBirth: string;
  intake: IntakeSections;
  problems: readonly { icd10Code: string; status: string }[];
  allergies: readonly { substance: string }[];
  medications: readonly { description: string; doseMgPerDay: number | null }[];
  /** The newest C-SSRS screener's risk level, if one was done. */
  cssrsRisk?: 'none' | 'low' | 'moderate' | 'high' | undefined;
  /** Today's readings, when a session re-checks eligibility; otherwise the intake's. */
  todaysVitals?: { systolicMmHg: number; diastolicMmHg: number; heartRateBpm?: number } | undefined;
}

/**
 * The facts of SPEC.md §8 from the patient's record. A fact the record does not hold is left out, so the engine
 * reports it as MISSING_DATA instead of passing silently: allergies and medications count as known only once the
 * clinician has confirmed the lists were reviewed. Blood pressure is the mean of the intake's two readings (AHA/ACC
 * 2017 guideline: average two or more readings).
 */
export function eligibilityFactsFromRecord(record: PatientRecordFacts, route: EligibilityRoute, today: string): EligibilityInput {
  const { intake } = record;
  const history = intake['psychiatric-history'];
  const reviewed = intake['medical-review'] !== undefined;
  const conditions: EligibilityCondition[] = record.problems.map((problem) => ({ icd10: problem.icd10Code, status: problem.status === 'resolved' ? 'resolved' : 'active' }));
  // A history the clinician recorded in the interview but not yet coded still reaches the rules: F29 (unspecified
  // psychosis) and F31.9 (bipolar disorder, unspecified), marked resolved.
  if (history?.psychosisHistory && !conditions.some((condition) => /^F2[0-9]/.test(condition.icd10))) conditions.push({ icd10: 'F29', status: 'resolved' });
  if (history?.maniaHistory && !conditions.some((condition) => condition.icd10.startsWith('F31'))) conditions.push({ icd10: 'F31.9', status: 'resolved' });
  const indications = (intake.indications?.indications ?? []).map((indication) => eligibilityIndicationFor[indication]).filter((code): code is EligibilityIndication => code !== undefined);
  const vitals = record.todaysVitals ?? meanIntakeVitals(intake);
  const pregnancy = intake.pregnancy;
  return {
    ageYears: ageInYears(record.dateOfBirth, today),
    ...(record.sexAtBirth === 'female' || record.sexAtBirth === 'male' || record.sexAtBirth === 'intersex' ? { sexAtBirth: record.sexAtBirth } : {}),
    ...(pregnancy ? { pregnant: pregnancy.status === 'pregnant', breastfeeding: pregnancy.breastfeeding } : {}),
    route,
    ...(intake.indications ? { indications } : {}),
    conditions,
    ...(history ? { currentPsychosis: history.currentPsychosis, currentMania: history.currentMania } : {}),
    ...(intake['substance-use'] ? { ketamineMisuseHistory: intake['substance-use'].ketamineMisuseHistory } : {}),
    ...(reviewed ? { allergies: record.allergies.map((allergy) => allergy.substance), medications: record.medications.map((medication) => ({ name: medication.description, ...(medication.doseMgPerDay !== null ? { doseMgPerDay: medication.doseMgPerDay } : {}) })) } : {}),
    ...(vitals ? { vitals } : {}),
    ...(record.cssrsRisk ? { cssrsRisk: record.cssrsRisk } : {}),
  };
}

function meanIntakeVitals(intake: IntakeSections): EligibilityInput['vitals'] | undefined {
  const vitals = intake.vitals;
  if (!vitals) return undefined;
  const [first, second] = vitals.bloodPressure;
  return {
    systolicMmHg: Math.round((first.systolicMmHg + second.systolicMmHg) / 2),
    diastolicMmHg: Math.round((first.diastolicMmHg + second.diastolicMmHg) / 2),
    heartRateBpm: vitals.heartRateBpm,
  };
}
