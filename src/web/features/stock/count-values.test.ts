import { describe, expect, it } from 'vitest';
import { countBody, emptyCount } from './count-values';
import { container, northId } from './stock-fixtures';

const sealed = container();
const open = container({ state: 'in-use', balanceMg: 126, balanceMl: 12.6 });

describe('countBody', () => {
  it('lists every container once: sealed ones present or not, open ones measured with the method', () => {
    const values = { ...emptyCount(), lines: { [sealed.id]: { present: true, countedMl: '', method: 'exact' as const }, [open.id]: { present: false, countedMl: '12.5', method: 'estimated' as const } } };
    expect(countBody(values, [sealed, open], northId)).toEqual({
      kind: 'valid',
      body: {
        locationId: northId,
        kind: 'daily',
        lines: [
          { containerId: sealed.id, state: 'sealed', countedMl: null, sealedPresent: true },
          { containerId: open.id, state: 'in-use', countedMl: 12.5, sealedPresent: true, method: 'estimated' },
        ],
      },
    });
  });

  it('counts an unticked sealed container as missing rather than refusing the sheet', () => {
    const parsed = countBody(emptyCount(), [sealed], northId);
    expect(parsed.kind === 'valid' && parsed.body.lines).toEqual([{ containerId: sealed.id, state: 'sealed', countedMl: null, sealedPresent: false }]);
  });

  it('asks for every open container’s volume, by row, and for opening or close on an inventory', () => {
    expect(countBody({ ...emptyCount(), kind: 'biennial' }, [sealed, open], northId)).toEqual({ kind: 'invalid', errors: { timing: 'Opening or close of business?', 'lines.1.countedMl': 'Measure it (0 if empty)' } });
    const tooMuch = { ...emptyCount(), lines: { [open.id]: { present: false, countedMl: '21', method: 'exact' as const } } };
    expect(countBody(tooMuch, [open], northId)).toEqual({ kind: 'invalid', errors: { 'lines.0.countedMl': 'More than a full container (20 mL)' } });
  });

  it('sends the timing of an initial inventory', () => {
    const parsed = countBody({ ...emptyCount(), kind: 'initial', timing: 'opening' }, [], northId);
    expect(parsed).toEqual({ kind: 'valid', body: { locationId: northId, kind: 'initial', timing: 'opening', lines: [] } });
  });
});
