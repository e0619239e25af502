import { describe, expect, it } from 'vitest';
import { gad7 } from '../../../domain/instruments/gad7';
import { pcl5 } from '../../../domain/instruments/pcl5';
import { phq9 } from '../../../domain/instruments/phq9';
import { bandAreas, bandRectangles } from './band-areas';

const stretches = (areas: ReturnType<typeof bandAreas>) => areas.map((area) => [area.id, area.fromValue, area.toValue, area.fill]);

describe('bandAreas', () => {
  it('shades the PHQ-9 bands from 0 to 27, meeting half-way between whole totals, lightest lowest', () => {
    expect(stretches(bandAreas(phq9.totalBands!, 27))).toEqual([
      ['minimal', 0, 4.5, '#fff9db'],
      ['mild', 4.5, 9.5, '#fff3bf'],
      ['moderate', 9.5, 14.5, '#ffe8cc'],
      ['moderately-severe', 14.5, 19.5, '#ffd8a8'],
      ['severe', 19.5, 27, '#ffc9c9'],
    ]);
  });

  it('spreads two bands over the lightest and darkest shades', () => {
    expect(stretches(bandAreas(pcl5.totalBands!, 80))).toEqual([
      ['below-cutoff', 0, 32.5, '#fff9db'],
      ['probable-ptsd', 32.5, 80, '#ffc9c9'],
    ]);
  });

  it('cuts bands at the top of the axis and leaves out those above it', () => {
    expect(bandAreas(gad7.totalBands!, 12).map((area) => [area.id, area.toValue])).toEqual([
      ['minimal', 4.5],
      ['mild', 9.5],
      ['moderate', 12],
    ]);
  });

  it('draws nothing without bands', () => {
    expect(bandAreas([], 10)).toEqual([]);
  });
});

describe('bandRectangles', () => {
  it('spans the plot box, with larger totals higher up', () => {
    // A 27-point axis drawn 270 px tall from y = 10: total t sits at 280 − 10·t.
    const rectangles = bandRectangles(bandAreas(phq9.totalBands!, 27), { left: 40, width: 500 }, (total) => 280 - 10 * total);
    expect(rectangles.map(({ label, left, top, width, height }) => [label, left, top, width, height])).toEqual([
      ['Minimal', 40, 235, 500, 45],
      ['Mild', 40, 185, 500, 50],
      ['Moderate', 40, 135, 500, 50],
      ['Moderately severe', 40, 85, 500, 50],
      ['Severe', 40, 10, 500, 75],
    ]);
  });
});
