import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEligibilityRules } from './default-eligibility-rules.js';
import { type EligibilityInput, eligibilityIndications, eligibilityRoutes } from './eligibility-input.js';
import { type EligibilityRuleSet, type ReasonSeverity, reasonCodes } from './eligibility-rules.js';
import { evaluateEligibility } from './evaluate-eligibility.js';

/** Every fact recorded and nothing wrong: the baseline each vignette changes. */
const baseline: EligibilityInput = {
  ageYears: 45,
  sexAtBirth: 'female',
  pregnant: false,
  breastfeeding: false,
  route: 'iv',
  indications: ['trd'],
  conditions: [],
  currentPsychosis: false,
  currentMania: false,
  ketamineMisuseHistory: false,
  allergies: [],
  medications: [],
  vitals: { systolicMmHg: 128, diastolicMmHg: 82, heartRateBpm: 72 },
  cssrsRisk: 'none',
};

/** Baseline with changes; a change to `undefined` removes the fact (not recorded). */
function patient(changes: Partial<Record<keyof EligibilityInput, unknown>>): EligibilityInput {
  const facts: Record<string, unknown> = { ...baseline, ...changes };
  for (const key of Object.keys(facts)) if (facts[key] === undefined) delete facts[key];
  return facts as EligibilityInput;
}
const active = (...codes: string[]) => ({ conditions: codes.map((icd10) => ({ icd10, status: 'active' })) });
const resolved = (...codes: string[]) => ({ conditions: codes.map((icd10) => ({ icd10, status: 'resolved' })) });
const taking = (...medications: Array<string | { name: string; doseMgPerDay?: number }>) => ({
  medications: medications.map((medication) => (typeof medication === 'string' ? { name: medication } : medication)),
});
const bp = (systolicMmHg: number, diastolicMmHg: number) => ({ vitals: { systolicMmHg, diastolicMmHg, heartRateBpm: 72 } });

const edited = (edit: (rules: EligibilityRuleSet) => void): EligibilityRuleSet => {
  const rules = structuredClone(defaultEligibilityRules);
  edit(rules);
  return rules;
};

type Vignette = [name: string, facts: EligibilityInput, decision: string, reasons: Array<[string, ReasonSeverity]>, rules?: EligibilityRuleSet];

