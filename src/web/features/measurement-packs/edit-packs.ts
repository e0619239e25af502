import type { Cadence, MeasurementPack, TreatmentPhase } from '../../../domain/measurement/measurement-packs';
import type { PackIndication } from './measurement-pack-words';

export type PackEntry = MeasurementPack['entries'][number];

/** How many instruments one entry may offer as alternatives (the API's limit). */
export const maxAlternatives = 3;

const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] => items.map((current, at) => (at === index ? item : current));
const removeAt = <T>(items: readonly T[], index: number): T[] => items.filter((_, at) => at !== index);

/** A new entry: no instrument chosen yet, given once at intake. */
export const newEntry = (): PackEntry => ({ instrumentIds: [''], cadence: [{ kind: 'once-per-phase', phases: ['intake'] }] });

export const addPack = (packs: readonly MeasurementPack[], indication: PackIndication): MeasurementPack[] => [...packs, { indication, entries: [newEntry()] }];
export const removePack = (packs: readonly MeasurementPack[], packIndex: number): MeasurementPack[] => removeAt(packs, packIndex);

export const addEntry = (packs: readonly MeasurementPack[], packIndex: number): MeasurementPack[] =>
  replaceAt(packs, packIndex, { ...packs[packIndex]!, entries: [...packs[packIndex]!.entries, newEntry()] });
export const removeEntry = (packs: readonly MeasurementPack[], packIndex: number, entryIndex: number): MeasurementPack[] =>
  replaceAt(packs, packIndex, { ...packs[packIndex]!, entries: removeAt(packs[packIndex]!.entries, entryIndex) });
export const replaceEntry = (packs: readonly MeasurementPack[], packIndex: number, entryIndex: number, entry: PackEntry): MeasurementPack[] =>
  replaceAt(packs, packIndex, { ...packs[packIndex]!, entries: replaceAt(packs[packIndex]!.entries, entryIndex, entry) });

export const setInstrument = (entry: PackEntry, index: number, instrumentId: string): PackEntry => ({ ...entry, instrumentIds: replaceAt(entry.instrumentIds, index, instrumentId) });
export const addAlternative = (entry: PackEntry): PackEntry => ({ ...entry, instrumentIds: [...entry.instrumentIds, ''] });
export const removeAlternative = (entry: PackEntry, index: number): PackEntry => ({ ...entry, instrumentIds: removeAt(entry.instrumentIds, index) });

export const setCadence = (entry: PackEntry, index: number, cadence: Cadence): PackEntry => ({ ...entry, cadence: replaceAt(entry.cadence, index, cadence) });
export const addCadence = (entry: PackEntry): PackEntry => ({ ...entry, cadence: [...entry.cadence, { kind: 'before-each-session' }] });
export const removeCadence = (entry: PackEntry, index: number): PackEntry => ({ ...entry, cadence: removeAt(entry.cadence, index) });

/** A cadence of another kind, keeping the phases and days already chosen where the new kind has them. */
export function cadenceOfKind(kind: Cadence['kind'], previous: Cadence): Cadence {
  const phases: TreatmentPhase[] = 'phases' in previous ? previous.phases : ['intake'];
  switch (kind) {
    case 'once-per-phase':
      return { kind, phases };
    case 'every-days':
      return { kind, days: 'days' in previous ? previous.days : 7, phases };
    default:
      return { kind };
  }
}

/**
 * What can be said before sending, keyed by field path ("packs.0.entries.1.instrumentIds.0"), the same paths the
 * API's errors name; the API checks everything again.
 */
export function checkPacks(packs: readonly MeasurementPack[]): Record<string, string> {
  const errors: Record<string, string> = {};
  packs.forEach((pack, packIndex) =>
    pack.entries.forEach((entry, entryIndex) => {
      const at = `packs.${packIndex}.entries.${entryIndex}`;
      entry.instrumentIds.forEach((id, index) => {
        if (id === '') errors[`${at}.instrumentIds.${index}`] = 'Choose an instrument';
        else if (entry.instrumentIds.indexOf(id) !== index) errors[`${at}.instrumentIds.${index}`] = 'Already one of the choices';
      });
      entry.cadence.forEach((cadence, index) => {
        if ('phases' in cadence && cadence.phases.length === 0) errors[`${at}.cadence.${index}.phases`] = 'Choose at least one phase';
        if (cadence.kind === 'every-days' && !(Number.isInteger(cadence.days) && cadence.days >= 1 && cadence.days <= 365)) errors[`${at}.cadence.${index}.days`] = 'A whole number of days from 1 to 365';
      });
    }),
  );
  return errors;
}
