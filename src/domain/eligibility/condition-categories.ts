import type { ConditionStatus, EligibilityIndication } from './eligibility-input.js';

/**
 * A condition category: the ICD-10-CM code prefixes that put a recorded condition in it, and which statuses count.
 * `treatedByIndication` names the indication that treats this very disorder (alcohol use disorder ↔ `aud`), so a rule
 * can soften its severity when the patient comes for exactly that (SPEC.md §8, SUBSTANCE_USE_ACTIVE).
 */
export interface ConditionCategory {
  label: string;
  icd10Prefixes: string[];
  statuses: ConditionStatus[];
  treatedByIndication?: EligibilityIndication;
}

const anyStatus: ConditionStatus[] = ['active', 'resolved'];

/**
 * The bundled prefix table, mapped to the categories of SPEC.md §2.5 and §8. Codes and titles: ICD-10-CM (CDC/NCHS,
 * FY2025 tabular list). A prefix matches every code below it (I21 matches I21.4), with or without the dot.
 * Resolved conditions count unless the SPEC says "active": a past aneurysm, haemorrhage or psychosis is exactly the
 * history the rules ask about, and a clinician can clear a relative reason where a plain table cannot.
 */
export const defaultConditionCategories: Record<string, ConditionCategory> = {
  // Spravato label contraindication: aneurysmal vascular disease (thoracic and abdominal aorta, intracranial and
  // peripheral arteries) or arteriovenous malformation. I71 aortic aneurysm and dissection; I72 other aneurysm; I67.1
  // cerebral aneurysm, nonruptured; Q28.0–Q28.3 AVMs of precerebral and cerebral vessels; Q27.3 peripheral AVM;
  // I77.0 acquired arteriovenous fistula.
  'vascular-aneurysm-or-avm': {
    label: 'aneurysmal vascular disease or arteriovenous malformation',
    icd10Prefixes: ['I71', 'I72', 'I67.1', 'Q28.0', 'Q28.1', 'Q28.2', 'Q28.3', 'Q27.3', 'I77.0'],
    statuses: anyStatus,
  },
  // Spravato label contraindication: history of intracerebral haemorrhage. I61 intracerebral, I62 other nontraumatic
  // intracranial haemorrhage (SPEC.md §8); I69.1/I69.2 their sequelae, which is how a past haemorrhage is often coded.
  'intracerebral-hemorrhage': { label: 'intracerebral haemorrhage', icd10Prefixes: ['I61', 'I62', 'I69.1', 'I69.2'], statuses: anyStatus },
  // F20–F29 schizophrenia spectrum and other psychotic disorders (F26, F27 are unused in ICD-10-CM).
  'psychotic-disorder': { label: 'psychotic disorder', icd10Prefixes: ['F20', 'F21', 'F22', 'F23', 'F24', 'F25', 'F28', 'F29'], statuses: anyStatus },
  // Beyond SPEC.md §8's F20–F29: major depression with psychotic features is a psychosis history too, and Sanacora 2017
  // selects depressive episodes "without psychotic features".
  'depression-with-psychotic-features': { label: 'depression with psychotic features', icd10Prefixes: ['F32.3', 'F33.3'], statuses: anyStatus },
  'bipolar-disorder': { label: 'bipolar disorder', icd10Prefixes: ['F31'], statuses: anyStatus },
  // Cardiovascular disease of SPEC.md §2.5: I21–I22 acute (within 4 weeks) and subsequent MI; I20.0 unstable angina.
  'recent-myocardial-infarction': { label: 'recent myocardial infarction', icd10Prefixes: ['I21', 'I22'], statuses: anyStatus },
  'unstable-angina': { label: 'unstable angina', icd10Prefixes: ['I20.0'], statuses: anyStatus },
  'heart-failure': { label: 'heart failure', icd10Prefixes: ['I50'], statuses: anyStatus },
  // "Significant" arrhythmia: second-degree and complete AV block, long QT, paroxysmal tachycardias, atrial fibrillation
  // and flutter, ventricular fibrillation and flutter, sick sinus syndrome. Ectopic beats (I49.1–I49.4) are left out.
  'significant-arrhythmia': { label: 'significant arrhythmia', icd10Prefixes: ['I44.1', 'I44.2', 'I45.81', 'I47', 'I48', 'I49.0', 'I49.5'], statuses: anyStatus },
  // Stroke or TIA: I60 subarachnoid haemorrhage, I63 cerebral infarction, G45 TIA, I69.3 sequelae of infarction,
  // Z86.73 personal history of TIA or infarction without residual deficit.
  'stroke-or-tia': { label: 'stroke or transient ischaemic attack', icd10Prefixes: ['I60', 'I63', 'G45', 'I69.3', 'Z86.73'], statuses: anyStatus },
  // G93.2 benign intracranial hypertension, G93.6 cerebral oedema (SPEC.md §8).
  'raised-intracranial-pressure': { label: 'raised intracranial pressure', icd10Prefixes: ['G93.2', 'G93.6'], statuses: anyStatus },
  // H40 glaucoma (includes ocular hypertension, H40.0), H42 glaucoma in diseases classified elsewhere.
  glaucoma: { label: 'glaucoma or raised intraocular pressure', icd10Prefixes: ['H40', 'H42'], statuses: anyStatus },
  // "Severe" is not codable as such: K72 hepatic failure, K70.4 alcoholic hepatic failure, K71.1 toxic liver disease
  // with hepatic necrosis. Cirrhosis alone (K74) is not severe impairment by itself, so it is left to the clinic.
  'severe-hepatic-impairment': { label: 'severe hepatic impairment', icd10Prefixes: ['K72', 'K70.4', 'K71.1'], statuses: anyStatus },
  'obstructive-sleep-apnea': { label: 'obstructive sleep apnoea', icd10Prefixes: ['G47.33'], statuses: anyStatus },
  // F10–F19 mental and behavioural disorders due to psychoactive substance use; active only (SPEC.md §8). The status
  // field decides: a code that itself says "in remission" (F10.21) but is marked active counts as active.
  // F17 (nicotine) is left out by default, a deliberate change from SPEC.md §8's literal F10–F19: the cautions behind
  // this rule (Sanacora 2017; Spravato label) concern misuse-prone substances, not tobacco, which 42 CFR 2.11 also
  // excludes from substance use disorder records. A clinic can add it back.
  'alcohol-use-disorder': { label: 'alcohol use disorder', icd10Prefixes: ['F10'], statuses: ['active'], treatedByIndication: 'aud' },
  'opioid-use-disorder': { label: 'opioid use disorder', icd10Prefixes: ['F11'], statuses: ['active'], treatedByIndication: 'oud' },
  'cocaine-use-disorder': { label: 'cocaine use disorder', icd10Prefixes: ['F14'], statuses: ['active'], treatedByIndication: 'cud' },
  'other-substance-use-disorder': {
    label: 'other substance use disorder',
    icd10Prefixes: ['F12', 'F13', 'F15', 'F16', 'F18', 'F19'],
    statuses: ['active'],
  },
};

/** Upper case without dots or spaces, so "F20.9", "f209" and "F20.9 " compare equal. */
export function normaliseIcd10(code: string): string {
  return code.replace(/[.\s]/g, '').toUpperCase();
}

/** Whether `code` falls under `prefix` (dot- and case-insensitive): I21.4 is under I21; I20.9 is not under I20.0. */
export function icd10HasPrefix(code: string, prefix: string): boolean {
  return normaliseIcd10(code).startsWith(normaliseIcd10(prefix));
}
