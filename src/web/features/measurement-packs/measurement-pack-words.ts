import type { Cadence, Indication, MeasurementPack, TreatmentPhase } from '../../../domain/measurement/measurement-packs';

export type PackIndication = MeasurementPack['indication'];

export const indicationLabels: Record<Indication | 'every-patient', string> = {
  'every-patient': 'Every patient',
  'treatment-resistant-depression': 'Treatment-resistant depression',
  'bipolar-depression': 'Bipolar depression',
  ptsd: 'PTSD',
  anxiety: 'Anxiety',
  ocd: 'OCD',
  'suicidal-ideation': 'Suicidal thoughts',
  'self-harm': 'Self-harm',
  'unresolved-trauma': 'Unresolved trauma',
  'alcohol-use-disorder': 'Alcohol use disorder',
  'cocaine-use-disorder': 'Cocaine use disorder',
  'opioid-use-disorder': 'Opioid use disorder',
};

export const phaseLabels: Record<TreatmentPhase, string> = { intake: 'Intake', induction: 'Induction', maintenance: 'Maintenance', 'follow-up': 'Follow-up' };

export const cadenceKindLabels: Record<Cadence['kind'], string> = {
  'once-per-phase': 'Once in each phase',
  'before-each-session': 'Before each session',
  'after-each-session': 'After each session',
  'every-days': 'Every so many days',
};
