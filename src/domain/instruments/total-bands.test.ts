import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instruments } from './registry.js';
import { scoreInstrument } from './score-instrument.js';

// Lowest and highest possible totals, from each instrument's structure (SPEC.md §7): PHQ-9 nine items 0–3; GAD-7
// seven 0–3; PCL-5 twenty 0–4; QIDS-SR16 nine domains 0–3; MADRS ten 0–6; Y-BOCS ten 0–4; OCI-R eighteen 0–4;
// AUDIT ten 0–4; DAST-10 ten yes/no; COWS 0–48 (SPEC.md §1.11).
const totalRanges: Record<string, [number, number]> = {
  phq9: [0, 27],
  gad7: [0, 21],
  pcl5: [0, 80],
  'qids-sr16': [0, 27],
  madrs: [0, 60],
  ybocs: [0, 40],
  'oci-r': [0, 72],
  audit: [0, 40],
  dast10: [0, 10],
  cows: [0, 48],
};

const banded = instruments.filter((instrument) => instrument.id in totalRanges);

describe('total bands', () => {
  it('are given by exactly the instruments whose band follows from the total alone', () => {
    expect(instruments.filter((instrument) => instrument.totalBands).map((instrument) => instrument.id)).toEqual(banded.map((instrument) => instrument.id));
    expect(banded).toHaveLength(Object.keys(totalRanges).length);
  });

  it.each(banded.map((instrument) => [instrument.id, instrument] as const))('%s: contiguous, lowest first, from the lowest to the highest total', (id, instrument) => {
    const bands = instrument.totalBands!;
    const [lowest, highest] = totalRanges[id]!;
    expect(bands[0]!.min).toBe(lowest);
    expect(bands.at(-1)!.max).toBe(highest);
    bands.forEach((band, index) => {
      expect(band.min).toBeLessThanOrEqual(band.max);
      expect(band.label).not.toBe('');
      if (index > 0) expect(band.min).toBe(bands[index - 1]!.max + 1);
    });
  });

  it.each(banded.map((instrument) => [instrument.id, instrument] as const))('%s: the band scoring reports is the band that holds the total', (_id, instrument) => {
    const answers = fc.tuple(...instrument.items.map((item) => fc.constantFrom(...item.allowedValues)));
    fc.assert(
      fc.property(answers, (values) => {
        const outcome = scoreInstrument(instrument, Object.fromEntries(instrument.items.map((item, index) => [item.key, values[index]!])), {});
        if (outcome.kind !== 'scored') throw new Error(JSON.stringify(outcome.errors));
        const { total, band } = outcome.result;
        expect(band).toBe(instrument.totalBands!.find((candidate) => total! >= candidate.min && total! <= candidate.max)?.id);
      }),
      { numRuns: 200 },
    );
  });

  it('names bands in plain words', () => {
    const labels = (id: string) => instruments.find((instrument) => instrument.id === id)!.totalBands!.map((band) => `${band.label} ${band.min}–${band.max}`);
    expect(labels('phq9')).toEqual(['Minimal 0–4', 'Mild 5–9', 'Moderate 10–14', 'Moderately severe 15–19', 'Severe 20–27']);
    expect(labels('pcl5')).toEqual(['Below the cut-off 0–32', 'Probable PTSD 33–80']);
  });
});
