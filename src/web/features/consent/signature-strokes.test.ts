import { describe, expect, it } from 'vitest';
import { extendStroke, hasSignature, minimumInkPx, startStroke, strokeLengthPx, type SignatureStroke } from './signature-strokes';

const line = (lengthPx: number): SignatureStroke => [
  { x: 0, y: 0 },
  { x: lengthPx, y: 0 },
];

describe('signature strokes', () => {
  it('measures a stroke along its line', () => {
    expect(strokeLengthPx([{ x: 0, y: 0 }])).toBe(0);
    expect(strokeLengthPx([{ x: 0, y: 0 }, { x: 3, y: 4 }, { x: 3, y: 10 }])).toBe(11);
  });

  it('counts nothing, a tap, or a short smear as no signature', () => {
    expect(hasSignature([])).toBe(false);
    expect(hasSignature([[{ x: 5, y: 5 }]])).toBe(false);
    expect(hasSignature([line(minimumInkPx - 1)])).toBe(false);
  });

  it('counts enough ink, over one stroke or several, as a signature', () => {
    expect(hasSignature([line(minimumInkPx)])).toBe(true);
    expect(hasSignature([line(minimumInkPx / 2), line(minimumInkPx / 2)])).toBe(true);
  });

  it('begins a stroke where the pen goes down and extends only the last one', () => {
    const first = startStroke([], { x: 1, y: 1 });
    const drawn = extendStroke(startStroke(extendStroke(first, { x: 2, y: 2 }), { x: 10, y: 10 }), { x: 11, y: 12 });
    expect(drawn).toEqual([
      [{ x: 1, y: 1 }, { x: 2, y: 2 }],
      [{ x: 10, y: 10 }, { x: 11, y: 12 }],
    ]);
    expect(extendStroke([], { x: 1, y: 1 })).toEqual([]);
  });
});
