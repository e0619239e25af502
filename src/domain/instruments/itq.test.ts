import { describe, expect, it } from 'vitest';
import { itq } from './itq.js';
import { scoreInstrument } from './score-instrument.js';

const keys = [...Array.from({ length: 9 }, (_, index) => `P${index + 1}`), ...Array.from({ length: 9 }, (_, index) => `C${index + 1}`)];
const none = Object.fromEntries(keys.map((key) => [key, 0]));
/** Every answer 0 except the given ones. */
const with_ = (overrides: Record<string, number>) => ({ ...none, ...overrides });
// The minimal criteria met with one item of each pair at the endorsement line (2).
const ptsdMet = { P1: 2, P3: 2, P5: 2, P7: 2 };
const dsoMet = { C1: 2, C3: 2, C5: 2, C7: 2 };
const result = (band: string, ptsd: number, dso: number) => ({
  kind: 'scored',
  result: { instrument: 'itq', version: '1', total: null, band, flags: [], subscales: { ptsd, dso }, findings: {} },
});

describe('ITQ (Cloitre et al. 2018; ICD-11 algorithm of SPEC.md §1.14)', () => {
  it('has items P1–P9 and C1–C9, each 0–4, self-rated, no item text shipped', () => {
    expect(itq.items.map((item) => item.key)).toEqual(keys);
    expect(itq.items.every((item) => item.scored && item.allowedValues.join() === '0,1,2,3,4')).toBe(true);
    expect(itq).toMatchObject({ rater: 'self', version: '1', licence: { status: 'ask-first', itemTextShipped: false } });
    expect(itq.loinc).toBeUndefined();
  });

  it.each([
    ['minimum: every item 0', none, 'none', 0, 0],
    ['every item 1 (below the endorsement line)', Object.fromEntries(keys.map((key) => [key, 1])), 'none', 6, 6],
    ['maximum: every item 4 (impairment items not in the sums)', Object.fromEntries(keys.map((key) => [key, 4])), 'cptsd', 24, 24],
    // PTSD: one of each pair ≥ 2 and any impairment item ≥ 2.
    ['PTSD with P1, P3, P5, P7 at 2', with_(ptsdMet), 'ptsd', 6, 0],
    ['PTSD with the other item of each pair and P8', with_({ P2: 2, P4: 2, P6: 2, P8: 2 }), 'ptsd', 6, 0],
    ['PTSD with impairment on P9 only', with_({ ...ptsdMet, P7: 0, P9: 2 }), 'ptsd', 6, 0],
    ['re-experiencing at 1 only: none', with_({ ...ptsdMet, P1: 1 }), 'none', 5, 0],
    ['no avoidance: none', with_({ ...ptsdMet, P3: 0 }), 'none', 4, 0],
    ['no sense of threat: none', with_({ ...ptsdMet, P5: 1 }), 'none', 5, 0],
    ['all six PTSD symptoms at 4 but no functional impairment: none', with_({ P1: 4, P2: 4, P3: 4, P4: 4, P5: 4, P6: 4, P7: 1, P8: 1, P9: 1 }), 'none', 24, 0],
    // CPTSD = PTSD AND DSO; DSO without PTSD is neither.
    ['PTSD and DSO: CPTSD (not both)', with_({ ...ptsdMet, ...dsoMet }), 'cptsd', 6, 6],
    ['PTSD and DSO by the other item of each DSO pair and C9', with_({ ...ptsdMet, C2: 2, C4: 2, C6: 2, C9: 2 }), 'cptsd', 6, 6],
    ['DSO without PTSD: none', with_(dsoMet), 'none', 0, 6],
    ['DSO without PTSD impairment: none', with_({ ...ptsdMet, P7: 0, ...dsoMet }), 'none', 6, 6],
    ['PTSD, DSO symptoms without DSO impairment: PTSD', with_({ ...ptsdMet, ...dsoMet, C7: 1, C8: 1 }), 'ptsd', 6, 6],
    ['PTSD, no affective dysregulation: PTSD', with_({ ...ptsdMet, ...dsoMet, C1: 1 }), 'ptsd', 6, 5],
    ['PTSD, no negative self-concept: PTSD', with_({ ...ptsdMet, ...dsoMet, C3: 0 }), 'ptsd', 6, 4],
    ['PTSD, no disturbed relationships: PTSD', with_({ ...ptsdMet, ...dsoMet, C5: 1 }), 'ptsd', 6, 5],
  ])('%s → %s (ptsd %i, dso %i)', (_name, answers, band, ptsd, dso) => {
    expect(scoreInstrument(itq, answers)).toEqual(result(band, ptsd, dso));
  });

  it.each([
    [with_({ P10: 0 }), 'P10', 'unknown-item', `itq: unknown item "P10"; items are ${keys.join(', ')}`],
    [with_({ p1: 0 }), 'p1', 'unknown-item', `itq: unknown item "p1"; items are ${keys.join(', ')}`],
    [{ ...none, C9: undefined }, 'C9', 'missing', 'itq: item "C9" is required (0–4)'],
    [with_({ P1: 5 }), 'P1', 'not-allowed', 'itq: item "P1" must be one of 0–4, not 5'],
    [with_({ C4: -1 }), 'C4', 'not-allowed', 'itq: item "C4" must be one of 0–4, not -1'],
  ])('refuses %j naming item %s', (answers, item, problem, detail) => {
    expect(scoreInstrument(itq, answers)).toEqual({ kind: 'invalid', errors: [{ item, problem, detail }] });
  });
});
