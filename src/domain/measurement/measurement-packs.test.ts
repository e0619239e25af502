import { describe, expect, it } from 'vitest';
import { instruments } from '../instruments/registry.js';
import { type DueContext, defaultMeasurementPacks, dueMeasures, measurementPackSchema } from './measurement-packs.js';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 9));
const base: DueContext = { indications: ['treatment-resistant-depression'], phase: 'intake', phaseStartedAt: day(0), lastCompletedAt: {}, now: day(0) };
const ids = (context: DueContext) => dueMeasures(defaultMeasurementPacks, context).map((measure) => measure.instrumentId).sort();

describe('the default measurement packs', () => {
  it('are valid and name only known instruments', () => {
    const known = new Set(instruments.map((instrument) => instrument.id));
    for (const pack of defaultMeasurementPacks) {
      expect(measurementPackSchema.safeParse(pack).success).toBe(true);
      for (const entry of pack.entries) for (const id of entry.instrumentIds) expect(known).toContain(id);
    }
  });
});

describe('dueMeasures', () => {
  it('asks for the whole baseline at intake, C-SSRS included for every patient', () => {
    expect(ids(base)).toEqual(['cssrs-screener', 'madrs', 'phq9', 'qids-sr16']);
  });

  it('does not ask again in the same phase once done', () => {
    const done = { phq9: day(0), 'qids-sr16': day(0), madrs: day(0), 'cssrs-screener': day(0) };
    expect(ids({ ...base, lastCompletedAt: done, now: day(2) })).toEqual([]);
  });

  it('follows the course: before each session in induction, weekly QIDS, daily mood', () => {
    const done = { phq9: day(0), 'qids-sr16': day(0), madrs: day(0), 'cssrs-screener': day(0), 'daily-mood': day(9) };
    const induction = { ...base, phase: 'induction' as const, phaseStartedAt: day(3), lastCompletedAt: done };
    expect(ids({ ...induction, now: day(9) })).toEqual(['qids-sr16']);
    expect(ids({ ...induction, now: day(9), session: 'before' })).toEqual(['cssrs-screener', 'phq9', 'qids-sr16']);
    expect(ids({ ...induction, now: day(10) })).toEqual(['daily-mood', 'qids-sr16']);
  });

  it('adds the packs of every indication, and gives each instrument once', () => {
    const context = { ...base, indications: ['bipolar-depression', 'treatment-resistant-depression'] as DueContext['indications'] };
    expect(ids(context)).toEqual(['cssrs-screener', 'madrs', 'mdq', 'phq9', 'qids-sr16', 'ymrs']);
    expect(ids({ ...context, phase: 'induction', phaseStartedAt: day(1), now: day(1), lastCompletedAt: { ymrs: day(0) }, session: 'after' })).toContain('ymrs');
  });

  it('keeps to the alternative a clinician chose (Y-BOCS or OCI-R)', () => {
    const ocd = { ...base, indications: ['ocd'] as DueContext['indications'] };
    expect(dueMeasures(defaultMeasurementPacks, ocd).find((measure) => measure.instrumentId === 'ybocs')).toEqual({ instrumentId: 'ybocs', alternatives: ['oci-r'], reason: 'once in the intake phase' });
    const chosenOciR = { ...ocd, phase: 'induction' as const, phaseStartedAt: day(1), now: day(9), lastCompletedAt: { 'oci-r': day(1) } };
    expect(ids(chosenOciR)).toContain('oci-r');
    expect(ids(chosenOciR)).not.toContain('ybocs');
  });
});
