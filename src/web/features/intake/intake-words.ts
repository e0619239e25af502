import type { IntakeSectionName } from '../../../domain/intake/intake-sections';

export const sectionLabels: Record<IntakeSectionName, string> = {
  referral: 'Referral',
  indications: 'Indications',
  'psychiatric-history': 'Psychiatric history',
  'substance-use': 'Substance use',
  'medical-review': 'Medical review',
  vitals: 'Vital signs',
  pregnancy: 'Pregnancy',
  'drug-screen': 'Urine drug screen',
};
