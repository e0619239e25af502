import { describe, expect, it } from 'vitest';
import {
  type CourseFacts,
  type DosingSessionFacts,
  type OutcomeInput,
  type Phq9Total,
  computeOutcomeFigures,
  inductionCompletedAt,
  measurePhq9,
  measurementWindow,
} from './outcome-figures.js';

const day = 86_400_000;
const now = new Date('2026-11-27T15:00:00Z');
const window = measurementWindow(now, 12);
const at = (isoDay: string, time = '14:00') => new Date(`${isoDay}T${time}:00Z`);
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * day);

/** A three-session induction starting `firstDose`: doses on days 0, 2 and 4, each 40 minutes. */
function threeSessionCourse(patientId: string, firstDose: Date, dosedSequences: number[] = [1, 2, 3]): CourseFacts {
  return {
    patientId,
    inductionSequences: [1, 2, 3],
    dosedSessions: dosedSequences.map((sequence) => {
      const started = plusDays(firstDose, (sequence - 1) * 2);
      return { planSequence: sequence, dosingStartedAt: started, administrationEndedAt: new Date(started.getTime() + 40 * 60_000) };
    }),
  };
}
const lastInductionEnd = (course: CourseFacts) => inductionCompletedAt(course)!;

describe('inductionCompletedAt', () => {
  it('is the end of the last planned induction session once all are dosed, else null', () => {
    const course = threeSessionCourse('p', at('2026-03-02'));
    expect(inductionCompletedAt(course)).toEqual(new Date('2026-03-06T14:40:00Z'));
    expect(inductionCompletedAt(threeSessionCourse('p', at('2026-03-02'), [1, 2]))).toBeNull();
    expect(inductionCompletedAt({ ...course, inductionSequences: [] })).toBeNull();
    // A session whose end was not charted ends when its dosing started.
    expect(inductionCompletedAt({ ...course, dosedSessions: course.dosedSessions.map((session) => ({ ...session, administrationEndedAt: null })) })).toEqual(at('2026-03-06'));
  });
});

describe('measurePhq9', () => {
  const firstDose = at('2026-03-02');
  const ended = new Date('2026-03-06T14:40:00Z');
  const points = (...list: [Date, number][]) => list.map(([completedAt, total]) => ({ completedAt, total }));

  it('takes the newest PHQ-9 before the first dose and the first after the induction', () => {
    expect(measurePhq9(points([plusDays(firstDose, -20), 22], [at('2026-03-02', '13:00'), 20], [plusDays(ended, 14), 10], [plusDays(ended, 20), 2]), firstDose, ended)).toEqual({
      kind: 'measured',
      baseline: 20,
      outcome: 10,
      response: true,
      remission: false,
    });
  });

  it('bounds the baseline look-back at 30 days and the outcome at 31 days, inclusive', () => {
    expect(measurePhq9(points([plusDays(firstDose, -30), 20], [plusDays(ended, 31), 4]), firstDose, ended)).toMatchObject({ kind: 'measured', response: true, remission: true });
    expect(measurePhq9(points([new Date(plusDays(firstDose, -30).getTime() - 60_000), 20], [plusDays(ended, 14), 4]), firstDose, ended)).toEqual({ kind: 'no-baseline' });
    expect(measurePhq9(points([plusDays(firstDose, -3), 20], [new Date(plusDays(ended, 31).getTime() + 60_000), 4]), firstDose, ended)).toEqual({ kind: 'no-outcome' });
  });

  it('does not count a PHQ-9 completed during the induction, or at the instant of the first dose, as baseline or outcome', () => {
    expect(measurePhq9(points([firstDose, 20], [plusDays(ended, 14), 4]), firstDose, ended)).toEqual({ kind: 'no-baseline' });
    expect(measurePhq9(points([plusDays(firstDose, -1), 20], [plusDays(firstDose, 2), 4]), firstDose, ended)).toEqual({ kind: 'no-outcome' });
  });

  it('leaves out a baseline below the elevated threshold (10)', () => {
    expect(measurePhq9(points([plusDays(firstDose, -1), 9], [plusDays(ended, 14), 2]), firstDose, ended)).toEqual({ kind: 'baseline-not-elevated', baseline: 9 });
  });
});

