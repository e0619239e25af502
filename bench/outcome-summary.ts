import type { Database } from '../src/db/database.js';
import { loadPublicClinicRecords } from '../src/db/repos/public-page-repo.js';
import { computeOutcomeFigures, measurementWindow, type OutcomeFigures } from '../src/domain/public-page/outcome-figures.js';
import { outcomeWindowMonths } from './synthetic-clinic.js';

export interface OutcomeSummaryFigures {
  runs: number;
  medianMs: number;
  maxMs: number;
  /** What one run read: courses, dosing sessions and PHQ-9 totals of every location. */
  courses: number;
  dosingSessions: number;
  phq9Totals: number;
  figures: OutcomeFigures;
}

/**
 * Times the outcome figures of the public clinic page for the whole organisation (all its locations), as
 * loadPublicClinicDocument computes them: the records, then the figures. Issue 9 asks for under 1 s at network scale.
 */
export async function timeOutcomeSummary(db: Database, organisationId: string, runs: number): Promise<OutcomeSummaryFigures> {
  const timings: number[] = [];
  let last: { records: Awaited<ReturnType<typeof loadPublicClinicRecords>>; figures: OutcomeFigures } | undefined;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const window = measurementWindow(new Date(), outcomeWindowMonths);
    const records = await loadPublicClinicRecords(db, { organisationId }, window);
    const figures = computeOutcomeFigures({ window, courses: records.courses, sessions: records.sessions, phq9: records.phq9 });
    timings.push(performance.now() - started);
    last = { records, figures };
  }
  timings.sort((a, b) => a - b);
  return {
    runs,
    medianMs: Math.round(timings[Math.floor(timings.length / 2)]!),
    maxMs: Math.round(timings.at(-1)!),
    courses: last!.records.courses.length,
    dosingSessions: last!.records.sessions.length,
    phq9Totals: last!.records.phq9.length,
    figures: last!.figures,
  };
}
