import { type Answers, type InstrumentDefinition, bandFor, numberedKeys, sumItems, toTotalBands } from './instrument.js';

// Answer labels: Weathers et al. 2013 (SPEC.md §1.3).
const severity = { 0: 'Not at all', 1: 'A little bit', 2: 'Moderately', 3: 'Quite a bit', 4: 'Extremely' } as const;

// Item text: PCL-5 (Weathers et al. 2013, National Center for PTSD), a US Government work (SPEC.md §1.0), as transcribed
// by CamCOPS (ucam-department-of-psychiatry/camcops server/camcops_server/extra_strings/pcl5.xml). Two slips in that
// copy are corrected (a missing space before item 4, a missing "?" after item 10), checked against several independent
// transcriptions of the form; stem: "In the past month, how much were you bothered by:".
const itemText = [
  'Repeated, disturbing, and unwanted memories of the stressful experience?',
  'Repeated, disturbing dreams of the stressful experience?',
  'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  'Feeling very upset when something reminded you of the stressful experience?',
  'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  'Avoiding memories, thoughts, or feelings related to the stressful experience?',
  'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  'Trouble remembering important parts of the stressful experience?',
  'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  'Blaming yourself or someone else for the stressful experience or what happened after it?',
  'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
  'Loss of interest in activities that you used to enjoy?',
  'Feeling distant or cut off from other people?',
  'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  'Irritable behavior, angry outbursts, or acting aggressively?',
  'Taking too many risks or doing things that could cause you harm?',
  'Being “superalert” or watchful or on guard?',
  'Feeling jumpy or easily startled?',
  'Having difficulty concentrating?',
  'Trouble falling or staying asleep?',
];

// DSM-5 clusters: B intrusion 1–5, C avoidance 6–7, D negative cognition/mood 8–14, E arousal/reactivity 15–20
// (CamCOPS pcl5.py; awell-score; SPEC.md §1.3).
const clusters = {
  B: numberedKeys(5),
  C: ['6', '7'],
  D: ['8', '9', '10', '11', '12', '13', '14'],
  E: ['15', '16', '17', '18', '19', '20'],
} as const;

// Provisional diagnosis: an item ≥2 is an endorsed symptom; needs ≥1 B, ≥1 C, ≥2 D, ≥2 E (CamCOPS pcl5.py `ptsd()`).
const endorsedAt = 2;
const neededPerCluster = { B: 1, C: 1, D: 2, E: 2 } as const;

// Cut-off: 31–33 indicates probable PTSD and many systems use 33 (National Center for PTSD, "Using the PCL-5"; SPEC.md
// §1.3 [C2]); 33 is SPEC.md §7's band edge. A clinic that prefers 31 or 32 changes this one constant.
const probablePtsdFrom = 33;
const bands = [
  ['below-cutoff', 0, probablePtsdFrom - 1],
  ['probable-ptsd', probablePtsdFrom, 80],
] as const;

function endorsed(answers: Answers, keys: readonly string[]): number {
  return keys.filter((key) => (answers[key] ?? 0) >= endorsedAt).length;
}

export const pcl5: InstrumentDefinition = {
  id: 'pcl5',
  name: 'PCL-5 (PTSD Checklist for DSM-5)',
  version: '1',
  rater: 'self',
  recallPeriod: 'In the past month',
  licence: { status: 'public-domain', itemTextShipped: true, note: 'A US Government work from the National Center for PTSD (SPEC.md §1.0).' },
  loinc: { panel: '101697-1', total: '101698-9' },
  source: 'Weathers FW, Litz BT, Keane TM, et al. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013. Cluster rule as in CamCOPS pcl5.py.',
  items: numberedKeys(20).map((key, index) => ({ key, label: itemText[index]!, allowedValues: [0, 1, 2, 3, 4], valueLabels: severity, scored: true })),
  totalBands: toTotalBands(bands, { 'below-cutoff': 'Below the cut-off', 'probable-ptsd': 'Probable PTSD' }),
  score(answers) {
    const total = sumItems(answers, numberedKeys(20));
    const provisionalPtsd = (Object.keys(clusters) as (keyof typeof clusters)[]).every((cluster) => endorsed(answers, clusters[cluster]) >= neededPerCluster[cluster]);
    return {
      instrument: 'pcl5',
      version: '1',
      total,
      band: bandFor(total, bands),
      flags: [],
      subscales: { B: sumItems(answers, clusters.B), C: sumItems(answers, clusters.C), D: sumItems(answers, clusters.D), E: sumItems(answers, clusters.E) },
      findings: { provisionalPtsd },
    };
  },
};