// Reasons are listed in the order the engine must give them: severity (absolute first), then code.
const vignettes: Vignette[] = [
  ['everything recorded, nothing found', baseline, 'eligible', []],
  ['the same patient for esketamine', patient({ route: 'intranasal-esketamine' }), 'eligible', []],
  ['age 17', patient({ ageYears: 17 }), 'excluded', [['UNDER_18', 'absolute']]],
  ['age exactly 18', patient({ ageYears: 18 }), 'eligible', []],
  ['pregnant', patient({ pregnant: true }), 'excluded', [['PREGNANCY', 'absolute']]],
  ['male, pregnancy and breastfeeding not asked', patient({ sexAtBirth: 'male', pregnant: undefined, breastfeeding: undefined }), 'eligible', []],
  ['female 45, pregnancy status not recorded', patient({ pregnant: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['female 60 (inclusive), breastfeeding not recorded', patient({ ageYears: 60, breastfeeding: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['female 61, neither recorded: outside childbearing ages', patient({ ageYears: 61, pregnant: undefined, breastfeeding: undefined }), 'eligible', []],
  ['sex not recorded, age 30, pregnancy status not recorded', patient({ sexAtBirth: undefined, ageYears: 30, pregnant: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['ketamine allergy', patient({ allergies: ['Ketamine (anaphylaxis)'] }), 'excluded', [['HYPERSENSITIVITY', 'absolute']]],
  ['Spravato allergy, esketamine', patient({ route: 'intranasal-esketamine', allergies: ['penicillin', 'SPRAVATO'] }), 'excluded', [['HYPERSENSITIVITY', 'absolute']]],
  ['other allergies only', patient({ allergies: ['penicillin', 'latex'] }), 'eligible', []],
  ['allergies not recorded', patient({ allergies: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['abdominal aortic aneurysm (resolved), IV', patient(resolved('I71.4')), 'needs-review', [['VASCULAR_ANEURYSM_OR_AVM', 'relative']]],
  ['abdominal aortic aneurysm, esketamine', patient({ route: 'intranasal-esketamine', ...active('I71.4') }), 'excluded', [['VASCULAR_ANEURYSM_OR_AVM', 'absolute']]],
  ['cerebral AVM without the dot, esketamine', patient({ route: 'intranasal-esketamine', ...active('Q282') }), 'excluded', [['VASCULAR_ANEURYSM_OR_AVM', 'absolute']]],
  ['intracerebral haemorrhage, oral', patient({ route: 'oral', ...resolved('I61.9') }), 'needs-review', [['INTRACEREBRAL_HEMORRHAGE', 'relative']]],
  ['intracranial haemorrhage, esketamine', patient({ route: 'intranasal-esketamine', ...resolved('I62.00') }), 'excluded', [['INTRACEREBRAL_HEMORRHAGE', 'absolute']]],
  ['current psychosis', patient({ currentPsychosis: true }), 'excluded', [['PSYCHOSIS_CURRENT', 'absolute']]],
  ['current mania', patient({ currentMania: true }), 'excluded', [['MANIA_CURRENT', 'absolute']]],
  ['past schizophrenia, resolved', patient(resolved('F20.9')), 'needs-review', [['PSYCHOSIS_HISTORY', 'relative']]],
  ['schizoaffective now psychotic, lower-case code', patient({ currentPsychosis: true, ...active('f25.0') }), 'excluded', [['PSYCHOSIS_CURRENT', 'absolute'], ['PSYCHOSIS_HISTORY', 'relative']]],
  ['recurrent depression with psychotic features', patient(resolved('F33.3')), 'needs-review', [['PSYCHOSIS_HISTORY', 'relative']]],
  ['bipolar depression', patient({ indications: ['bipolar-depression'], ...active('F31.4') }), 'needs-review', [['BIPOLAR_DISORDER', 'relative']]],
  ['BP exactly 160/100', patient(bp(160, 100)), 'needs-review', [['HYPERTENSION_UNCONTROLLED', 'relative']]],
  ['BP 160/95: systolic alone, inclusive', patient(bp(160, 95)), 'needs-review', [['HYPERTENSION_UNCONTROLLED', 'relative']]],
  ['BP 150/100: diastolic alone, inclusive', patient(bp(150, 100)), 'needs-review', [['HYPERTENSION_UNCONTROLLED', 'relative']]],
  ['BP 159/99: evaluate, not uncontrolled', patient(bp(159, 99)), 'eligible', [['BP_ABOVE_140_90', 'warning']]],
  ['BP exactly 140/90: no warning', patient(bp(140, 90)), 'eligible', []],
  ['BP 141/90: warning', patient(bp(141, 90)), 'eligible', [['BP_ABOVE_140_90', 'warning']]],
  ['BP 140/91: warning', patient(bp(140, 91)), 'eligible', [['BP_ABOVE_140_90', 'warning']]],
  ['heart rate only, no blood pressure', patient({ vitals: { heartRateBpm: 72 } }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['no vitals at all', patient({ vitals: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['recent myocardial infarction', patient(active('I21.4')), 'needs-review', [['CARDIOVASCULAR_DISEASE', 'relative']]],
  ['unstable angina', patient(active('I20.0')), 'needs-review', [['CARDIOVASCULAR_DISEASE', 'relative']]],
  ['stable angina (I20.9) is not unstable', patient(active('I20.9')), 'eligible', []],
  ['atrial fibrillation and a TIA: one reason', patient(active('I48.91', 'G45.9')), 'needs-review', [['CARDIOVASCULAR_DISEASE', 'relative']]],
  ['heart failure', patient(active('I50.9')), 'needs-review', [['CARDIOVASCULAR_DISEASE', 'relative']]],
  ['idiopathic intracranial hypertension', patient(active('G93.2')), 'needs-review', [['RAISED_ICP', 'relative']]],
  ['glaucoma', patient(active('H40.11X0')), 'needs-review', [['GLAUCOMA', 'relative']]],
  ['hepatic failure', patient(active('K72.10')), 'needs-review', [['HEPATIC_IMPAIRMENT_SEVERE', 'relative']]],
  ['obstructive sleep apnoea', patient(active('G47.33')), 'needs-review', [['SLEEP_APNEA', 'relative']]],
  ['alcohol use disorder, treated for depression', patient(active('F10.20')), 'needs-review', [['SUBSTANCE_USE_ACTIVE', 'relative']]],
  ['alcohol use disorder, treated for it (aud)', patient({ indications: ['aud'], ...active('F10.20') }), 'eligible', [['SUBSTANCE_USE_ACTIVE', 'info']]],
  ['cocaine use disorder, treated for it (cud)', patient({ indications: ['cud', 'trd'], ...active('F14.20') }), 'eligible', [['SUBSTANCE_USE_ACTIVE', 'info']]],
  ['opioid use disorder, treated for it (oud)', patient({ indications: ['oud'], ...active('F11.20') }), 'eligible', [['SUBSTANCE_USE_ACTIVE', 'info']]],
  ['cocaine treated, alcohol not', patient({ indications: ['cud'], ...active('F14.20', 'F10.20') }), 'needs-review', [['SUBSTANCE_USE_ACTIVE', 'relative']]],
  ['opioid use disorder, indications not recorded', patient({ indications: undefined, ...active('F11.20') }), 'needs-review', [['SUBSTANCE_USE_ACTIVE', 'relative']]],
  ['alcohol use disorder, resolved', patient(resolved('F10.21')), 'eligible', []],
  ['nicotine dependence is not a substance-use reason by default (our change from SPEC.md §8)', patient(active('F17.210')), 'eligible', []],
  ['history of ketamine misuse', patient({ ketamineMisuseHistory: true }), 'needs-review', [['KETAMINE_MISUSE_HISTORY', 'relative']]],
  ['ketamine misuse not asked', patient({ ketamineMisuseHistory: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['breastfeeding', patient({ breastfeeding: true }), 'needs-review', [['BREASTFEEDING', 'relative']]],
  ['C-SSRS high', patient({ cssrsRisk: 'high' }), 'needs-review', [['SUICIDE_RISK_HIGH', 'relative']]],
  ['C-SSRS moderate', patient({ cssrsRisk: 'moderate' }), 'eligible', []],
  ['C-SSRS not recorded', patient({ cssrsRisk: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['current psychosis and mania not asked', patient({ currentPsychosis: undefined, currentMania: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['lorazepam 0.8 mg/day = 8 mg diazepam: warned, not called out', patient(taking({ name: 'lorazepam', doseMgPerDay: 0.8 })), 'eligible', [['INTERACTION_BENZODIAZEPINE', 'warning']]],
  ['phenelzine', patient(taking('Phenelzine 15 mg')), 'eligible', [['INTERACTION_MAOI', 'warning']]],
  ['mixed amphetamine salts', patient(taking('amphetamine/dextroamphetamine 20 mg XR')), 'eligible', [['INTERACTION_STIMULANT', 'warning']]],
  ['oxycodone and zolpidem: one reason', patient(taking('OxyCODONE 5 mg', 'zolpidem')), 'eligible', [['INTERACTION_CNS_DEPRESSANT', 'warning']]],
  ['lamotrigine', patient(taking('Lamotrigine 200 mg')), 'eligible', [['INTERACTION_LAMOTRIGINE', 'info']]],
  ['naltrexone', patient(taking('naltrexone')), 'eligible', [['INTERACTION_NALTREXONE', 'info']]],
  ['dextromethorphan–bupropion', patient(taking('Dextromethorphan-bupropion 45/105 mg')), 'eligible', [['INTERACTION_NMDA_ANTAGONIST', 'info']]],
  ['clarithromycin and carbamazepine: one reason', patient(taking('clarithromycin', 'carbamazepine')), 'eligible', [['INTERACTION_CYP', 'info']]],
  ['sertraline: no interaction rule', patient(taking('sertraline 100 mg')), 'eligible', []],
  ['medications not reconciled', patient({ medications: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['problem list not recorded', patient({ conditions: undefined }), 'needs-review', [['MISSING_DATA', 'relative']]],
  ['only age and route', { ageYears: 45, route: 'iv' }, 'needs-review', [['MISSING_DATA', 'relative']]],
  ['only age 16 and route', { ageYears: 16, route: 'im' }, 'excluded', [['UNDER_18', 'absolute'], ['MISSING_DATA', 'relative']]],
  [
    'pregnant with an aneurysm on esketamine, on lorazepam and lamotrigine, C-SSRS high',
    patient({ route: 'intranasal-esketamine', pregnant: true, cssrsRisk: 'high', ...active('I72.0'), ...taking('lorazepam', 'lamotrigine') }),
    'excluded',
    [['PREGNANCY', 'absolute'], ['VASCULAR_ANEURYSM_OR_AVM', 'absolute'], ['SUICIDE_RISK_HIGH', 'relative'], ['INTERACTION_BENZODIAZEPINE', 'warning'], ['INTERACTION_LAMOTRIGINE', 'info']],
  ],
  [
    'warnings and information never change the decision',
    patient({ ...bp(150, 85), ...taking('clonazepam', 'phenelzine', 'methylphenidate', 'tramadol', 'lamotrigine', 'naltrexone', 'memantine', 'rifampin') }),
    'eligible',
    [
      ['BP_ABOVE_140_90', 'warning'],
      ['INTERACTION_BENZODIAZEPINE', 'warning'],
      ['INTERACTION_CNS_DEPRESSANT', 'warning'],
      ['INTERACTION_MAOI', 'warning'],
      ['INTERACTION_STIMULANT', 'warning'],
      ['INTERACTION_CYP', 'info'],
      ['INTERACTION_LAMOTRIGINE', 'info'],
      ['INTERACTION_NALTREXONE', 'info'],
      ['INTERACTION_NMDA_ANTAGONIST', 'info'],
    ],
  ],

  // A clinic's edited rules.
  ['edited: pregnancy downgraded to relative', patient({ pregnant: true }), 'needs-review', [['PREGNANCY', 'relative']], edited((rules) => (rules.reasons.PREGNANCY.severity = 'relative'))],
  [
    'edited: uncontrolled line lowered to 150/95',
    patient(bp(152, 88)),
    'needs-review',
    [['HYPERTENSION_UNCONTROLLED', 'relative']],
    edited((rules) => Object.assign(rules.thresholds, { uncontrolledSystolicMmHg: 150, uncontrolledDiastolicMmHg: 95 })),
  ],
  ['edited: the 140/90 warning disabled', patient(bp(150, 85)), 'eligible', [], edited((rules) => (rules.reasons.BP_ABOVE_140_90.enabled = false))],
  [
    'edited: uncontrolled disabled, so the 140/90 warning speaks at 170/95',
    patient(bp(170, 95)),
    'eligible',
    [['BP_ABOVE_140_90', 'warning']],
    edited((rules) => (rules.reasons.HYPERTENSION_UNCONTROLLED.enabled = false)),
  ],
  [
    'edited: quetiapine added to the CNS depressants',
    patient(taking('Quetiapine 50 mg at night')),
    'eligible',
    [['INTERACTION_CNS_DEPRESSANT', 'warning']],
    edited((rules) => rules.medicationClasses['other-cns-depressant']!.generics.push('quetiapine')),
  ],
  ['edited: breastfeeding rule off, so its status is not needed', patient({ breastfeeding: undefined }), 'eligible', [], edited((rules) => (rules.reasons.BREASTFEEDING.enabled = false))],
  ['edited: glaucoma absolute for IV', patient(active('H40.9')), 'excluded', [['GLAUCOMA', 'absolute']], edited((rules) => (rules.reasons.GLAUCOMA.severityByRoute = { iv: 'absolute' }))],
  ['edited: glaucoma absolute for IV, patient on oral', patient({ route: 'oral', ...active('H40.9') }), 'needs-review', [['GLAUCOMA', 'relative']], edited((rules) => (rules.reasons.GLAUCOMA.severityByRoute = { iv: 'absolute' }))],
  [
    'edited: a pregnancy code also triggers PREGNANCY',
    patient(active('Z33.1')),
    'excluded',
    [['PREGNANCY', 'absolute']],
    edited((rules) => {
      rules.conditionCategories['pregnant-state'] = { label: 'pregnant state', icd10Prefixes: ['Z33.1'], statuses: ['active'] };
      rules.reasons.PREGNANCY.conditionCategories = ['pregnant-state'];
    }),
  ],
  ['edited: minimum age 21', patient({ ageYears: 19 }), 'excluded', [['UNDER_18', 'absolute']], edited((rules) => (rules.thresholds.minimumAgeYears = 21))],
  [
    'edited: substance use never softened',
    patient({ indications: ['aud'], ...active('F10.20') }),
    'needs-review',
    [['SUBSTANCE_USE_ACTIVE', 'relative']],
    edited((rules) => delete rules.reasons.SUBSTANCE_USE_ACTIVE.severityWhenIndicationTreated),
  ],
  [
    'edited: nicotine added back to the substance use disorders',
    patient(active('F17.210')),
    'needs-review',
    [['SUBSTANCE_USE_ACTIVE', 'relative']],
    edited((rules) => rules.conditionCategories['other-substance-use-disorder']!.icd10Prefixes.push('F17')),
  ],
  ['edited: missing data only a warning', patient({ cssrsRisk: undefined }), 'eligible', [['MISSING_DATA', 'warning']], edited((rules) => (rules.reasons.MISSING_DATA.severity = 'warning'))],
];

describe('evaluateEligibility: vignettes (SPEC.md §8)', () => {
  it.each(vignettes)('%s', (_name, facts, decision, reasons, rules = defaultEligibilityRules) => {
    const result = evaluateEligibility(facts, rules);
    expect(result.reasons.map((reason) => [reason.code, reason.severity])).toEqual(reasons);
    expect(result.decision).toBe(decision);
  });

  it('has at least 40 vignettes and covers every reason code, on the defaults and on edited rules', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(vignettes.flatMap(([, , , reasons]) => reasons.map(([code]) => code)));
    expect(reasonCodes.filter((code) => !covered.has(code))).toEqual([]);
    expect(vignettes.filter(([, , , , rules]) => rules !== undefined).length).toBeGreaterThanOrEqual(10);
    expect(new Set(vignettes.map(([, , decision]) => decision))).toEqual(new Set(['eligible', 'needs-review', 'excluded']));
  });

  it('gives every reason a plain message and a source', () => {
    for (const [, facts, , , rules = defaultEligibilityRules] of vignettes) {
      for (const reason of evaluateEligibility(facts, rules).reasons) {
        expect(reason.message.length).toBeGreaterThan(20);
        expect(reason.source.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('evaluateEligibility: what the messages say', () => {
  const messageOf = (facts: EligibilityInput, code: string, rules = defaultEligibilityRules) => evaluateEligibility(facts, rules).reasons.find((reason) => reason.code === code)?.message ?? '';

  it('names each missing fact and the rules that need it, in one reason', () => {
    const message = messageOf(patient({ pregnant: undefined, vitals: undefined, allergies: undefined }), 'MISSING_DATA');
    expect(message).toContain('pregnancy status, for PREGNANCY');
    expect(message).toContain('blood pressure (systolic and diastolic), for HYPERTENSION_UNCONTROLLED, BP_ABOVE_140_90');
    expect(message).toContain('allergies ([] when none are known), for HYPERSENSITIVITY');
  });

  it('says when sex at birth is missing too', () => {
    expect(messageOf(patient({ sexAtBirth: undefined, pregnant: undefined }), 'MISSING_DATA')).toContain('pregnancy status (sex at birth not recorded either)');
  });

  it('calls out more than 8 mg/day diazepam-equivalent, summed over benzodiazepines', () => {
    const message = messageOf(patient(taking({ name: 'Lorazepam 1 mg tablet', doseMgPerDay: 0.5 }, { name: 'diazepam', doseMgPerDay: 5 })), 'INTERACTION_BENZODIAZEPINE');
    expect(message).toContain('Lorazepam 1 mg tablet 0.5 mg/day ≈ 5 mg diazepam; diazepam 5 mg/day ≈ 5 mg diazepam; total ≈ 10 mg/day, above 8 mg/day');
  });

  it('does not call out exactly 8 mg/day (strictly greater)', () => {
    expect(messageOf(patient(taking({ name: 'alprazolam', doseMgPerDay: 0.4 })), 'INTERACTION_BENZODIAZEPINE')).toContain('total ≈ 8 mg/day, not above 8 mg/day');
  });

  it('names a benzodiazepine it could not convert', () => {
    const message = messageOf(patient(taking('clonazepam', { name: 'midazolam', doseMgPerDay: 5 })), 'INTERACTION_BENZODIAZEPINE');
    expect(message).toContain('unchecked for: clonazepam (no daily dose recorded); midazolam (no equivalent in the table)');
  });

  it('uses an edited threshold for the callout', () => {
    const rules = edited((ruleSet) => (ruleSet.thresholds.benzodiazepineDiazepamEquivalentMgPerDay = 5));
    expect(messageOf(patient(taking({ name: 'lorazepam', doseMgPerDay: 0.6 })), 'INTERACTION_BENZODIAZEPINE', rules)).toContain('total ≈ 6 mg/day, above 5 mg/day');
  });

  it('lists the codes it matched and says when the disorder is the one treated', () => {
    expect(messageOf(patient(active('F20.9', 'F25.0')), 'PSYCHOSIS_HISTORY')).toContain('Recorded: F20.9 (active, psychotic disorder), F25.0 (active, psychotic disorder).');
    expect(messageOf(patient({ indications: ['aud'], ...active('F10.20') }), 'SUBSTANCE_USE_ACTIVE')).toContain('this is the disorder being treated (aud)');
  });

  it('reports the reading against the line', () => {
    expect(messageOf(patient(bp(165, 95)), 'HYPERTENSION_UNCONTROLLED')).toContain('Blood pressure 165/95 mmHg; the line is 160/100.');
  });
});

describe('evaluateEligibility: properties', () => {
  const facts = fc.record(
    {
      ageYears: fc.integer({ min: 10, max: 90 }),
      sexAtBirth: fc.constantFrom('female', 'male', 'intersex'),
      pregnant: fc.boolean(),
      breastfeeding: fc.boolean(),
      route: fc.constantFrom(...eligibilityRoutes),
      indications: fc.subarray([...eligibilityIndications]),
      conditions: fc.array(fc.record({ icd10: fc.constantFrom('F20.9', 'F31.4', 'I71.4', 'I61.9', 'I21.4', 'G47.33', 'F10.20', 'F14.20', 'H40.9', 'J45.909'), status: fc.constantFrom('active', 'resolved') }), { maxLength: 4 }),
      currentPsychosis: fc.boolean(),
      currentMania: fc.boolean(),
      ketamineMisuseHistory: fc.boolean(),
      allergies: fc.subarray(['ketamine', 'penicillin', 'latex']),
      medications: fc.array(fc.record({ name: fc.constantFrom('lorazepam', 'phenelzine', 'oxycodone', 'lamotrigine', 'sertraline'), doseMgPerDay: fc.float({ min: 0, max: 10, noNaN: true }) }), { maxLength: 3 }),
      vitals: fc.record({ systolicMmHg: fc.integer({ min: 100, max: 200 }), diastolicMmHg: fc.integer({ min: 50, max: 99 }) }),
      cssrsRisk: fc.constantFrom('none', 'low', 'moderate', 'high'),
    },
    { requiredKeys: ['ageYears', 'route'] },
  ) as fc.Arbitrary<EligibilityInput>;

  it('decides by the most severe reason, gives each code once, and orders by severity then code', () => {
    const rank = ['absolute', 'relative', 'warning', 'info'];
    fc.assert(
      fc.property(facts, (input) => {
        const { decision, reasons } = evaluateEligibility(input, defaultEligibilityRules);
        const severities = reasons.map((reason) => reason.severity);
        const expected = severities.includes('absolute') ? 'excluded' : severities.includes('relative') ? 'needs-review' : 'eligible';
        expect(decision).toBe(expected);
        expect(new Set(reasons.map((reason) => reason.code)).size).toBe(reasons.length);
        const keys = reasons.map((reason) => `${rank.indexOf(reason.severity)}${reason.code}`);
        expect(keys).toEqual([...keys].sort());
      }),
    );
  });

  it('never passes silently: removing a needed fact from an eligible patient stops it being eligible', () => {
    // Patients the defaults find eligible: adult, not pregnant, BP under the uncontrolled line, C-SSRS not high, and
    // only warning or information interactions.
    const eligiblePatient = fc.record({
      ageYears: fc.integer({ min: 18, max: 90 }),
      route: fc.constantFrom(...eligibilityRoutes),
      vitals: fc.record({ systolicMmHg: fc.integer({ min: 90, max: 159 }), diastolicMmHg: fc.integer({ min: 40, max: 89 }) }),
      cssrsRisk: fc.constantFrom('none' as const, 'low' as const, 'moderate' as const),
      medications: fc.subarray(['lorazepam', 'phenelzine', 'oxycodone', 'lamotrigine', 'naltrexone', 'memantine', 'rifampin'].map((name) => ({ name }))),
    });
    const needed = ['allergies', 'conditions', 'medications', 'vitals', 'cssrsRisk', 'currentPsychosis', 'currentMania', 'ketamineMisuseHistory', 'pregnant', 'breastfeeding'] as const;
    fc.assert(
      fc.property(eligiblePatient, fc.constantFrom(...needed), (changes, fact) => {
        const complete: EligibilityInput = { ...baseline, ...changes, ageYears: Math.min(changes.ageYears, 60) };
        expect(evaluateEligibility(complete, defaultEligibilityRules).decision).toBe('eligible');
        const { [fact]: _removed, ...withoutFact } = complete;
        expect(evaluateEligibility(withoutFact, defaultEligibilityRules)).toMatchObject({ decision: 'needs-review', reasons: expect.arrayContaining([expect.objectContaining({ code: 'MISSING_DATA' })]) });
      }),
    );
  });

  it('excludes every pregnant patient on the defaults', () => {
    fc.assert(
      fc.property(facts, (input) => {
        expect(evaluateEligibility({ ...input, pregnant: true }, defaultEligibilityRules).decision).toBe('excluded');
      }),
    );
  });
});
