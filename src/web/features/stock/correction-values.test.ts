import { describe, expect, it } from 'vitest';
import { correctionBody, correctionOf, reversingDirection } from './correction-values';
import { container } from './stock-fixtures';
import type { LedgerRecord } from './stock-types';

const vial = container({ state: 'in-use', balanceMg: 50, balanceMl: 5 });
const entry = (kind: string, quantityMl = 7.4): LedgerRecord => ({ entryId: 'f1000000-0000-4000-8000-000000000001', seq: 4, kind, containerId: vial.id, quantityMg: quantityMl * 10, quantityMl, occurredAt: '2026-03-05T16:20:00.000Z', hash: 'ab' });

describe('reversingDirection', () => {
  it.each([
    ['administration', 'increase'],
    ['waste', 'increase'],
    ['transfer-out', 'increase'],
    ['return-to-reverse-distributor', 'increase'],
    ['destruction', 'increase'],
    ['theft-loss', 'increase'],
    ['receipt', 'decrease'],
    ['transfer-in', 'decrease'],
    ['count-adjustment', null],
    ['correction', null],
    ['something-new', null],
  ])('corrects %s with %s', (kind, direction) => {
    expect(reversingDirection(kind)).toBe(direction);
  });
});

describe('correctionBody', () => {
  it('starts as the whole entry undone, and sends a correction pointing at it', () => {
    const values = { ...correctionOf(entry('waste', 2.5)), reason: '  Wasted twice by mistake  ' };
    expect(values).toMatchObject({ quantityMg: '25', quantityMl: '2.5', direction: 'increase' });
    expect(correctionBody(values, entry('waste', 2.5), vial)).toEqual({
      kind: 'valid',
      body: { entry: { kind: 'correction', containerId: vial.id, quantityMg: 25, quantityMl: 2.5, correctsEntryId: entry('waste').entryId, reason: 'Wasted twice by mistake', direction: 'increase' } },
    });
  });

  it('asks for a direction, a reason, and mg that match the mL', () => {
    const values = { quantityMg: '30', quantityMl: '2', direction: null, reason: ' ' };
    expect(correctionBody(values, entry('count-adjustment'), vial)).toEqual({
      kind: 'invalid',
      errors: { 'entry.direction': 'Choose which way the correction moves the balance', 'entry.quantityMg': 'Does not match 2 mL at 10 mg/mL', 'entry.reason': 'Say what was wrong with the entry' },
    });
  });

  it('takes out no more than the container holds, and undoes no more than the entry moved', () => {
    const reason = 'Entered against the wrong container';
    expect(correctionBody({ quantityMg: '60', quantityMl: '6', direction: 'decrease', reason }, entry('receipt', 20), vial)).toEqual({ kind: 'invalid', errors: { 'entry.quantityMl': 'More than the container holds (5 mL)' } });
    expect(correctionBody({ quantityMg: '80', quantityMl: '8', direction: 'increase', reason }, entry('administration', 7.4), vial)).toEqual({ kind: 'invalid', errors: { 'entry.quantityMl': 'More than this entry moved (7.4 mL)' } });
    expect(correctionBody({ quantityMg: '74', quantityMl: '7.4', direction: 'increase', reason }, entry('administration', 7.4), vial).kind).toBe('valid');
  });
});
