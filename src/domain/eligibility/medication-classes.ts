/** A medication class: the generic names that belong to it. A medication may sit in more than one class. */
export interface MedicationClass {
  label: string;
  generics: string[];
}

/**
 * The bundled class table for the interactions of SPEC.md §2.7. Generic names only: brand names are not recognised
 * unless a clinic adds them. Example members, not exhaustive; each class cites the row of §2.7 it serves.
 */
export const defaultMedicationClasses: Record<string, MedicationClass> = {
  // Andrade 2017; Andrashko 2020 (may blunt the antidepressant response; adds sedation).
  benzodiazepine: {
    label: 'benzodiazepine',
    generics: [
      'alprazolam', 'bromazepam', 'chlordiazepoxide', 'clobazam', 'clonazepam', 'clorazepate', 'diazepam', 'estazolam', 'flunitrazepam',
      'flurazepam', 'lorazepam', 'lormetazepam', 'midazolam', 'nitrazepam', 'oxazepam', 'quazepam', 'temazepam', 'triazolam',
    ],
  },
  // Spravato label: MAOIs raise blood pressure. Linezolid and methylene blue are MAO inhibitors too.
  maoi: {
    label: 'MAO inhibitor',
    generics: ['phenelzine', 'tranylcypromine', 'isocarboxazid', 'selegiline', 'rasagiline', 'safinamide', 'moclobemide', 'linezolid', 'methylene blue'],
  },
  // Spravato label: psychostimulants raise blood pressure. Amphetamine salts match through "amphetamine".
  psychostimulant: {
    label: 'psychostimulant',
    generics: [
      'amphetamine', 'dextroamphetamine', 'dexamfetamine', 'lisdexamfetamine', 'methamphetamine', 'methylphenidate', 'dexmethylphenidate',
      'modafinil', 'armodafinil', 'phentermine', 'solriamfetol',
    ],
  },
  // Spravato label: CNS depressants add sedation; opioids also respiratory depression.
  opioid: {
    label: 'opioid',
    generics: [
      'morphine', 'oxycodone', 'hydrocodone', 'hydromorphone', 'oxymorphone', 'fentanyl', 'methadone', 'buprenorphine', 'codeine',
      'dihydrocodeine', 'tramadol', 'tapentadol', 'meperidine', 'pethidine', 'levorphanol',
    ],
  },
  // Other sedatives: Z-drugs, barbiturates, gabapentinoids (SPEC.md §2.7 groups these with the NMDA antagonists, but
  // they are sedatives with an FDA 2019 respiratory-depression warning, so they get the CNS-depressant warning),
  // sodium oxybate, carisoprodol, baclofen and sedating antihistamines.
  'other-cns-depressant': {
    label: 'CNS depressant',
    generics: [
      'zolpidem', 'zaleplon', 'zopiclone', 'eszopiclone', 'phenobarbital', 'butalbital', 'secobarbital', 'pentobarbital', 'gabapentin',
      'pregabalin', 'sodium oxybate', 'carisoprodol', 'baclofen', 'promethazine', 'hydroxyzine',
    ],
  },
  // Andrade 2017: lamotrigine reduces ketamine's glutamatergic adverse effects.
  lamotrigine: { label: 'lamotrigine', generics: ['lamotrigine'] },
  // Williams 2018 (attenuated response) against Yoon 2019 (no attenuation in AUD). Naltrexone–bupropion matches too.
  naltrexone: { label: 'naltrexone', generics: ['naltrexone'] },
  // SPEC.md §2.7: other NMDA antagonists, additive effects.
  'nmda-antagonist': { label: 'NMDA antagonist', generics: ['memantine', 'dextromethorphan', 'amantadine'] },
  // Andrade 2017: ketamine is metabolised by CYP3A4 and CYP2B6. Strong CYP3A4 inhibitors, and ticlopidine and
  // clopidogrel for CYP2B6, raise exposure; inducers lower it.
  'cyp-inhibitor': {
    label: 'CYP3A4/2B6 inhibitor',
    generics: ['clarithromycin', 'erythromycin', 'ketoconazole', 'itraconazole', 'voriconazole', 'posaconazole', 'ritonavir', 'cobicistat', 'ticlopidine', 'clopidogrel'],
  },
  'cyp-inducer': {
    label: 'CYP3A4/2B6 inducer',
    generics: ['rifampin', 'rifampicin', 'rifabutin', 'carbamazepine', 'phenytoin', 'phenobarbital', 'efavirenz', "st john's wort", 'hypericum'],
  },
};

/**
 * The oral dose (mg) approximately equivalent to diazepam 10 mg: Ashton CH, "Benzodiazepines: How They Work and How
 * to Withdraw" (the Ashton Manual, 2002), Table 1, also reproduced in the VA/DoD SUD guideline pocket card. Where
 * Ashton gives a range (estazolam 1–2) the lower dose is used, which gives the higher diazepam-equivalent and so calls
 * out a high dose sooner. Midazolam has no oral entry and so no equivalent: its dose is reported as not converted.
 */
export const defaultDiazepam10MgEquivalentDoseMg: Record<string, number> = {
  alprazolam: 0.5,
  bromazepam: 5,
  chlordiazepoxide: 25,
  clobazam: 20,
  clonazepam: 0.5,
  clorazepate: 15,
  diazepam: 10,
  estazolam: 1,
  flunitrazepam: 1,
  flurazepam: 15,
  lorazepam: 1,
  lormetazepam: 1,
  nitrazepam: 10,
  oxazepam: 20,
  quazepam: 20,
  temazepam: 20,
  triazolam: 0.5,
};

/** Lower case, letters and digits only, single spaces: "St John's Wort 300 mg" → "st john s wort 300 mg". */
function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Whether a recorded medication is `generic`: case-insensitive, as whole words anywhere in the name, so
 * "Lorazepam 1 mg tablet" and "amphetamine/dextroamphetamine" match, but "methylnaltrexone" is not naltrexone.
 */
export function medicationNameMatches(name: string, generic: string): boolean {
  const wanted = normaliseName(generic);
  return wanted !== '' && ` ${normaliseName(name)} `.includes(` ${wanted} `);
}