/**
 * The fixed synthetic cohort, by hand. Twenty patients are measured (baseline ≥ 10 within 30 days before the first
 * dose, outcome within 31 days after the induction):
 *
 *   #   baseline → outcome  fall      response (≥ 50 %)  remission (< 5)
 *   1   20 → 8             60.0 %    yes                no
 *   2   20 → 10            50.0 %    yes (boundary)     no     outcome exactly 31 days after
 *   3   20 → 11            45.0 %    no                 no     baseline exactly 30 days before
 *   4   15 → 4             73.3 %    yes                yes
 *   5   12 → 3             75.0 %    yes                yes
 *   6   10 → 5             50.0 %    yes                no (5 is not < 5)
 *   7   10 → 4             60.0 %    yes                yes
 *   8   18 → 12            33.3 %    no                 no
 *   9   22 → 14            36.4 %    no                 no
 *   10  16 → 8             50.0 %    yes                no
 *   11  14 → 2             85.7 %    yes                yes
 *   12  11 → 11             0.0 %    no                 no
 *   13  25 → 20            20.0 %    no                 no
 *   14  19 → 15            21.1 %    no                 no
 *   15  13 → 9             30.8 %    no                 no
 *   16  17 → 9             47.1 %    no                 no
 *   17  21 → 10            52.4 %    yes                no
 *   18  10 → 12           −20.0 %    no                 no
 *   19  24 → 23             4.2 %    no                 no
 *   20  12 → 7             41.7 %    no                 no     (a second course later in the window: 20 → 2, not counted)
 *
 * Responders 1, 2, 4, 5, 6, 7, 10, 11, 17 = 9 of 20 = 45.0 %, Wilson 95 % CI 25.8–65.8 % (worked in wilson-interval.test.ts).
 * Remitters 4, 5, 7, 11 = 4 of 20 = 20.0 %; Wilson: centre (0.2 + 0.096036)/1.192073 = 0.248338,
 *   half 1.644164 · √(0.2·0.8/20 + 0.0024009) = 1.644164 · 0.101985 = 0.167680 → 0.080658 to 0.416018: 8.1–41.6 %.
 * Three more completed the induction but are not measured: #21 baseline 9 (not elevated), #22 outcome 32 days after,
 * #23 baseline 31 days before. So 23 completed. Not counted at all: #24 (2 of 3 induction sessions), #25 (completed
 * before the window).
 *
 * Dosing sessions in the window: 23 patients × 3 + #20's second course 3 + #24's 2 = 74 sessions from 24 patients
 * (#25's are before the window). Adverse events on sessions of #1 (two events, one session), #7 and #24 = 3 sessions,
 * of which #7's is serious: 3 of 74 = 4.1 % (Wilson 1.4–11.3 %), serious 1 of 74 = 1.4 % (0.2–7.3 %).
 */
