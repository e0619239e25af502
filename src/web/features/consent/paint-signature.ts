import type { SignaturePoint, SignatureStroke } from './signature-strokes';

// Dark ink on the white pad; the exported PNG keeps the transparent background.
const inkColour = '#1a1b1e';
const inkWidthPx = 2.5;
export const padHeightPx = 200;

function inkContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.lineWidth = inkWidthPx;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = inkColour;
  context.fillStyle = inkColour;
  return context;
}

/**
 * Fits the canvas's pixels to its width on screen and the display's pixel density, so lines stay sharp on
 * a tablet; drawing coordinates stay in CSS pixels. Resizing a canvas erases it: true when it did, so repaint.
 */
export function fitCanvas(canvas: HTMLCanvasElement, widthPx: number): boolean {
  const density = window.devicePixelRatio || 1;
  const width = Math.round(widthPx * density);
  const height = Math.round(padHeightPx * density);
  if (canvas.width === width && canvas.height === height) return false;
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.setTransform(density, 0, 0, density, 0, 0);
  return true;
}

/** One segment of ink as the pen moves (a dot when the pen has only touched down). */
export function paintSegment(canvas: HTMLCanvasElement, from: SignaturePoint, to: SignaturePoint): void {
  const context = inkContext(canvas);
  if (!context) return;
  context.beginPath();
  context.moveTo(from.x, from.y);
  context.lineTo(to.x === from.x && to.y === from.y ? to.x + 0.01 : to.x, to.y);
  context.stroke();
}

export function paintStrokes(canvas: HTMLCanvasElement, strokes: readonly SignatureStroke[]): void {
  canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
  for (const stroke of strokes) stroke.forEach((point, index) => paintSegment(canvas, stroke[index - 1] ?? point, point));
}

/** The typed name written on the pad in a handwriting-like face, for people who cannot draw on the screen. */
export function paintTypedName(canvas: HTMLCanvasElement, name: string, widthPx: number): void {
  const context = inkContext(canvas);
  if (!context) return;
  context.clearRect(0, 0, canvas.width, canvas.height);
  const sizePx = Math.min(48, Math.max(20, (widthPx * 1.6) / Math.max(name.length, 1)));
  context.font = `italic ${sizePx}px "Segoe Script", "Brush Script MT", cursive`;
  context.textBaseline = 'middle';
  context.fillText(name, 24, padHeightPx / 2, widthPx - 48);
}
