import { compareToBaseline } from '../outcomes/compare-to-baseline.js';
import { defaultOutcomeRules, type OutcomeRule } from '../outcomes/outcome-rules.js';
import { groupBy } from '../shared/group-by.js';
import { toPercent1dp, wilsonInterval } from './wilson-interval.js';

const day = 86_400_000;

/** How the public page measures a clinic's outcomes. Every value is stated on the page. */
export interface OutcomeMethod {
  /** The baseline PHQ-9 is the newest one completed before the course's first dose, and no more than this many days before it. */
  baselineLookbackDays: number;
  /** The outcome PHQ-9 is the first one completed after the last induction session, and no more than this many days after it. */
  outcomeWithinDays: number;
  /** Any figure resting on fewer patients than this is not shown. */
  minimumPatients: number;
  /** Response, remission and the "elevated" baseline, from the clinic's outcome rules for the PHQ-9. */
  rule: OutcomeRule;
}

export const defaultOutcomeMethod: OutcomeMethod = {
  // The 30-day intake window of treatment-phase.ts: a PHQ-9 older than that is not this course's baseline.
  baselineLookbackDays: 30,
  // McInnes 2022 measured 14–31 days after the induction series (SPEC.md §4): 31 days is its upper bound.
  outcomeWithinDays: 31,
  // Small-cell suppression (issue 8): no figure resting on fewer than 11 patients, as in CMS's cell-size policy.
  minimumPatients: 11,
  // Response ≥ 50 % fall, remission total < 5, elevated baseline ≥ 10 (outcome-rules.ts; SPEC.md §4, §7).
  rule: defaultOutcomeRules.phq9!,
};

/** One course of treatment (a plan), as far as outcomes need it. */
export interface CourseFacts {
  patientId: string;
  /** The plan's planned induction sessions, by sequence number. */
  inductionSequences: readonly number[];
  /** The course's sessions in which dosing started. */
  dosedSessions: readonly { planSequence: number; dosingStartedAt: Date; administrationEndedAt: Date | null }[];
}

/** One dosing session (dosing started) with the adverse events charted in it. */
export interface DosingSessionFacts {
  patientId: string;
  dosingStartedAt: Date;
  adverseEvents: number;
  seriousAdverseEvents: number;
}

export interface Phq9Total {
  patientId: string;
  completedAt: Date;
  total: number;
}

export interface OutcomeInput {
  window: { from: Date; to: Date };
  courses: readonly CourseFacts[];
  sessions: readonly DosingSessionFacts[];
  phq9: readonly Phq9Total[];
}

export type CountCell = { kind: 'shown'; value: number } | { kind: 'suppressed' };
export type RateCell =
  | { kind: 'shown'; numerator: number; denominator: number; percent: number; lowerPercent: number; upperPercent: number }
  | { kind: 'suppressed' };

export interface OutcomeFigures {
  /** Patients who completed an induction series within the window (each counted once). */
  completedInduction: CountCell;
  /** Of those, patients with an elevated baseline PHQ-9 and an outcome PHQ-9: the denominator of response and remission. */
  measured: CountCell;
  response: RateCell;
  remission: RateCell;
  /** Sessions in which dosing started within the window. */
  dosingSessions: CountCell;
  /** Sessions with at least one adverse event charted, per dosing session. */
  adverseEvents: RateCell;
  /** Sessions with at least one serious adverse event, per dosing session. */
  seriousAdverseEvents: RateCell;
}

/**
 * When a course completed its induction series: the end of the last of its planned induction sessions, once every
 * one of them has been dosed (the plan's own induction phase, as re-evaluation and treatment phases read it); null
 * while any is not.
 */
export function inductionCompletedAt(course: CourseFacts): Date | null {
  if (course.inductionSequences.length === 0) return null;
  let last: Date | null = null;
  for (const sequence of course.inductionSequences) {
    const session = course.dosedSessions.find((candidate) => candidate.planSequence === sequence);
    if (!session) return null;
    const ended = session.administrationEndedAt ?? session.dosingStartedAt;
    if (!last || ended.getTime() > last.getTime()) last = ended;
  }
  return last;
}

export type Phq9Outcome =
  | { kind: 'measured'; baseline: number; outcome: number; response: boolean; remission: boolean }
  | { kind: 'no-baseline' }
  | { kind: 'baseline-not-elevated'; baseline: number }
  | { kind: 'no-outcome' };

/**
 * Baseline: the newest PHQ-9 completed before the first dose of the course (and within the look-back). Outcome: the
 * first PHQ-9 completed after the induction series ended (and within the outcome window). A baseline below the
 * rule's "elevated" threshold is left out: a fall from a low score means little (SPEC.md §0).
 */
