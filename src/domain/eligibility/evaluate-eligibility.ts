import { icd10HasPrefix } from './condition-categories.js';
import type { EligibilityCondition, EligibilityInput, EligibilityMedication } from './eligibility-input.js';
import { type EligibilityRuleSet, type ReasonCode, type ReasonRule, type ReasonSeverity, reasonCodes, reasonSeverities } from './eligibility-rules.js';
import { medicationNameMatches } from './medication-classes.js';

export type { ReasonSeverity } from './eligibility-rules.js';

export interface EligibilityReason {
  code: string;
  severity: ReasonSeverity;
  message: string;
  source: string;
}

export type EligibilityDecision = 'eligible' | 'needs-review' | 'excluded';

export interface EligibilityResult {
  decision: EligibilityDecision;
  reasons: EligibilityReason[];
}

/** What one rule's own fact says: it fires (with what was found), it does not, or the fact is not recorded. */
type FactCheck = { kind: 'clear' } | { kind: 'found'; detail: string } | { kind: 'missing'; fact: string };

interface CheckContext {
  input: EligibilityInput;
  rules: EligibilityRuleSet;
  fired: ReadonlySet<ReasonCode>;
}

const clear: FactCheck = { kind: 'clear' };
const found = (detail: string): FactCheck => ({ kind: 'found', detail });

/** A yes/no fact: true fires, false clears, absent is missing when the fact is needed for this patient. */
function yesNoFact(value: boolean | undefined, detail: string, fact: string, needed = true): FactCheck {
  if (value === true) return found(detail);
  if (value === undefined && needed) return { kind: 'missing', fact };
  return clear;
}

/**
 * Pregnancy and breastfeeding status are needed for anyone who is not male at birth (female, intersex, or sex not
 * recorded) within the clinic's childbearing ages, 12–60 inclusive by default. Outside that, absent means not asked.
 */
function needsPregnancyStatus({ input, rules }: CheckContext): boolean {
  const { pregnancyStatusFromAgeYears: from, pregnancyStatusToAgeYears: to } = rules.thresholds;
  return input.sexAtBirth !== 'male' && input.ageYears >= from && input.ageYears <= to;
}

function pregnancyFact(context: CheckContext, label: string): string {
  return context.input.sexAtBirth === undefined ? `${label} (sex at birth not recorded either)` : label;
}

function bloodPressure({ input }: CheckContext): { systolic: number; diastolic: number } | undefined {
  const systolic = input.vitals?.systolicMmHg;
  const diastolic = input.vitals?.diastolicMmHg;
  return systolic === undefined || diastolic === undefined ? undefined : { systolic, diastolic };
}

// The facts each rule reads itself, beside the condition categories and medication classes its data lists. A rule
// with neither is checked through its categories or classes alone. Vitals: blood pressure is needed (both numbers);
// heart rate is not used by any rule of SPEC.md §8. Indications are never "missing": without them an active substance
// use disorder simply keeps its full severity, which is the cautious reading.
const factChecks: Partial<Record<ReasonCode, (context: CheckContext) => FactCheck>> = {
  UNDER_18: ({ input, rules }) => (input.ageYears < rules.thresholds.minimumAgeYears ? found(`Age ${input.ageYears}, below ${rules.thresholds.minimumAgeYears}.`) : clear),
  PREGNANCY: (context) => yesNoFact(context.input.pregnant, 'Recorded as pregnant.', pregnancyFact(context, 'pregnancy status'), needsPregnancyStatus(context)),
  BREASTFEEDING: (context) => yesNoFact(context.input.breastfeeding, 'Recorded as breastfeeding.', pregnancyFact(context, 'breastfeeding status'), needsPregnancyStatus(context)),
  HYPERSENSITIVITY: ({ input, rules }) => {
    if (input.allergies === undefined) return { kind: 'missing', fact: 'allergies ([] when none are known)' };
    const hits = input.allergies.filter((allergy) => rules.hypersensitivityAllergens.some((allergen) => medicationNameMatches(allergy, allergen)));
    return hits.length > 0 ? found(`Recorded allergy: ${hits.join(', ')}.`) : clear;
  },
  PSYCHOSIS_CURRENT: ({ input }) => yesNoFact(input.currentPsychosis, 'Recorded as currently psychotic.', 'current psychosis (yes or no)'),
  MANIA_CURRENT: ({ input }) => yesNoFact(input.currentMania, 'Recorded as currently manic.', 'current mania (yes or no)'),
  KETAMINE_MISUSE_HISTORY: ({ input }) => yesNoFact(input.ketamineMisuseHistory, 'Recorded history of ketamine misuse.', 'history of ketamine misuse (yes or no)'),
  SUICIDE_RISK_HIGH: ({ input }) => {
    if (input.cssrsRisk === undefined) return { kind: 'missing', fact: 'C-SSRS risk level' };
    return input.cssrsRisk === 'high' ? found('C-SSRS risk: high.') : clear;
  },
  HYPERTENSION_UNCONTROLLED: (context) => {
    const bp = bloodPressure(context);
    if (!bp) return { kind: 'missing', fact: 'blood pressure (systolic and diastolic)' };
    const { uncontrolledSystolicMmHg: systolic, uncontrolledDiastolicMmHg: diastolic } = context.rules.thresholds;
    // Inclusive: 160/100 itself is uncontrolled (SPEC.md §8: systolic ≥ 160 or diastolic ≥ 100).
    return bp.systolic >= systolic || bp.diastolic >= diastolic ? found(`Blood pressure ${bp.systolic}/${bp.diastolic} mmHg; the line is ${systolic}/${diastolic}.`) : clear;
  },
  BP_ABOVE_140_90: (context) => {
    const bp = bloodPressure(context);
    if (!bp) return { kind: 'missing', fact: 'blood pressure (systolic and diastolic)' };
    // Only below the uncontrolled line: when HYPERTENSION_UNCONTROLLED has fired, this one would say less.
    if (context.fired.has('HYPERTENSION_UNCONTROLLED')) return clear;
    const { evaluationSystolicMmHg: systolic, evaluationDiastolicMmHg: diastolic } = context.rules.thresholds;
    // Strict: exactly 140/90 does not fire (the label's "> 140/90 mmHg").
    return bp.systolic > systolic || bp.diastolic > diastolic ? found(`Blood pressure ${bp.systolic}/${bp.diastolic} mmHg.`) : clear;
  },
};

