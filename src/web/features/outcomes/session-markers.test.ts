import { describe, expect, it } from 'vitest';
import { markerPositions, sessionMarkerTimes } from './session-markers';

const plan = (status: string, dates: string[]) => ({ status, sessions: dates.map((plannedDate) => ({ plannedDate, startTime: '09:00' })) });

describe('session markers', () => {
  it('marks the sessions of courses that started, up to today, in time order', () => {
    const times = sessionMarkerTimes([plan('active', ['2026-11-20', '2026-11-16', '2026-12-01']), plan('draft', ['2026-11-17']), plan('completed', ['2026-10-01'])], '2026-11-27');
    expect(times.map((time) => new Date(time * 1000).toISOString().slice(0, 10))).toEqual(['2026-10-01', '2026-11-16', '2026-11-20']);
  });

  it('keeps only markers inside the plot area', () => {
    expect(markerPositions([1, 2, 3], (time) => time * 100, 150, 100)).toEqual([200]);
  });
});
