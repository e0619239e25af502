import { describe, expect, it } from 'vitest';
import { defaultEligibilityRules } from './default-eligibility-rules.js';
import { eligibilityRuleSetSchema, reasonCodes } from './eligibility-rules.js';

describe('the default eligibility rules', () => {
  it('hold every code of the SPEC.md §8 table with its default severity', () => {
    // SPEC.md §8, transcribed: code → default severity (esketamine overrides below).
    const spec: Record<string, string> = {
      UNDER_18: 'absolute',
      PREGNANCY: 'absolute',
      HYPERSENSITIVITY: 'absolute',
      VASCULAR_ANEURYSM_OR_AVM: 'relative',
      INTRACEREBRAL_HEMORRHAGE: 'relative',
      PSYCHOSIS_CURRENT: 'absolute',
      MANIA_CURRENT: 'absolute',
      PSYCHOSIS_HISTORY: 'relative',
      BIPOLAR_DISORDER: 'relative',
      HYPERTENSION_UNCONTROLLED: 'relative',
      BP_ABOVE_140_90: 'warning',
      CARDIOVASCULAR_DISEASE: 'relative',
      RAISED_ICP: 'relative',
      GLAUCOMA: 'relative',
      HEPATIC_IMPAIRMENT_SEVERE: 'relative',
      SLEEP_APNEA: 'relative',
      SUBSTANCE_USE_ACTIVE: 'relative',
      KETAMINE_MISUSE_HISTORY: 'relative',
      BREASTFEEDING: 'relative',
      SUICIDE_RISK_HIGH: 'relative',
      INTERACTION_BENZODIAZEPINE: 'warning',
      INTERACTION_MAOI: 'warning',
      INTERACTION_STIMULANT: 'warning',
      INTERACTION_CNS_DEPRESSANT: 'warning',
      INTERACTION_LAMOTRIGINE: 'info',
      INTERACTION_NALTREXONE: 'info',
      INTERACTION_NMDA_ANTAGONIST: 'info',
      INTERACTION_CYP: 'info',
      MISSING_DATA: 'relative',
    };
    expect([...reasonCodes].sort()).toEqual(Object.keys(spec).sort());
    const severities = Object.fromEntries(reasonCodes.map((code) => [code, defaultEligibilityRules.reasons[code].severity]));
    expect(severities).toEqual(spec);
    expect(defaultEligibilityRules.reasons.VASCULAR_ANEURYSM_OR_AVM.severityByRoute).toEqual({ 'intranasal-esketamine': 'absolute' });
    expect(defaultEligibilityRules.reasons.INTRACEREBRAL_HEMORRHAGE.severityByRoute).toEqual({ 'intranasal-esketamine': 'absolute' });
    expect(defaultEligibilityRules.reasons.SUBSTANCE_USE_ACTIVE.severityWhenIndicationTreated).toBe('info');
    expect(reasonCodes.every((code) => defaultEligibilityRules.reasons[code].enabled)).toBe(true);
  });

  it('carry the SPEC.md thresholds', () => {
    expect(defaultEligibilityRules.thresholds).toEqual({
      minimumAgeYears: 18,
      pregnancyStatusFromAgeYears: 12,
      pregnancyStatusToAgeYears: 60,
      uncontrolledSystolicMmHg: 160,
      uncontrolledDiastolicMmHg: 100,
      evaluationSystolicMmHg: 140,
      evaluationDiastolicMmHg: 90,
      benzodiazepineDiazepamEquivalentMgPerDay: 8,
    });
  });

  it('survive a JSON round trip through the schema unchanged', () => {
    const parsed = eligibilityRuleSetSchema.safeParse(JSON.parse(JSON.stringify(defaultEligibilityRules)));
    expect(parsed.success && parsed.data).toEqual(defaultEligibilityRules);
  });

  it('use every condition category and medication class they define', () => {
    const rules = Object.values(defaultEligibilityRules.reasons);
    const usedCategories = new Set(rules.flatMap((rule) => rule.conditionCategories ?? []));
    const usedClasses = new Set(rules.flatMap((rule) => rule.medicationClasses ?? []));
    expect(Object.keys(defaultEligibilityRules.conditionCategories).filter((id) => !usedCategories.has(id))).toEqual([]);
    expect(Object.keys(defaultEligibilityRules.medicationClasses).filter((id) => !usedClasses.has(id))).toEqual([]);
  });

  it('are frozen, so a clinic edits a copy', () => {
    expect(() => {
      (defaultEligibilityRules.thresholds as { minimumAgeYears: number }).minimumAgeYears = 16;
    }).toThrow(TypeError);
    expect(() => defaultEligibilityRules.medicationClasses.benzodiazepine!.generics.push('x')).toThrow(TypeError);
    const copy = structuredClone(defaultEligibilityRules);
    copy.thresholds.minimumAgeYears = 16;
    expect(defaultEligibilityRules.thresholds.minimumAgeYears).toBe(18);
  });
});
