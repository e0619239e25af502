import { describe, expect, it } from 'vitest';
import { defaultDiazepam10MgEquivalentDoseMg, defaultMedicationClasses, medicationNameMatches } from './medication-classes.js';

const classesOf = (name: string) =>
  Object.entries(defaultMedicationClasses)
    .filter(([, medicationClass]) => medicationClass.generics.some((generic) => medicationNameMatches(name, generic)))
    .map(([id]) => id);

describe('medication name matching', () => {
  it.each([
    ['lorazepam', 'lorazepam', true],
    ['LORAZEPAM', 'lorazepam', true],
    ['Lorazepam 1 mg tablet', 'lorazepam', true],
    ['amphetamine/dextroamphetamine', 'amphetamine', true],
    ['Dextromethorphan-bupropion', 'dextromethorphan', true],
    ["St. John's Wort 300 mg", "st john's wort", true],
    ['methylnaltrexone', 'naltrexone', false],
    ['lormetazepam', 'lorazepam', false],
    ['oxazepam', 'diazepam', false],
    ['', 'lorazepam', false],
  ])('%j is %s: %s', (name, generic, expected) => {
    expect(medicationNameMatches(name, generic)).toBe(expected);
  });
});

describe('the bundled medication classes (SPEC.md §2.7)', () => {
  it.each([
    ['Clonazepam 0.5 mg', ['benzodiazepine']],
    ['tranylcypromine', ['maoi']],
    ['Lisdexamfetamine 30 mg', ['psychostimulant']],
    ['Buprenorphine/naloxone 8/2 mg film', ['opioid']],
    ['pregabalin', ['other-cns-depressant']],
    ['phenobarbital', ['other-cns-depressant', 'cyp-inducer']],
    ['lamotrigine', ['lamotrigine']],
    ['naltrexone ER injection', ['naltrexone']],
    ['memantine', ['nmda-antagonist']],
    ['ketoconazole', ['cyp-inhibitor']],
    ['rifampicin', ['cyp-inducer']],
    ['escitalopram', []],
  ])('%s → %j', (name, expected) => {
    expect(classesOf(name)).toEqual(expected);
  });

  it('gives an Ashton equivalent for every benzodiazepine except midazolam, and only for benzodiazepines', () => {
    const benzodiazepines = defaultMedicationClasses.benzodiazepine!.generics;
    expect(benzodiazepines.filter((generic) => !(generic in defaultDiazepam10MgEquivalentDoseMg))).toEqual(['midazolam']);
    expect(Object.keys(defaultDiazepam10MgEquivalentDoseMg).filter((generic) => !benzodiazepines.includes(generic))).toEqual([]);
    // Ashton Manual Table 1, doses equivalent to diazepam 10 mg.
    expect(defaultDiazepam10MgEquivalentDoseMg).toMatchObject({ alprazolam: 0.5, clonazepam: 0.5, lorazepam: 1, diazepam: 10, oxazepam: 20, temazepam: 20, chlordiazepoxide: 25 });
  });
});