interface ConditionMatch {
  condition: EligibilityCondition;
  labels: string[];
  /** The patient's indications that treat this very condition (F10 ↔ aud). */
  treatedBy: string[];
}

function matchConditions(rule: ReasonRule, { input, rules }: CheckContext): ConditionMatch[] {
  const matches: ConditionMatch[] = [];
  for (const condition of input.conditions ?? []) {
    const categories = (rule.conditionCategories ?? [])
      .map((id) => rules.conditionCategories[id])
      .filter((category) => category !== undefined)
      .filter((category) => category.statuses.includes(condition.status) && category.icd10Prefixes.some((prefix) => icd10HasPrefix(condition.icd10, prefix)));
    if (categories.length === 0) continue;
    const treatedBy = categories.flatMap((category) => (category.treatedByIndication && input.indications?.includes(category.treatedByIndication) ? [category.treatedByIndication] : []));
    matches.push({ condition, labels: [...new Set(categories.map((category) => category.label))], treatedBy: [...new Set(treatedBy)] });
  }
  return matches;
}

interface MedicationMatch {
  medication: EligibilityMedication;
  labels: string[];
}

function matchMedications(rule: ReasonRule, { input, rules }: CheckContext): MedicationMatch[] {
  const matches: MedicationMatch[] = [];
  for (const medication of input.medications ?? []) {
    const classes = (rule.medicationClasses ?? [])
      .map((id) => rules.medicationClasses[id])
      .filter((medicationClass) => medicationClass !== undefined)
      .filter((medicationClass) => medicationClass.generics.some((generic) => medicationNameMatches(medication.name, generic)));
    if (classes.length > 0) matches.push({ medication, labels: [...new Set(classes.map((medicationClass) => medicationClass.label))] });
  }
  return matches;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The diazepam-equivalent callout of INTERACTION_BENZODIAZEPINE (Andrashko 2020: more than 8 mg/day). A medicine
 * without a daily dose or without an Ashton equivalent is named as not converted; the warning stands either way.
 */
function describeDiazepamEquivalent(matches: MedicationMatch[], rules: EligibilityRuleSet): string {
  const limit = rules.thresholds.benzodiazepineDiazepamEquivalentMgPerDay;
  let total = 0;
  const converted: string[] = [];
  const unconverted: string[] = [];
  for (const { medication } of matches) {
    const entry = Object.entries(rules.diazepam10MgEquivalentDoseMg).find(([generic]) => medicationNameMatches(medication.name, generic));
    if (entry === undefined) unconverted.push(`${medication.name} (no equivalent in the table)`);
    else if (medication.doseMgPerDay === undefined) unconverted.push(`${medication.name} (no daily dose recorded)`);
    else {
      const equivalentMg = (medication.doseMgPerDay * 10) / entry[1];
      total += equivalentMg;
      converted.push(`${medication.name} ${medication.doseMgPerDay} mg/day ≈ ${oneDecimal(equivalentMg)} mg diazepam`);
    }
  }
  const parts: string[] = [];
  if (converted.length > 0) {
    const verdict = total > limit ? `above ${limit} mg/day, which separated non-responders` : `not above ${limit} mg/day`;
    parts.push(`Diazepam-equivalent: ${converted.join('; ')}; total ≈ ${oneDecimal(total)} mg/day, ${verdict}.`);
  }
  if (unconverted.length > 0) parts.push(`Not converted to diazepam-equivalent, so the ${limit} mg/day line is unchecked for: ${unconverted.join('; ')}.`);
  return parts.join(' ');
}

type RuleOutcome = { kind: 'clear' } | { kind: 'missing'; facts: string[] } | { kind: 'fired'; reason: EligibilityReason };

function evaluateRule(code: ReasonCode, rule: ReasonRule, context: CheckContext): RuleOutcome {
  const fact = factChecks[code]?.(context) ?? clear;
  const missing: string[] = fact.kind === 'missing' ? [fact.fact] : [];
  const wantsConditions = (rule.conditionCategories?.length ?? 0) > 0;
  const wantsMedications = (rule.medicationClasses?.length ?? 0) > 0;
  if (wantsConditions && context.input.conditions === undefined) missing.push('conditions (the problem list; [] when none)');
  if (wantsMedications && context.input.medications === undefined) missing.push('medications (the reconciled list; [] when none)');
  const conditions = wantsConditions ? matchConditions(rule, context) : [];
  const medications = wantsMedications ? matchMedications(rule, context) : [];
  if (fact.kind !== 'found' && conditions.length === 0 && medications.length === 0) return missing.length > 0 ? { kind: 'missing', facts: missing } : { kind: 'clear' };

  const details: string[] = fact.kind === 'found' ? [fact.detail] : [];
  const onlyTreatedConditions = fact.kind !== 'found' && medications.length === 0 && conditions.every((match) => match.treatedBy.length > 0);
  if (conditions.length > 0) {
    const listed = conditions.map(({ condition, labels }) => `${condition.icd10.toUpperCase()} (${condition.status}, ${labels.join(', ')})`).join(', ');
    const treated = [...new Set(conditions.flatMap((match) => match.treatedBy))].join(', ');
    details.push(onlyTreatedConditions && rule.severityWhenIndicationTreated ? `Recorded: ${listed}; this is the disorder being treated (${treated}).` : `Recorded: ${listed}.`);
  }
  if (medications.length > 0) details.push(`Medicines: ${medications.map(({ medication, labels }) => `${medication.name} (${labels.join(', ')})`).join('; ')}.`);
  if (code === 'INTERACTION_BENZODIAZEPINE' && medications.length > 0) details.push(describeDiazepamEquivalent(medications, context.rules));

  let severity = rule.severityByRoute?.[context.input.route] ?? rule.severity;
  if (onlyTreatedConditions && rule.severityWhenIndicationTreated) severity = rule.severityWhenIndicationTreated;
  return { kind: 'fired', reason: { code, severity, message: [rule.message, ...details].join(' '), source: rule.source } };
}

function missingDataReason(missing: Map<string, ReasonCode[]>, rules: EligibilityRuleSet, input: EligibilityInput): EligibilityReason | undefined {
  const rule = rules.reasons.MISSING_DATA;
  if (missing.size === 0 || !rule.enabled) return undefined;
  const facts = [...missing].map(([fact, codes]) => `${fact}, for ${codes.join(', ')}`);
  return { code: 'MISSING_DATA', severity: rule.severityByRoute?.[input.route] ?? rule.severity, message: `${rule.message} Not recorded: ${facts.join('; ')}.`, source: rule.source };
}

const severityRank = (severity: ReasonSeverity) => reasonSeverities.indexOf(severity);

/** Any absolute reason excludes; otherwise any relative one needs review; warnings and information do not count. */
export function decide(reasons: readonly EligibilityReason[]): EligibilityDecision {
  if (reasons.some((reason) => reason.severity === 'absolute')) return 'excluded';
  if (reasons.some((reason) => reason.severity === 'relative')) return 'needs-review';
  return 'eligible';
}

/**
 * The eligibility rules of SPEC.md §8 applied to one patient's facts: pure, no clock, no I/O. Every enabled rule is
 * checked; a rule whose fact is absent adds that fact to one MISSING_DATA reason rather than passing silently. One
 * reason per code, ordered by severity (absolute first) and then by code.
 */
export function evaluateEligibility(input: EligibilityInput, rules: EligibilityRuleSet): EligibilityResult {
  const fired = new Set<ReasonCode>();
  const reasons: EligibilityReason[] = [];
  const missing = new Map<string, ReasonCode[]>();
  for (const code of reasonCodes) {
    const rule = rules.reasons[code];
    if (code === 'MISSING_DATA' || !rule?.enabled) continue;
    const outcome = evaluateRule(code, rule, { input, rules, fired });
    if (outcome.kind === 'fired') {
      fired.add(code);
      reasons.push(outcome.reason);
    } else if (outcome.kind === 'missing') {
      for (const fact of outcome.facts) missing.set(fact, [...(missing.get(fact) ?? []), code]);
    }
  }
  const missingData = missingDataReason(missing, rules, input);
  if (missingData) reasons.push(missingData);
  reasons.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { decision: decide(reasons), reasons };
}
