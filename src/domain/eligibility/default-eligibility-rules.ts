import { defaultConditionCategories } from './condition-categories.js';
import type { EligibilityRuleSet, ReasonCode, ReasonRule } from './eligibility-rules.js';
import { defaultDiazepam10MgEquivalentDoseMg, defaultMedicationClasses } from './medication-classes.js';

// Sources, cited once. SPEC.md §2.5 marks much of the relative list as expert memory [M]; those say so.
const spravatoLabel = 'Spravato (esketamine) nasal spray, US prescribing information';
const ketalarLabel = 'Ketalar (ketamine hydrochloride) injection, US prescribing information';
const sanacora2017 = 'Sanacora G et al. A consensus statement on the use of ketamine in the treatment of mood disorders. JAMA Psychiatry 2017;74(4):399–405';
const andrade2017 = 'Andrade C. Ketamine for depression, 5: potential pharmacokinetic and pharmacodynamic drug interactions. J Clin Psychiatry 2017;78(7):e858–e861';

/**
 * The default rules: SPEC.md §2.5, §2.7 and the table of §8. Severities are §8's; the messages speak to the
 * prescriber; the engine appends what it found (codes, readings, medicines) after the message.
 */
const reasons: Record<ReasonCode, ReasonRule> = {
  UNDER_18: {
    enabled: true,
    severity: 'absolute',
    message: 'Under 18: this clinic has no paediatric protocol, and esketamine is not approved under 18.',
    source: `${spravatoLabel}: safety and effectiveness not established in paediatric patients (SPEC.md §2.5).`,
  },
  PREGNANCY: {
    enabled: true,
    severity: 'absolute',
    message: 'Pregnant: ketamine and esketamine may harm the baby. A hard stop by default.',
    source: `${spravatoLabel}, patient information ("may harm your baby"); ${sanacora2017} (pregnancy). SPEC.md §2.5.`,
  },
  HYPERSENSITIVITY: {
    enabled: true,
    severity: 'absolute',
    message: 'Recorded allergy or hypersensitivity to ketamine or esketamine.',
    source: `${spravatoLabel} and ${ketalarLabel}: contraindications.`,
  },
  VASCULAR_ANEURYSM_OR_AVM: {
    enabled: true,
    severity: 'relative',
    severityByRoute: { 'intranasal-esketamine': 'absolute' },
    message: 'Aneurysmal vascular disease or arteriovenous malformation: ketamine raises blood pressure. Contraindicated for esketamine; prescriber review for racemic ketamine.',
    source: `${spravatoLabel}: contraindications; ${ketalarLabel}: where a significant rise in blood pressure would be a serious hazard. SPEC.md §2.5.`,
    conditionCategories: ['vascular-aneurysm-or-avm'],
  },
  INTRACEREBRAL_HEMORRHAGE: {
    enabled: true,
    severity: 'relative',
    severityByRoute: { 'intranasal-esketamine': 'absolute' },
    message: 'History of intracerebral haemorrhage: contraindicated for esketamine; prescriber review for racemic ketamine.',
    source: `${spravatoLabel}: contraindications; ${ketalarLabel}: blood-pressure rise. SPEC.md §2.5.`,
    conditionCategories: ['intracerebral-hemorrhage'],
  },
  PSYCHOSIS_CURRENT: {
    enabled: true,
    severity: 'absolute',
    message: 'Current psychosis: ketamine can worsen psychotic symptoms. Treat the psychosis first.',
    source: `${sanacora2017}; common practice [expert opinion, SPEC.md §2.5].`,
  },
  MANIA_CURRENT: {
    enabled: true,
    severity: 'absolute',
    message: 'Current mania: treat the mania before considering ketamine.',
    source: `${sanacora2017}; common practice [expert opinion, SPEC.md §2.5].`,
  },
  PSYCHOSIS_HISTORY: {
    enabled: true,
    severity: 'relative',
    message: 'Past psychosis or a schizophrenia-spectrum disorder: prescriber review of the risk of relapse.',
    source: `${sanacora2017} [expert opinion, SPEC.md §2.5].`,
    conditionCategories: ['psychotic-disorder', 'depression-with-psychotic-features'],
  },
  BIPOLAR_DISORDER: {
    enabled: true,
    severity: 'relative',
    message: 'Bipolar disorder: needs a mood-stabiliser plan (lithium or valproate, as studied) and mania monitoring with the MDQ or YMRS.',
    source: `${sanacora2017}; Diazgranados N et al. Arch Gen Psychiatry 2010;67(8):793–802 (bipolar depression on lithium or valproate). SPEC.md §2.5.`,
    conditionCategories: ['bipolar-disorder'],
  },
  HYPERTENSION_UNCONTROLLED: {
    enabled: true,
    severity: 'relative',
    message: 'Blood pressure at or above the uncontrolled-hypertension line: treat and recheck on repeat readings before any dose.',
    source: `${sanacora2017} (uncontrolled hypertension); ${ketalarLabel} (blood-pressure rise). Line 160/100 mmHg [expert opinion, SPEC.md §2.5].`,
  },
  BP_ABOVE_140_90: {
    enabled: true,
    severity: 'warning',
    message: 'Blood pressure above 140/90 mmHg: weigh the risk, or consider delaying the dose, before treating.',
    source: `${spravatoLabel}: if baseline blood pressure is above 140/90 mmHg, weigh the risk before dosing; ${sanacora2017}. SPEC.md §2.3.`,
  },
  CARDIOVASCULAR_DISEASE: {
    enabled: true,
    severity: 'relative',
    message: 'Significant cardiovascular or cerebrovascular disease (recent heart attack, unstable angina, heart failure, significant arrhythmia, stroke or TIA): ketamine raises blood pressure and heart rate.',
    source: `${sanacora2017} (significant cardiovascular disease); ${ketalarLabel}. SPEC.md §2.5 [expert opinion].`,
    conditionCategories: ['recent-myocardial-infarction', 'unstable-angina', 'heart-failure', 'significant-arrhythmia', 'stroke-or-tia'],
  },
  RAISED_ICP: {
    enabled: true,
    severity: 'relative',
    message: 'Raised intracranial pressure: ketamine may raise it further.',
    source: `${sanacora2017}; ${ketalarLabel}. SPEC.md §2.5 [expert opinion].`,
    conditionCategories: ['raised-intracranial-pressure'],
  },
  GLAUCOMA: {
    enabled: true,
    severity: 'relative',
    message: 'Glaucoma or raised intraocular pressure: ketamine may raise intraocular pressure.',
    source: `${ketalarLabel}. SPEC.md §2.5 [expert opinion].`,
    conditionCategories: ['glaucoma'],
  },
  HEPATIC_IMPAIRMENT_SEVERE: {
    enabled: true,
    severity: 'relative',
    message: 'Severe hepatic impairment: ketamine is cleared by the liver; prescriber review of dose and monitoring.',
    source: `${spravatoLabel} (severe hepatic impairment not studied); SPEC.md §2.5 [expert opinion].`,
    conditionCategories: ['severe-hepatic-impairment'],
  },
  SLEEP_APNEA: {
    enabled: true,
    severity: 'relative',
    message: 'Obstructive sleep apnoea: higher airway risk if sedated; plan monitoring.',
    source: 'SPEC.md §2.5 [expert opinion].',
    conditionCategories: ['obstructive-sleep-apnea'],
  },
  SUBSTANCE_USE_ACTIVE: {
    enabled: true,
    severity: 'relative',
    severityWhenIndicationTreated: 'info',
    message: 'Active substance use disorder: ketamine, PCP, stimulants and heavy alcohol carry most risk; a prescriber weighs it unless it is the disorder being treated.',
    source: `${sanacora2017} (active substance use disorder); ${spravatoLabel}: careful consideration with a history of substance use disorder, including alcohol. SPEC.md §2.5.`,
    conditionCategories: ['alcohol-use-disorder', 'opioid-use-disorder', 'cocaine-use-disorder', 'other-substance-use-disorder'],
  },
  KETAMINE_MISUSE_HISTORY: {
    enabled: true,
    severity: 'relative',
    message: 'History of ketamine misuse: risk of relapse and of ketamine-related ulcerative cystitis.',
    source: `${sanacora2017}; ${spravatoLabel}: abuse and misuse (REMS). SPEC.md §2.5 [expert opinion].`,
  },
  BREASTFEEDING: {
    enabled: true,
    severity: 'relative',
    message: 'Breastfeeding: the esketamine label advises against breastfeeding during treatment.',
    source: `${spravatoLabel}, patient information: do not breastfeed. SPEC.md §2.5.`,
  },
  SUICIDE_RISK_HIGH: {
    enabled: true,
    severity: 'relative',
    message: 'High suicide risk on the C-SSRS: route to emergency assessment first. Ketamine does not replace hospitalisation.',
    source: `${spravatoLabel}: limitation of use (not a substitute for hospitalisation). SPEC.md §2.5.`,
  },
  INTERACTION_BENZODIAZEPINE: {
    enabled: true,
    severity: 'warning',
    message: 'Benzodiazepine: may blunt the antidepressant response and adds sedation. Consider holding the evening and morning doses before a session.',
    source: `${andrade2017}; Andrashko V et al. Front Psychiatry 2020;11:844 (more than 8 mg/day diazepam-equivalent separated non-responders). Equivalents: Ashton CH, Benzodiazepines: How They Work and How to Withdraw (2002), Table 1.`,
    medicationClasses: ['benzodiazepine'],
  },
  INTERACTION_MAOI: {
    enabled: true,
    severity: 'warning',
    message: 'MAO inhibitor: blood pressure may rise. A blood-pressure plan is required; monitor closely.',
    source: `${spravatoLabel}: drug interactions (MAOIs). SPEC.md §2.7.`,
    medicationClasses: ['maoi'],
  },
  INTERACTION_STIMULANT: {
    enabled: true,
    severity: 'warning',
    message: 'Psychostimulant: blood pressure and heart rate may rise. A blood-pressure plan is required; consider holding it on the session day.',
    source: `${spravatoLabel}: drug interactions (psychostimulants). SPEC.md §2.7.`,
    medicationClasses: ['psychostimulant'],
  },
  INTERACTION_CNS_DEPRESSANT: {
    enabled: true,
    severity: 'warning',
    message: 'Opioid or other CNS depressant: additive sedation and respiratory depression. Monitor oxygen saturation closely.',
    source: `${spravatoLabel}: drug interactions (CNS depressants). SPEC.md §2.7.`,
    medicationClasses: ['opioid', 'other-cns-depressant'],
  },
  INTERACTION_LAMOTRIGINE: {
    enabled: true,
    severity: 'info',
    message: "Lamotrigine: reduces ketamine's adverse (glutamatergic) effects; its effect on the antidepressant response is unknown.",
    source: `${andrade2017}.`,
    medicationClasses: ['lamotrigine'],
  },
  INTERACTION_NALTREXONE: {
    enabled: true,
    severity: 'info',
    message: 'Naltrexone: mixed evidence that it attenuates the antidepressant effect of ketamine.',
    source: 'Williams NR et al. Am J Psychiatry 2018;175(12):1205–15 (attenuated); Yoon G et al. JAMA Psychiatry 2019 (no attenuation in alcohol use disorder). SPEC.md §2.7.',
    medicationClasses: ['naltrexone'],
  },
  INTERACTION_NMDA_ANTAGONIST: {
    enabled: true,
    severity: 'info',
    message: 'Another NMDA antagonist: effects may add up.',
    source: 'SPEC.md §2.7 [expert opinion].',
    medicationClasses: ['nmda-antagonist'],
  },
  INTERACTION_CYP: {
    enabled: true,
    severity: 'info',
    message: 'CYP3A4/2B6 inhibitor or inducer: may raise or lower ketamine exposure.',
    source: `${andrade2017}.`,
    medicationClasses: ['cyp-inhibitor', 'cyp-inducer'],
  },
  MISSING_DATA: {
    enabled: true,
    severity: 'relative',
    message: 'Facts a rule needs are not recorded, so those checks could not run. Record them, or review by hand.',
    source: 'SPEC.md §8: a missing fact that a rule needs is never a silent pass.',
  },
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The published defaults, frozen; a clinic edits a copy (`structuredClone`) or a JSON file of its own. */
export const defaultEligibilityRules: EligibilityRuleSet = deepFreeze({
  schemaVersion: 1,
  name: 'Ketaclinic defaults (SPEC.md §8)',
  thresholds: {
    minimumAgeYears: 18, // Esketamine not approved under 18 (Spravato label; SPEC.md §2.5).
    // Childbearing potential, for when pregnancy and breastfeeding status are needed: a design default (menarche to
    // past menopause, wide on purpose), not a published cut-off. A clinic may narrow it.
    pregnancyStatusFromAgeYears: 12,
    pregnancyStatusToAgeYears: 60,
    uncontrolledSystolicMmHg: 160, // ≥160/100 on repeat readings [expert opinion, SPEC.md §2.5].
    uncontrolledDiastolicMmHg: 100,
    evaluationSystolicMmHg: 140, // Spravato label: baseline above 140/90 (SPEC.md §2.3, §8: strictly greater).
    evaluationDiastolicMmHg: 90,
    benzodiazepineDiazepamEquivalentMgPerDay: 8, // Andrashko 2020: >8 mg/day separated non-responders (SPEC.md §2.7).
  },
  reasons,
  conditionCategories: structuredClone(defaultConditionCategories),
  medicationClasses: structuredClone(defaultMedicationClasses),
  diazepam10MgEquivalentDoseMg: { ...defaultDiazepam10MgEquivalentDoseMg },
  // Brand names included: an allergy list often says "Ketalar" or "Spravato".
  hypersensitivityAllergens: ['ketamine', 'esketamine', 'arketamine', 'ketalar', 'spravato'],
});
