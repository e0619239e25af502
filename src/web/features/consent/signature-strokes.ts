/** A point of a drawn signature, in CSS pixels from the canvas's top left corner. */
export interface SignaturePoint {
  x: number;
  y: number;
}
export type SignatureStroke = readonly SignaturePoint[];

// Design choice: a tap or a brushed finger leaves a dot or a short smear, which is not a signature. 20 CSS px of
// ink is less than the shortest initial anyone writes on a tablet, and more than an accidental touch leaves.
export const minimumInkPx = 20;

/** The length of one stroke's line, in CSS pixels; a single point has none. */
export function strokeLengthPx(stroke: SignatureStroke): number {
  let lengthPx = 0;
  for (let index = 1; index < stroke.length; index += 1) {
    const from = stroke[index - 1]!;
    const to = stroke[index]!;
    lengthPx += Math.hypot(to.x - from.x, to.y - from.y);
  }
  return lengthPx;
}

/** Whether the strokes hold enough ink to count as a signature. */
export function hasSignature(strokes: readonly SignatureStroke[]): boolean {
  return strokes.reduce((sum, stroke) => sum + strokeLengthPx(stroke), 0) >= minimumInkPx;
}

/** The strokes with a new one begun at `point` (the pen, finger or mouse went down). */
export const startStroke = (strokes: readonly SignatureStroke[], point: SignaturePoint): SignatureStroke[] => [...strokes, [point]];

/** The strokes with `point` added to the last one; unchanged when no stroke is under way. */
export function extendStroke(strokes: readonly SignatureStroke[], point: SignaturePoint): SignatureStroke[] {
  const last = strokes.at(-1);
  if (!last) return [...strokes];
  return [...strokes.slice(0, -1), [...last, point]];
}
