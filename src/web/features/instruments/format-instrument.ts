import type { InstrumentDefinition, LicenceStatus } from '../../../domain/instruments/instrument';

export const raterLabels: Record<InstrumentDefinition['rater'], string> = { self: 'Patient', clinician: 'Clinician' };

export const licenceLabels: Record<LicenceStatus, string> = {
  'public-domain': 'Public domain',
  'free-with-conditions': 'Free to use, with conditions',
  'ask-first': 'Permission to be confirmed',
  'licence-required': 'Licence required',
};

/** "PHQ-9 (Patient Health Questionnaire-9)" → "PHQ-9": the name clinicians use. */
export const shortInstrumentName = (instrument: Pick<InstrumentDefinition, 'name'>) => instrument.name.split(' (')[0]!.replace(/,.*$/, '');

const bandWords: Record<string, string> = {
  'below-cutoff': 'below the cut-off',
  'likely-ocd': 'likely OCD',
  'non-acute-positive': 'non-acute positive',
  cptsd: 'complex PTSD',
  ptsd: 'PTSD',
};

/** A band id in plain words: "moderately-severe" → "moderately severe". */
export const formatBand = (band: string) => bandWords[band] ?? band.replace(/-/g, ' ');

/** The highest total the counted items allow (PHQ-9: 27); for "12 out of 27". */
export const highestTotal = (instrument: InstrumentDefinition) => instrument.items.filter((item) => item.scored).reduce((sum, item) => sum + Math.max(...item.allowedValues), 0);