function fixedCohort(): OutcomeInput {
  const measured: [number, number][] = [
    [20, 8], [20, 10], [20, 11], [15, 4], [12, 3], [10, 5], [10, 4], [18, 12], [22, 14], [16, 8],
    [14, 2], [11, 11], [25, 20], [19, 15], [13, 9], [17, 9], [21, 10], [10, 12], [24, 23], [12, 7],
  ];
  const courses: CourseFacts[] = [];
  const phq9: Phq9Total[] = [];
  const firstDoseOf = (index: number) => plusDays(at('2026-01-05'), index * 7);
  measured.forEach(([baseline, outcome], index) => {
    const patientId = `p${index + 1}`;
    const course = threeSessionCourse(patientId, firstDoseOf(index));
    courses.push(course);
    const baselineAt = index === 2 ? plusDays(firstDoseOf(index), -30) : plusDays(firstDoseOf(index), -2);
    const outcomeAt = index === 1 ? plusDays(lastInductionEnd(course), 31) : plusDays(lastInductionEnd(course), 14);
    phq9.push({ patientId, completedAt: baselineAt, total: baseline }, { patientId, completedAt: outcomeAt, total: outcome });
  });
  // #1: a later PHQ-9 that would be a remission; only the first after the induction counts.
  phq9.push({ patientId: 'p1', completedAt: plusDays(lastInductionEnd(courses[0]!), 20), total: 2 });
  // #20: a second course later in the window.
  const second = threeSessionCourse('p20', at('2026-08-03'));
  courses.push(second);
  phq9.push({ patientId: 'p20', completedAt: at('2026-08-01'), total: 20 }, { patientId: 'p20', completedAt: plusDays(lastInductionEnd(second), 14), total: 2 });
  // #21 baseline 9; #22 outcome 32 days after; #23 baseline 31 days before.
  const c21 = threeSessionCourse('p21', at('2026-06-01'));
  const c22 = threeSessionCourse('p22', at('2026-06-08'));
  const c23 = threeSessionCourse('p23', at('2026-06-15'));
  courses.push(c21, c22, c23);
  phq9.push(
    { patientId: 'p21', completedAt: at('2026-05-30'), total: 9 },
    { patientId: 'p21', completedAt: plusDays(lastInductionEnd(c21), 14), total: 2 },
    { patientId: 'p22', completedAt: at('2026-06-06'), total: 20 },
    { patientId: 'p22', completedAt: plusDays(lastInductionEnd(c22), 32), total: 4 },
    { patientId: 'p23', completedAt: plusDays(at('2026-06-15'), -31), total: 20 },
    { patientId: 'p23', completedAt: plusDays(lastInductionEnd(c23), 14), total: 4 },
  );
  // #24 stopped after two sessions; #25 completed in October 2025, before the window.
  courses.push(threeSessionCourse('p24', at('2026-07-06'), [1, 2]), threeSessionCourse('p25', at('2025-10-06')));
  phq9.push({ patientId: 'p24', completedAt: at('2026-07-04'), total: 20 }, { patientId: 'p25', completedAt: at('2025-10-04'), total: 20 }, { patientId: 'p25', completedAt: at('2025-10-24'), total: 3 });

  const sessions: DosingSessionFacts[] = courses.flatMap((course) =>
    course.dosedSessions.map((session) => ({ patientId: course.patientId, dosingStartedAt: session.dosingStartedAt, adverseEvents: 0, seriousAdverseEvents: 0 })),
  );
  const firstSessionOf = (patientId: string) => sessions.find((session) => session.patientId === patientId)!;
  Object.assign(firstSessionOf('p1'), { adverseEvents: 2 });
  Object.assign(firstSessionOf('p7'), { adverseEvents: 1, seriousAdverseEvents: 1 });
  Object.assign(firstSessionOf('p24'), { adverseEvents: 1 });
  return { window, courses, sessions, phq9 };
}

describe('computeOutcomeFigures on the fixed synthetic cohort', () => {
  it('matches the hand computation', () => {
    expect(computeOutcomeFigures(fixedCohort())).toEqual({
      completedInduction: { kind: 'shown', value: 23 },
      measured: { kind: 'shown', value: 20 },
      response: { kind: 'shown', numerator: 9, denominator: 20, percent: 45.0, lowerPercent: 25.8, upperPercent: 65.8 },
      remission: { kind: 'shown', numerator: 4, denominator: 20, percent: 20.0, lowerPercent: 8.1, upperPercent: 41.6 },
      dosingSessions: { kind: 'shown', value: 74 },
      adverseEvents: { kind: 'shown', numerator: 3, denominator: 74, percent: 4.1, lowerPercent: 1.4, upperPercent: 11.3 },
      seriousAdverseEvents: { kind: 'shown', numerator: 1, denominator: 74, percent: 1.4, lowerPercent: 0.2, upperPercent: 7.3 },
    });
  });

  it('counts nothing outside the window', () => {
    const cohort = fixedCohort();
    const figures = computeOutcomeFigures({ ...cohort, window: { from: at('2027-01-01'), to: at('2027-12-31') } });
    expect(figures.completedInduction).toEqual({ kind: 'suppressed' });
    expect(figures.dosingSessions).toEqual({ kind: 'suppressed' });
  });
});

