import type { IntakeSectionName, IntakeSections } from './intake-sections.js';
import { intakeSectionNames } from './intake-sections.js';

// Pregnancy status is asked of anyone not male at birth aged 12–60: the same band as the eligibility rules'
// default (pregnancyStatusFromAgeYears/ToAgeYears), which no source fixes; a clinic may ask everyone.
export function pregnancyStatusNeeded(sexAtBirth: string, ageYears: number): boolean {
  return (sexAtBirth === 'female' || sexAtBirth === 'intersex' || sexAtBirth === 'unknown') && ageYears >= 12 && ageYears <= 60;
}

/** The sections still to be filled before the intake can be completed. */
export function missingIntakeSections(sections: IntakeSections, patient: { sexAtBirth: string; ageYears: number }): IntakeSectionName[] {
  return intakeSectionNames.filter((name) => sections[name] === undefined && (name !== 'pregnancy' || pregnancyStatusNeeded(patient.sexAtBirth, patient.ageYears)));
}

/** Part 2 when the clinic treats the patient for a substance use disorder (42 CFR 2.11, "program"). */
export function intakeConfidentiality(sections: IntakeSections): 'normal' | 'part2' {
  const treated = sections.indications?.indications ?? [];
  return treated.some((indication) => indication.endsWith('-use-disorder')) ? 'part2' : 'normal';
}

// "Adequate trial": at least 6 weeks at a therapeutic dose; treatment resistance is failure of at least two
// adequate trials in the episode (the definition behind esketamine's TRD indication; Gaynes et al., Depress Anxiety 2020;37:134–145).
// Dose adequacy needs a drug table we do not ship yet, so the clinician's entry is taken as therapeutic.
export const adequateTrialWeeks = 6;

export interface TreatmentResistance {
  adequateTrials: number;
  adequateTrialsWithoutResponse: number;
  meetsDefinition: boolean;
}

export function assessTreatmentResistance(sections: IntakeSections): TreatmentResistance | null {
  const trials = sections['psychiatric-history']?.antidepressantTrials;
  if (!trials) return null;
  const adequate = trials.filter((trial) => trial.weeks >= adequateTrialWeeks);
  const failed = adequate.filter((trial) => trial.response === 'none' || trial.response === 'partial');
  return { adequateTrials: adequate.length, adequateTrialsWithoutResponse: failed.length, meetsDefinition: failed.length >= 2 };
}
