import type { Indication, MeasurementPack } from '../measurement/measurement-packs.js';

export interface BaselineMeasure {
  instrumentIds: string[];
  /** The alternative completed, if any. */
  completedInstrumentId: string | null;
  completedAt: string | null;
}

// A baseline older than this no longer describes the patient starting treatment. 30 days is this project's
// proposal (no guideline fixes it); PHQ-9's own recall is two weeks.
export const baselineValidityDays = 30;

/** The intake measures of the patient's packs (every pack entry whose cadence includes the intake phase), and which are done. */
export function baselineMeasures(packs: readonly MeasurementPack[], indications: readonly Indication[], lastCompletedAt: Readonly<Record<string, Date>>, now: Date): BaselineMeasure[] {
  const since = now.getTime() - baselineValidityDays * 86_400_000;
  const seen = new Set<string>();
  const measures: BaselineMeasure[] = [];
  for (const pack of packs) {
    if (pack.indication !== 'every-patient' && !indications.includes(pack.indication as Indication)) continue;
    for (const entry of pack.entries) {
      if (!entry.cadence.some((cadence) => cadence.kind === 'once-per-phase' && cadence.phases.includes('intake'))) continue;
      const key = entry.instrumentIds.join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const completed = entry.instrumentIds.find((id) => (lastCompletedAt[id]?.getTime() ?? 0) >= since) ?? null;
      measures.push({ instrumentIds: [...entry.instrumentIds], completedInstrumentId: completed, completedAt: completed ? lastCompletedAt[completed]!.toISOString() : null });
    }
  }
  return measures;
}