describe('small-cell suppression (fewer than 11 patients)', () => {
  /** `patients` measured completers: the first `responders` of them halve their PHQ-9 (20 → 10), the rest do not (20 → 15). */
  function cohortOf(patients: number, responders: number): OutcomeInput {
    const courses: CourseFacts[] = [];
    const phq9: Phq9Total[] = [];
    for (let index = 0; index < patients; index += 1) {
      const patientId = `s${index}`;
      const course = threeSessionCourse(patientId, plusDays(at('2026-02-02'), index * 7));
      courses.push(course);
      phq9.push({ patientId, completedAt: plusDays(course.dosedSessions[0]!.dosingStartedAt, -1), total: 20 }, { patientId, completedAt: plusDays(lastInductionEnd(course), 14), total: index < responders ? 10 : 15 });
    }
    const sessions = courses.flatMap((course) => course.dosedSessions.map((session) => ({ patientId: course.patientId, dosingStartedAt: session.dosingStartedAt, adverseEvents: 0, seriousAdverseEvents: 0 })));
    return { window, courses, sessions, phq9 };
  }

  it('suppresses every cell with 10 patients', () => {
    expect(computeOutcomeFigures(cohortOf(10, 5))).toEqual({
      completedInduction: { kind: 'suppressed' },
      measured: { kind: 'suppressed' },
      response: { kind: 'suppressed' },
      remission: { kind: 'suppressed' },
      dosingSessions: { kind: 'suppressed' },
      adverseEvents: { kind: 'suppressed' },
      seriousAdverseEvents: { kind: 'suppressed' },
    });
  });

  it('shows them with 11: 5 of 11 responders = 45.5 % (Wilson 21.3–72.0 %); 33 sessions, none with an adverse event (0.0–10.4 %)', () => {
    expect(computeOutcomeFigures(cohortOf(11, 5))).toEqual({
      completedInduction: { kind: 'shown', value: 11 },
      measured: { kind: 'shown', value: 11 },
      response: { kind: 'shown', numerator: 5, denominator: 11, percent: 45.5, lowerPercent: 21.3, upperPercent: 72.0 },
      remission: { kind: 'shown', numerator: 0, denominator: 11, percent: 0, lowerPercent: 0, upperPercent: 25.9 },
      dosingSessions: { kind: 'shown', value: 33 },
      adverseEvents: { kind: 'shown', numerator: 0, denominator: 33, percent: 0, lowerPercent: 0, upperPercent: 10.4 },
      seriousAdverseEvents: { kind: 'shown', numerator: 0, denominator: 33, percent: 0, lowerPercent: 0, upperPercent: 10.4 },
    });
  });

  it('suppresses response and remission when 11 completed but only 10 were measured', () => {
    const cohort = cohortOf(11, 5);
    const figures = computeOutcomeFigures({ ...cohort, phq9: cohort.phq9.filter((point) => !(point.patientId === 's10' && point.total === 15)) });
    expect(figures.completedInduction).toEqual({ kind: 'shown', value: 11 });
    expect(figures.measured).toEqual({ kind: 'suppressed' });
    expect(figures.response).toEqual({ kind: 'suppressed' });
    expect(figures.remission).toEqual({ kind: 'suppressed' });
  });
});

describe('measurementWindow', () => {
  it('goes back whole calendar months', () => {
    expect(measurementWindow(now, 12)).toEqual({ from: new Date('2025-11-27T15:00:00Z'), to: now });
    expect(measurementWindow(now, 36)).toEqual({ from: new Date('2023-11-27T15:00:00Z'), to: now });
  });
});
