import type { CitationId } from './ketamine-information.js';
import type { TreatmentId } from './public-page-settings.js';

export interface TreatmentDescription {
  id: TreatmentId;
  name: string;
  /** One plain sentence: how it is given and its regulatory standing (SPEC.md §2.1–2.3). */
  description: string;
  citations: readonly CitationId[];
}

/** The treatments a clinic can list, in the order they are shown. */
export const treatmentsCatalogue: readonly TreatmentDescription[] = [
  {
    id: 'iv-racemic',
    name: 'Intravenous (IV) ketamine infusion',
    description: 'A drip into a vein, usually over 40 minutes; an off-label use of ketamine for depression.',
    citations: ['oliver2022'],
  },
  {
    id: 'im-racemic',
    name: 'Intramuscular (IM) ketamine injection',
    description: 'An injection into a muscle; an off-label use of ketamine for depression, held to the same safety standards as an infusion.',
    citations: ['askp2024'],
  },
  {
    id: 'oral-racemic',
    name: 'Oral ketamine',
    description: 'Ketamine taken by mouth; for depression this is off-label and still regarded as experimental.',
    citations: ['andrade2019'],
  },
  {
    id: 'intranasal-esketamine',
    name: 'Esketamine nasal spray (SPRAVATO)',
    description: 'An FDA-approved nasal spray for treatment-resistant depression, given only at certified clinics, with at least two hours of observation.',
    citations: ['spravatoLabel'],
  },
];

export function describeTreatments(ids: readonly TreatmentId[]): TreatmentDescription[] {
  return treatmentsCatalogue.filter((treatment) => ids.includes(treatment.id));
}
