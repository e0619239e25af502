import { describe, expect, it } from 'vitest';
import { instruments } from './registry.js';
import { scoreInstrument } from './score-instrument.js';

// The ids of SPEC.md §7, in its order.
const specIds = ['phq9', 'gad7', 'pcl5', 'cssrs-screener', 'qids-sr16', 'madrs', 'ybocs', 'oci-r', 'audit', 'audit-c', 'dast10', 'pacs', 'craving-vas', 'cows', 'cadss', 'ymrs', 'mdq', 'itq', 'asq', 'daily-mood'];

describe('the instrument registry', () => {
  it('holds every instrument of SPEC.md §7, once each', () => {
    expect(instruments.map((instrument) => instrument.id)).toEqual(specIds);
  });

  it.each(instruments.map((instrument) => [instrument.id, instrument] as const))('%s: keys are unique, values ascending, text only where the licence allows', (_id, instrument) => {
    const keys = instrument.items.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const item of instrument.items) expect([...item.allowedValues].sort((a, b) => a - b)).toEqual(item.allowedValues);
    if (instrument.licence.status === 'licence-required') expect(instrument.licence.itemTextShipped).toBe(false);
  });

  it.each(instruments.map((instrument) => [instrument.id, instrument] as const))('%s: an all-minimum answer set scores, and its result names the instrument and version', (_id, instrument) => {
    const answers = Object.fromEntries(
      instrument.items.filter((item) => !item.askedWhen && !item.optional).map((item) => [item.key, item.allowedValues[0]!]),
    );
    const outcome = scoreInstrument(instrument, answers, { sex: 'female' });
    // Cross-item rules (QIDS pairs) may need one of two optional items: fill the first of each then.
    const result =
      outcome.kind === 'scored'
        ? outcome.result
        : (() => {
            const retry = scoreInstrument(instrument, { ...answers, ...Object.fromEntries(outcome.errors.map((error) => [error.item, 0])) }, { sex: 'female' });
            expect(retry.kind, JSON.stringify(outcome.errors)).toBe('scored');
            return retry.kind === 'scored' ? retry.result : null;
          })();
    expect(result).toMatchObject({ instrument: instrument.id, version: instrument.version });
  });
});
