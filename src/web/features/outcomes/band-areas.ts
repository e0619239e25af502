import type { TotalBand } from '../../../domain/instruments/instrument';

/**
 * Light warm tints, lightest for the lowest band, so that order shows as lightness as well as hue (readable with any
 * colour vision). The line (`lineColour`) keeps at least 3:1 against every tint and the band labels (`labelColour`)
 * at least 4.5:1 (WCAG 2.2, 1.4.11 and 1.4.3). Colour is never the only cue: every band is also named.
 */
const tints = ['#fff9db', '#fff3bf', '#ffe8cc', '#ffd8a8', '#ffc9c9'];
export const lineColour = '#1864ab';
export const labelColour = '#343a40';

/** One band as a stretch of the y axis, in totals, with its shade. */
export interface BandArea extends TotalBand {
  fromValue: number;
  toValue: number;
  fill: string;
}

/** One band as a rectangle on the canvas, in canvas pixels. */
export interface BandRectangle {
  label: string;
  fill: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

const tintFor = (index: number, count: number) => tints[Math.round((index * (tints.length - 1)) / Math.max(count - 1, 1))]!;

/**
 * Bands as stretches of the y axis from 0 to `yMax`. Totals are whole numbers, so neighbouring bands meet half-way
 * (mild 5–9 covers 4.5 to 9.5): a point on a band's edge value sits inside its own band.
 */
export function bandAreas(bands: readonly TotalBand[], yMax: number): BandArea[] {
  return bands
    .map((band, index) => ({
      ...band,
      fromValue: Math.max(band.min - 0.5, 0),
      toValue: Math.min(band.max + 0.5, yMax),
      fill: tintFor(index, bands.length),
    }))
    .filter((area) => area.fromValue < area.toValue);
}

/** The areas as rectangles across the plot box; `toPixel` maps a total to a canvas y (larger totals are higher up). */
export function bandRectangles(areas: readonly BandArea[], box: { left: number; width: number }, toPixel: (value: number) => number): BandRectangle[] {
  return areas.map((area) => {
    const top = toPixel(area.toValue);
    return { label: area.label, fill: area.fill, left: box.left, top, width: box.width, height: toPixel(area.fromValue) - top };
  });
}
