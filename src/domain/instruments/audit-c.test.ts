import { describe, expect, it } from 'vitest';
import { auditC } from './audit-c.js';
import type { ScoringContext } from './instrument.js';
import { scoreInstrument } from './score-instrument.js';

const totalOf = (total: number) => ({ '1': Math.min(4, total), '2': Math.max(0, Math.min(4, total - 4)), '3': Math.max(0, total - 8) });
const scored = (total: number, band: string | null) => ({ kind: 'scored', result: { instrument: 'audit-c', version: '1', total, band, flags: [], subscales: {}, findings: {} } });

describe('AUDIT-C (Bush et al. 1998)', () => {
  it.each<[number, ScoringContext, string | null]>([
    [0, { sex: 'male' }, 'negative'],
    [3, { sex: 'male' }, 'negative'],
    [4, { sex: 'male' }, 'positive'],
    [12, { sex: 'male' }, 'positive'],
    [0, { sex: 'female' }, 'negative'],
    [2, { sex: 'female' }, 'negative'],
    [3, { sex: 'female' }, 'positive'],
    [12, { sex: 'female' }, 'positive'],
    [0, {}, null],
    [3, {}, null],
    [4, {}, null],
    [12, {}, null],
  ])('total %i with context %j → band %s', (total, context, band) => {
    expect(scoreInstrument(auditC, totalOf(total), context)).toEqual(scored(total, band));
  });

  it('has no band when no context is given at all', () => {
    expect(scoreInstrument(auditC, totalOf(5))).toEqual(scored(5, null));
  });

  it('codes the total as AUDIT-C (75626-2), not the full AUDIT (75624-7), and ships the LOINC text', () => {
    expect(auditC.loinc).toEqual({ panel: '72109-2', total: '75626-2' });
    expect(auditC.licence).toMatchObject({ status: 'public-domain', itemTextShipped: true });
    for (const item of auditC.items) expect(Object.keys(item.valueLabels ?? {}).map(Number)).toEqual(item.allowedValues);
  });

  it.each([
    [{ ...totalOf(1), '4': 1 }, '4', 'unknown-item', 'audit-c: unknown item "4"; items are 1, 2, 3'],
    [{ ...totalOf(1), '3': undefined }, '3', 'missing', 'audit-c: item "3" is required (0–4)'],
    [{ ...totalOf(1), '2': 5 }, '2', 'not-allowed', 'audit-c: item "2" must be one of 0–4, not 5'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(auditC, answers, { sex: 'female' })).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