export function measurePhq9(totals: readonly Omit<Phq9Total, 'patientId'>[], firstDoseAt: Date, inductionEndedAt: Date, method: OutcomeMethod = defaultOutcomeMethod): Phq9Outcome {
  const earliestBaseline = firstDoseAt.getTime() - method.baselineLookbackDays * day;
  const latestOutcome = inductionEndedAt.getTime() + method.outcomeWithinDays * day;
  const sorted = [...totals].sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime());
  const baseline = sorted.filter((point) => point.completedAt.getTime() < firstDoseAt.getTime() && point.completedAt.getTime() >= earliestBaseline).at(-1);
  if (!baseline) return { kind: 'no-baseline' };
  const { elevatedAtOrAbove } = method.rule;
  if (elevatedAtOrAbove !== null && baseline.total < elevatedAtOrAbove) return { kind: 'baseline-not-elevated', baseline: baseline.total };
  const outcome = sorted.find((point) => point.completedAt.getTime() > inductionEndedAt.getTime() && point.completedAt.getTime() <= latestOutcome);
  if (!outcome) return { kind: 'no-outcome' };
  const compared = compareToBaseline(baseline.total, outcome.total, method.rule);
  return { kind: 'measured', baseline: baseline.total, outcome: outcome.total, response: compared.response === true, remission: compared.remission === true };
}

const inWindow = (at: Date, window: OutcomeInput['window']) => at.getTime() >= window.from.getTime() && at.getTime() <= window.to.getTime();

function countCell(value: number, patients: number, method: OutcomeMethod): CountCell {
  return patients < method.minimumPatients ? { kind: 'suppressed' } : { kind: 'shown', value };
}

function rateCell(numerator: number, denominator: number, patients: number, method: OutcomeMethod): RateCell {
  if (patients < method.minimumPatients || denominator === 0) return { kind: 'suppressed' };
  const interval = wilsonInterval(numerator, denominator);
  return { kind: 'shown', numerator, denominator, percent: toPercent1dp(interval.proportion), lowerPercent: toPercent1dp(interval.lower), upperPercent: toPercent1dp(interval.upper) };
}

/** Each patient's first course whose induction series ended within the window: when it ended, and its first dose. */
export function inductionCompletions(courses: readonly CourseFacts[], window: OutcomeInput['window']): Map<string, { completedAt: Date; firstDoseAt: Date }> {
  const firstCompletion = new Map<string, { completedAt: Date; firstDoseAt: Date }>();
  for (const course of courses) {
    const completedAt = inductionCompletedAt(course);
    if (!completedAt || !inWindow(completedAt, window)) continue;
    const firstDoseAt = new Date(Math.min(...course.dosedSessions.map((session) => session.dosingStartedAt.getTime())));
    const earlier = firstCompletion.get(course.patientId);
    if (!earlier || completedAt.getTime() < earlier.completedAt.getTime()) firstCompletion.set(course.patientId, { completedAt, firstDoseAt });
  }
  return firstCompletion;
}

/**
 * The only PHQ-9s `measurePhq9` can use for a course: from the baseline look-back before its first dose to the end
 * of the outcome window after its induction. Reading just these keeps a network's outcome figures off the rest.
 */
export function phq9Span(completion: { completedAt: Date; firstDoseAt: Date }, method: OutcomeMethod = defaultOutcomeMethod): { from: Date; to: Date } {
  return { from: new Date(completion.firstDoseAt.getTime() - method.baselineLookbackDays * day), to: new Date(completion.completedAt.getTime() + method.outcomeWithinDays * day) };
}

/**
 * The public page's outcome table, from the clinic's records over one window. Each patient counts once: by the first
 * course whose induction series ended within the window. Adverse events count per dosing session (a session with two
 * events counts once); their interval treats sessions as independent, which a patient's repeated sessions are not.
 */
export function computeOutcomeFigures(input: OutcomeInput, method: OutcomeMethod = defaultOutcomeMethod): OutcomeFigures {
  const firstCompletion = inductionCompletions(input.courses, input.window);
  const totalsByPatient = groupBy(
    input.phq9.filter((total) => firstCompletion.has(total.patientId)),
    (total) => total.patientId,
  );
  let measured = 0;
  let responders = 0;
  let remitters = 0;
  for (const [patientId, course] of firstCompletion) {
    const result = measurePhq9(totalsByPatient.get(patientId) ?? [], course.firstDoseAt, course.completedAt, method);
    if (result.kind !== 'measured') continue;
    measured += 1;
    if (result.response) responders += 1;
    if (result.remission) remitters += 1;
  }
  const sessions = input.sessions.filter((session) => inWindow(session.dosingStartedAt, input.window));
  const sessionPatients = new Set(sessions.map((session) => session.patientId)).size;
  const withAdverseEvent = sessions.filter((session) => session.adverseEvents > 0).length;
  const withSerious = sessions.filter((session) => session.seriousAdverseEvents > 0).length;
  return {
    completedInduction: countCell(firstCompletion.size, firstCompletion.size, method),
    measured: countCell(measured, measured, method),
    response: rateCell(responders, measured, measured, method),
    remission: rateCell(remitters, measured, measured, method),
    dosingSessions: countCell(sessions.length, sessionPatients, method),
    adverseEvents: rateCell(withAdverseEvent, sessions.length, sessionPatients, method),
    seriousAdverseEvents: rateCell(withSerious, sessions.length, sessionPatients, method),
  };
}

/** The measurement window: the `months` calendar months up to `now` (UTC). */
export function measurementWindow(now: Date, months: number): { from: Date; to: Date } {
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - months);
  return { from, to: now };
}
