import { describe, expect, it } from 'vitest';
import { defaultEligibilityRules } from './default-eligibility-rules.js';
import type { EligibilityRuleSet } from './eligibility-rules.js';
import { parseEligibilityRequest } from './parse-eligibility-request.js';

const minimal = { ageYears: 45, route: 'iv' };
const rulesWith = (edit: (rules: Record<string, unknown> & EligibilityRuleSet) => void) => {
  const rules = structuredClone(defaultEligibilityRules) as Record<string, unknown> & EligibilityRuleSet;
  edit(rules);
  return rules;
};

describe('parseEligibilityRequest', () => {
  it('accepts the example of SPEC.md §8 and uses the default rules', () => {
    const input = {
      ageYears: 45,
      sexAtBirth: 'female',
      pregnant: false,
      breastfeeding: false,
      route: 'iv',
      indications: ['trd'],
      conditions: [{ icd10: 'F20.9', status: 'active' }],
      currentPsychosis: false,
      currentMania: false,
      ketamineMisuseHistory: false,
      allergies: ['ketamine'],
      medications: [{ name: 'lorazepam', doseMgPerDay: 2 }],
      vitals: { systolicMmHg: 128, diastolicMmHg: 82, heartRateBpm: 72 },
      cssrsRisk: 'none',
    };
    expect(parseEligibilityRequest(input)).toEqual({ kind: 'ok', input, rules: defaultEligibilityRules });
  });

  it('accepts an edited rule set', () => {
    const rules = rulesWith((edited) => (edited.reasons.PREGNANCY.severity = 'relative'));
    const request = parseEligibilityRequest(minimal, rules);
    expect(request.kind === 'ok' && request.rules.reasons.PREGNANCY.severity).toBe('relative');
  });

  it.each([
    ['ageYears missing', { route: 'iv' }, 'ageYears', 'is required'],
    ['route missing', { ageYears: 45 }, 'route', 'is required'],
    ['unknown route', { ageYears: 45, route: 'intranasal' }, 'route', 'must be one of iv, im, intranasal-esketamine, oral, sublingual'],
    ['age as text', { ageYears: '45', route: 'iv' }, 'ageYears', 'must be a number of years from 0 to 130'],
    ['age out of range', { ageYears: 200, route: 'iv' }, 'ageYears', 'must be a number of years from 0 to 130'],
    ['a typo is named, with a suggestion', { ...minimal, pregant: true }, 'pregant', 'unknown field; did you mean "pregnant"?'],
    ['a typo of a required field is named before the missing field', { ageYear: 45, route: 'iv' }, 'ageYear', 'unknown field; did you mean "ageYears"?'],
    ['an unknown field far from any', { ...minimal, favouriteColour: 'blue' }, 'favouriteColour', expect.stringMatching(/^unknown field; the fields here are ageYears, sexAtBirth, /)],
    ['systolic as text', { ...minimal, vitals: { systolicMmHg: '128', diastolicMmHg: 82 } }, 'vitals.systolicMmHg', 'must be a number of mmHg from 40 to 300'],
    ['diastolic above systolic', { ...minimal, vitals: { systolicMmHg: 80, diastolicMmHg: 120 } }, 'vitals.diastolicMmHg', 'must be lower than the systolic pressure'],
    ['a typo inside vitals', { ...minimal, vitals: { systolic: 128 } }, 'vitals.systolic', 'unknown field; did you mean "systolicMmHg"?'],
    ['a bad ICD-10 code', { ...minimal, conditions: [{ icd10: 'F20.9', status: 'active' }, { icd10: 'schizophrenia', status: 'active' }] }, 'conditions.1.icd10', 'must be an ICD-10-CM code such as F20.9'],
    ['a bad condition status', { ...minimal, conditions: [{ icd10: 'F20.9', status: 'past' }] }, 'conditions.0.status', 'must be one of active, resolved'],
    ['an unknown indication', { ...minimal, indications: ['depression'] }, 'indications.0', expect.stringContaining('must be one of trd, ptsd')],
    ['a negative dose', { ...minimal, medications: [{ name: 'lorazepam', doseMgPerDay: -1 }] }, 'medications.0.doseMgPerDay', 'must be the total mg per day, 0 or more'],
    ['a medication as a bare string', { ...minimal, medications: ['lorazepam'] }, 'medications.0', 'must be an object {"name", "doseMgPerDay"}'],
    ['pregnant as text', { ...minimal, pregnant: 'no' }, 'pregnant', 'must be true or false'],
    ['an unknown C-SSRS level', { ...minimal, cssrsRisk: 'severe' }, 'cssrsRisk', 'must be one of none, low, moderate, high'],
    ['not an object', [1, 2], 'input', 'must be a JSON object of patient facts with at least ageYears and route'],
  ])('names the field: %s', (_name, input, field, message) => {
    expect(parseEligibilityRequest(input)).toEqual({ kind: 'invalid', field, message });
  });

  it.each([
    ['a negative threshold', rulesWith((rules) => (rules.thresholds.uncontrolledSystolicMmHg = -1)), 'rules.thresholds.uncontrolledSystolicMmHg'],
    ['a threshold typo', rulesWith((rules) => Object.assign(rules.thresholds, { uncontroledSystolicMmHg: 150 })), 'rules.thresholds.uncontroledSystolicMmHg'],
    ['a reason code left out', rulesWith((rules) => delete (rules.reasons as Partial<typeof rules.reasons>).PREGNANCY), 'rules.reasons.PREGNANCY'],
    ['an unknown reason code', rulesWith((rules) => Object.assign(rules.reasons, { PREGNACY: rules.reasons.PREGNANCY })), 'rules.reasons.PREGNACY'],
    ['an unknown severity', rulesWith((rules) => Object.assign(rules.reasons.GLAUCOMA, { severity: 'hard-stop' })), 'rules.reasons.GLAUCOMA.severity'],
    ['an unknown route override', rulesWith((rules) => Object.assign(rules.reasons.GLAUCOMA, { severityByRoute: { nasal: 'absolute' } })), 'rules.reasons.GLAUCOMA.severityByRoute.nasal'],
    ['an unknown category', rulesWith((rules) => (rules.reasons.GLAUCOMA.conditionCategories = ['glaucomas'])), 'rules.reasons.GLAUCOMA.conditionCategories.0'],
    ['an unknown class', rulesWith((rules) => (rules.reasons.INTERACTION_MAOI.medicationClasses = ['maois'])), 'rules.reasons.INTERACTION_MAOI.medicationClasses.0'],
    ['a bad ICD-10 prefix', rulesWith((rules) => (rules.conditionCategories.glaucoma!.icd10Prefixes = ['glaucoma'])), 'rules.conditionCategories.glaucoma.icd10Prefixes.0'],
    ['a category id that is not kebab-case', rulesWith((rules) => (rules.conditionCategories['Eye Disease'] = { label: 'eye', icd10Prefixes: ['H40'], statuses: ['active'] })), 'rules.conditionCategories.Eye Disease'],
    ['an equivalent for a drug in no class', rulesWith((rules) => (rules.diazepam10MgEquivalentDoseMg.remimazolam = 2)), 'rules.diazepam10MgEquivalentDoseMg.remimazolam'],
    ['pregnancy ages the wrong way round', rulesWith((rules) => (rules.thresholds.pregnancyStatusFromAgeYears = 70)), 'rules.thresholds.pregnancyStatusToAgeYears'],
    ['categories on MISSING_DATA', rulesWith((rules) => (rules.reasons.MISSING_DATA.conditionCategories = ['glaucoma'])), 'rules.reasons.MISSING_DATA'],
    ['no schema version', rulesWith((rules) => delete (rules as Partial<EligibilityRuleSet>).schemaVersion), 'rules.schemaVersion'],
    ['not an object', 'strict' as unknown as EligibilityRuleSet, 'rules'],
  ])('names the rules field: %s', (_name, rules, field) => {
    const request = parseEligibilityRequest(minimal, rules);
    expect(request).toMatchObject({ kind: 'invalid', field });
    expect(request.kind === 'invalid' && request.message.length).toBeGreaterThan(5);
  });

  it('says "is required" for a rule field left out', () => {
    expect(parseEligibilityRequest(minimal, rulesWith((rules) => delete (rules.thresholds as Partial<typeof rules.thresholds>).minimumAgeYears))).toEqual({
      kind: 'invalid',
      field: 'rules.thresholds.minimumAgeYears',
      message: 'is required',
    });
  });
});
